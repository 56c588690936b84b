package dev.fleetsim.cli.compare;

import dev.fleetsim.core.stats.Summary;
import java.util.List;

/**
 * One metric of a paired comparison.
 *
 * @param path               result path, e.g. {@code [latency_ms, p99]}
 * @param a                  the metric across A's replications
 * @param b                  the same for B
 * @param difference         B − A per replication pair, summarised: its mean with the Student-t
 *                           95% interval of the paired difference
 * @param unpairedHalfWidth  half-width of the 95% interval of mean(B) − mean(A) had the two runs
 *                           been independent (Welch); NaN below two replications. Paired is
 *                           narrower when common random numbers correlate A and B.
 */
public record MetricDifference(List<String> path, Summary a, Summary b, Summary difference, double unpairedHalfWidth) {

    public String name() {
        return String.join(".", path);
    }

    /** Mean difference relative to A's mean; NaN when A's mean is zero. */
    public double relative() {
        return a.mean() == 0 ? Double.NaN : difference.mean() / Math.abs(a.mean());
    }

    /** Half-width of the paired interval relative to A's mean; NaN when A's mean is zero. */
    public double relativeHalfWidth() {
        return a.mean() == 0 ? Double.NaN : difference.halfWidth() / Math.abs(a.mean());
    }

    /** True if the paired 95% interval excludes zero: the difference is not noise at that level. */
    public boolean significant() {
        return difference.hasInterval() && (difference.ci95Low() > 0 || difference.ci95High() < 0);
    }

    /** True if every replication of both A and B is zero: nothing to compare. */
    public boolean allZero() {
        return a.min() == 0 && a.max() == 0 && b.min() == 0 && b.max() == 0;
    }
}

package dev.fleetsim.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.core.stats.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonSentenceTest {

    /** A metric with A's and B's means and the paired difference's mean ± half-width. */
    private static MetricDifference metric(double a, double b, double halfWidth, String... path) {
        double d = b - a;
        return new MetricDifference(List.of(path), new Summary(5, a, a, a, a - 1, a + 1),
                new Summary(5, b, b, b, b - 1, b + 1), new Summary(5, d, d - halfWidth, d + halfWidth, d - 1, d + 1),
                2 * halfWidth);
    }

    @Test
    void significantChangesAreStatedWithTheirIntervals() {
        String s = ComparisonSentence.of(List.of(metric(100, 77, 2, "cost_usd", "total"),
                metric(250, 290, 6, "latency_ms", "p99")));
        assertEquals("B costs 23% less (±2.0%) and raises p99 by 40 ms (±6.00 ms).", s);
    }

    @Test
    void changesWhoseIntervalIncludesZeroAreCalledNoClearEffect() {
        String s = ComparisonSentence.of(List.of(metric(100, 101, 3, "cost_usd", "total"),
                metric(250, 248, 5, "latency_ms", "p99"), metric(0.001, 0.0011, 0.0005, "error_ratio")));
        assertEquals("B has no clear effect on cost (+1.0% ±3.0%), has no clear effect on p99 (-2.00 ms ±5.00 ms)"
                + " and has no clear effect on the error ratio (0.10% vs 0.11%).", s);
    }

    @Test
    void aFreeBaselineIsComparedInDollars() {
        String s = ComparisonSentence.of(List.of(metric(0, 1.5, 0.1, "cost_usd", "total")));
        assertEquals("B costs $1.5000 more (±$0.1000).", s);
    }
}

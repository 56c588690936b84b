package dev.fleetsim.cli.compare;

import dev.fleetsim.core.stats.ReplicationTally;
import dev.fleetsim.models.results.ReplicationResult;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.results.ReportBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Compares two reports replication by replication. Replication r of A and of B ran on the same
 * substream of the same seed (common random numbers: the same arrivals and service times wherever
 * the two scenarios name their workloads alike), so the differences B_r − A_r are independent
 * across r and their Student-t interval is the right one; it is narrower than the interval of two
 * independent means by as much as the runs are correlated.
 */
public final class PairedComparison {
    private static final double LEVEL = 0.95;

    private final Report a;
    private final Report b;
    private final List<MetricDifference> metrics;

    public PairedComparison(Report a, Report b) {
        if (a.replications() != b.replications()) {
            throw new IllegalArgumentException("paired comparison needs as many replications of B (" + b.replications()
                    + ") as of A (" + a.replications() + ")");
        }
        this.a = a;
        this.b = b;
        this.metrics = compare(perReplication(a), perReplication(b));
    }

    public Report a() {
        return a;
    }

    public Report b() {
        return b;
    }

    /** Every metric both reports have, in A's order. */
    public List<MetricDifference> metrics() {
        return metrics;
    }

    /** The metric at {@code path}, or null if one of the reports lacks it. */
    public MetricDifference metric(String... path) {
        List<String> p = List.of(path);
        return metrics.stream().filter(m -> m.path().equals(p)).findFirst().orElse(null);
    }

    /** Path → values in replication order. */
    private static Map<List<String>, double[]> perReplication(Report report) {
        Map<List<String>, double[]> out = new LinkedHashMap<>();
        List<ReplicationResult> reps = report.perReplication();
        for (int r = 0; r < reps.size(); r++) {
            int rep = r;
            ReportBuilder.valuesOf(reps.get(r)).asMap()
                    .forEach((k, x) -> out.computeIfAbsent(k, key -> new double[reps.size()])[rep] = x);
        }
        return out;
    }

    private static List<MetricDifference> compare(Map<List<String>, double[]> a, Map<List<String>, double[]> b) {
        List<MetricDifference> out = new ArrayList<>();
        a.forEach((path, xa) -> {
            double[] xb = b.get(path);
            if (xb == null) {
                return;
            }
            String name = String.join(".", path);
            ReplicationTally ta = new ReplicationTally(name + " A");
            ReplicationTally tb = new ReplicationTally(name + " B");
            ReplicationTally td = new ReplicationTally(name + " B-A");
            for (int r = 0; r < xa.length; r++) {
                ta.add(xa[r]);
                tb.add(xb[r]);
                td.add(xb[r] - xa[r]);
            }
            out.add(new MetricDifference(path, ta.summary(), tb.summary(), td.summary(), welchHalfWidth(xa, xb)));
        });
        return List.copyOf(out);
    }

    /** The 95% half-width of mean(B) − mean(A) for independent samples (Welch–Satterthwaite). */
    static double welchHalfWidth(double[] xa, double[] xb) {
        int n = xa.length;
        if (n < 2) {
            return Double.NaN;
        }
        double va = variance(xa) / n;
        double vb = variance(xb) / xb.length;
        double se2 = va + vb;
        if (se2 == 0) {
            return 0;
        }
        double df = se2 * se2 / (va * va / (n - 1) + vb * vb / (xb.length - 1));
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + LEVEL / 2) * Math.sqrt(se2);
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.length;
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        return ss / (x.length - 1);
    }
}

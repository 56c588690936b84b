package dev.fleetsim.cli.compare;

import dev.fleetsim.cli.html.Format;
import dev.fleetsim.cli.render.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison in one plain sentence, for people who read no tables: what B does to cost, to
 * p99 latency and to errors, each with the 95% interval of the paired difference, e.g. "B costs
 * 23% less (±2%) and raises p99 by 40 ms (±6 ms)." A change whose interval includes zero is
 * called what it is: no clear effect.
 */
public final class ComparisonSentence {
    private ComparisonSentence() {}

    public static String of(PairedComparison c) {
        return of(c.metrics());
    }

    /** The sentence for these metrics (those of a comparison). */
    public static String of(List<MetricDifference> metrics) {
        if (metrics.stream().allMatch(m -> m.difference().mean() == 0 && m.difference().max() == 0
                && m.difference().min() == 0)) {
            return "B and A give identical results: every difference is 0 in every replication.";
        }
        List<String> parts = new ArrayList<>();
        MetricDifference cost = find(metrics, "cost_usd", "total");
        if (cost != null && !cost.allZero()) parts.add(cost(cost));
        MetricDifference p99 = find(metrics, "latency_ms", "p99");
        if (p99 != null && !p99.allZero()) parts.add(latency(p99, "p99"));
        MetricDifference errors = find(metrics, "error_ratio");
        if (errors != null && !errors.allZero()) parts.add(errors(errors));
        if (parts.isEmpty()) {
            return "B and A differ in no headline metric (cost, p99 latency, errors); see the table.";
        }
        StringBuilder sb = new StringBuilder("B ");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) sb.append(i == parts.size() - 1 ? " and " : ", ");
            sb.append(parts.get(i));
        }
        return sb.append('.').toString();
    }

    private static MetricDifference find(List<MetricDifference> metrics, String... path) {
        List<String> p = List.of(path);
        return metrics.stream().filter(m -> m.path().equals(p)).findFirst().orElse(null);
    }

    private static String cost(MetricDifference m) {
        double rel = m.relative();
        if (Double.isNaN(rel)) {
            // A costs nothing: no percentage to give, so dollars.
            String abs = Format.usd(Math.abs(m.difference().mean()));
            String half = "±" + Format.usd(m.difference().halfWidth());
            return m.significant() ? "costs " + abs + (m.difference().mean() < 0 ? " less" : " more") + " (" + half + ")"
                    : "has no clear effect on cost (" + signed(abs, m) + " " + half + ")";
        }
        String half = "±" + percent(m.relativeHalfWidth());
        if (!m.significant()) {
            return "has no clear effect on cost (" + (rel < 0 ? "-" : "+") + percent(Math.abs(rel)) + " " + half + ")";
        }
        return "costs " + percent(Math.abs(rel)) + (rel < 0 ? " less" : " more") + " (" + half + ")";
    }

    private static String latency(MetricDifference m, String what) {
        double d = m.difference().mean();
        String half = " (±" + Format.ms(m.difference().halfWidth()) + ")";
        if (!m.significant()) {
            return "has no clear effect on " + what + " (" + signed(Format.ms(Math.abs(d)), m)
                    + " ±" + Format.ms(m.difference().halfWidth()) + ")";
        }
        return (d < 0 ? "lowers " : "raises ") + what + " by " + Format.ms(Math.abs(d)) + half;
    }

    private static String errors(MetricDifference m) {
        String from = percent(m.a().mean());
        String to = percent(m.b().mean());
        if (!m.significant()) {
            return "has no clear effect on the error ratio (" + from + " vs " + to + ")";
        }
        return (m.difference().mean() < 0 ? "lowers" : "raises") + " the error ratio from " + from + " to " + to
                + " (±" + percent(m.difference().halfWidth()) + ")";
    }

    private static String signed(String magnitude, MetricDifference m) {
        return (m.difference().mean() < 0 ? "-" : "+") + magnitude;
    }

    /** A fraction as a percentage: whole numbers from 10%, one decimal below, more for tiny values. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction)) return "-";
        double p = fraction * 100;
        double a = Math.abs(p);
        int decimals = a >= 10 ? 0 : a >= 1 || p == 0 ? 1 : a >= 0.01 ? 2 : 3;
        return Numbers.fixed(p, decimals) + "%";
    }

    /** A relative change with its sign, e.g. {@code +4.2%} or {@code −23%}. */
    public static String percentSigned(double fraction) {
        return (fraction < 0 ? "-" : "+") + percent(Math.abs(fraction));
    }
}

package dev.fleetsim.cli.render;

import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.Report;
import java.util.Locale;
import java.util.Map;

/** A report as aligned text that fits an 80-column terminal. */
public final class TableRenderer {
    private static final String ROW = "  %-16s %12s %12s %12s %10s %10s%n";

    public String render(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s  seed %d  %d replications  horizon %s s  warm-up %s s%n",
                r.scenario(), r.seed(), r.replications(), Numbers.fixed(r.horizonSeconds(), 0),
                Numbers.fixed(r.warmupSeconds(), 0)));
        section(sb, "requests", r.requests(), 0);
        section(sb, "latency (ms)", r.latencyMs(), 2);
        for (Map.Entry<String, Map<String, Summary>> f : r.fleets().entrySet()) {
            section(sb, "fleet " + f.getKey(), f.getValue(), 3);
        }
        sb.append(String.format(Locale.ROOT, "%nlatency of all replications pooled (ms):%n "));
        for (Map.Entry<String, Double> e : r.pooledLatencyMs().entrySet()) {
            sb.append(' ').append(e.getKey()).append(' ').append(Numbers.fixed(e.getValue(), 2));
        }
        sb.append(String.format("%n"));
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, Map<String, Summary> m, int decimals) {
        sb.append(String.format(Locale.ROOT, "%n" + ROW, title, "mean", "95% low", "95% high", "min", "max")
                .replaceFirst("^\\n  ", "\n"));
        for (Map.Entry<String, Summary> e : m.entrySet()) {
            Summary s = e.getValue();
            sb.append(String.format(Locale.ROOT, ROW, e.getKey(), Numbers.fixed(s.mean(), decimals),
                    Numbers.fixed(s.ci95Low(), decimals), Numbers.fixed(s.ci95High(), decimals),
                    Numbers.fixed(s.min(), decimals), Numbers.fixed(s.max(), decimals)));
        }
    }
}

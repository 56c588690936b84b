package dev.fleetsim.cli.render;

import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.results.SloReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A report as aligned text that fits an 80-column terminal, SLO verdict first. */
public final class TableRenderer {
    private static final int LABEL = 22;
    private static final String ROW = "  %-" + LABEL + "s %11s %11s %11s %9s %9s%n";

    public String render(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s  seed %d  %d replications  horizon %s s  warm-up %s s%n",
                r.scenario(), r.seed(), r.replications(), Numbers.fixed(r.horizonSeconds(), 0),
                Numbers.fixed(r.warmupSeconds(), 0)));
        slo(sb, r.slo(), r.replications());
        String section = null;
        for (Map.Entry<List<String>, Summary> e : r.statistics().entrySet()) {
            List<String> path = e.getKey();
            String title = title(path);
            if (!title.equals(section)) {
                section = title;
                if (title.length() > LABEL + 2) {
                    // A long fleet or window name: the title gets a line of its own, like a long label.
                    sb.append(String.format("%n%s", title));
                    title = "";
                }
                sb.append(String.format(Locale.ROOT, "%n%-" + (LABEL + 2) + "s %11s %11s %11s %9s %9s%n", title, "mean", "95% low",
                        "95% high", "min", "max"));
            }
            String kind = path.get(0).equals("windows") ? path.get(2) : path.get(0);
            Summary s = e.getValue();
            int decimals = kind.equals("requests") ? 0 : Numbers.decimalsFor(s.mean(), kind.equals("latency_ms") ? 2 : 3);
            sb.append(String.format(Locale.ROOT, ROW, Labels.fit(sb, "  ", label(path), LABEL), Numbers.fixed(s.mean(), decimals),
                    Numbers.fixed(s.ci95Low(), decimals), Numbers.fixed(s.ci95High(), decimals),
                    Numbers.fixed(s.min(), decimals), Numbers.fixed(s.max(), decimals)));
        }
        sb.append(String.format(Locale.ROOT, "%nlatency of all replications pooled (ms):%n "));
        for (Map.Entry<String, Double> e : r.pooledLatencyMs().entrySet()) {
            sb.append(' ').append(e.getKey()).append(' ').append(Numbers.fixed(e.getValue(), 2));
        }
        sb.append(String.format("%n"));
        return sb.toString();
    }

    /** The row label: the path below its section (two levels for fleets and windows, one otherwise). */
    private static String label(List<String> path) {
        int skip = path.get(0).equals("fleets") || path.get(0).equals("windows") ? 2 : path.size() == 1 ? 0 : 1;
        return String.join(".", path.subList(skip, path.size()))
                .replace("by_purchase_option.", "option ").replace("by_service.", "service ");
    }

    private static String title(List<String> path) {
        return switch (path.get(0)) {
            case "latency_ms" -> "latency (ms)";
            case "fleets" -> "fleet " + path.get(1);
            case "windows" -> "window " + path.get(1);
            default -> path.size() == 1 ? "overall" : path.get(0);
        };
    }

    private static void slo(StringBuilder sb, SloReport slo, int replications) {
        if (slo.isEmpty()) {
            return;
        }
        String verdict = (slo.held() ? "HELD" : "MISSED") + (slo.window() == null ? "" : " in window " + slo.window());
        if (verdict.length() > 20) {
            // A long window name: the verdict gets a line of its own, the columns stay within 80.
            sb.append(String.format(Locale.ROOT, "%nSLO %s", verdict));
            verdict = "";
        }
        sb.append(String.format(Locale.ROOT, "%nSLO %-22s %-10s %-10s %s%n", verdict, "target", "actual", "held in"));
        for (SloReport.Objective o : slo.objectives()) {
            boolean latency = o.name().startsWith("latency");
            String actual = latency ? Numbers.fixed(o.actual(), 2) + "ms" : Numbers.fixed(o.actual() * 100, 3) + "%";
            sb.append(String.format(Locale.ROOT, "  %-16s %-6s  %-10s %-10s %d/%d replications%n", o.name(),
                    o.held() ? "held" : "MISSED", o.target(), actual, o.replicationsHeld(), replications));
        }
    }
}

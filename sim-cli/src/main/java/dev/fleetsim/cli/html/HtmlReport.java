package dev.fleetsim.cli.html;

import dev.fleetsim.cli.render.Numbers;
import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.results.SloReport;
import dev.fleetsim.models.results.StatisticRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: the SLO verdict and the headline numbers first, then the charts (those
 * whose data exists), then every statistic with its 95% interval. No timestamps or random ids, so
 * the same report gives the same bytes.
 */
public final class HtmlReport {

    public String render(Report r) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Format.escape(r.scenario())).append("</h1>\n");
        body.append("<p class=\"meta\">seed ").append(r.seed()).append(" &middot; ").append(r.replications())
                .append(" replications &middot; horizon ").append(duration(r.horizonSeconds()))
                .append(" &middot; warm-up ").append(duration(r.warmupSeconds())).append(" (not measured)</p>\n");
        verdict(body, r.slo(), r.replications());
        body.append("<h2>Summary</h2>\n");
        body.append(HtmlPage.table(List.of("", "mean", "95% interval", "min", "max"), keyRows(r)));
        body.append("<h2>Charts</h2>\n");
        List<Figure> figures = new ArrayList<>(new TimelineCharts(r).figures());
        figures.addAll(new DistributionCharts(r).figures());
        for (Figure f : figures) body.append(HtmlPage.figure(f));
        body.append("<details>\n<summary>Every statistic (mean over replications with its Student-t 95% interval)</summary>\n");
        body.append(HtmlPage.table(List.of("statistic", "mean", "95% low", "95% high", "min", "max"), allRows(r)));
        body.append("</details>\n");
        return HtmlPage.page(r.scenario() + " - fleetsim report", body.toString());
    }

    private static void verdict(StringBuilder body, SloReport slo, int replications) {
        if (slo.isEmpty()) {
            body.append("<div class=\"verdict none\">No SLO set for this scenario</div>\n");
            return;
        }
        body.append("<div class=\"verdict ").append(slo.held() ? "held\">SLO held" : "missed\">SLO missed")
                // Window names are letters, digits, '.', '_' and '-' (validated): nothing to escape.
                .append(slo.window() == null ? "" : " in window " + slo.window())
                .append("</div>\n");
        List<List<String>> rows = new ArrayList<>();
        for (SloReport.Objective o : slo.objectives()) {
            boolean latency = o.name().startsWith("latency");
            String actual = latency ? Format.ms(o.actual()) : Numbers.fixed(o.actual() * 100, 3) + "%";
            rows.add(List.of(o.name(), o.target(), actual, (o.held() ? "ok:held" : "bad:missed"),
                    o.replicationsHeld() + " of " + replications));
        }
        body.append(HtmlPage.table(List.of("objective", "target", "actual (pooled)", "verdict", "held in replications"),
                rows));
    }

    /** The numbers a reader looks for first: requests, errors, latency, cost, and each fleet's size. */
    private static List<List<String>> keyRows(Report r) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<List<String>, Summary> e : r.statistics().entrySet()) {
            List<String> k = e.getKey();
            boolean key = k.equals(List.of("requests", "total")) || k.equals(List.of("error_ratio"))
                    || (k.get(0).equals("latency_ms") && List.of("p50", "p99", "p999").contains(k.get(1)))
                    || k.equals(List.of("cost_usd", "total"))
                    || (k.get(0).equals("fleets") && k.size() == 3 && List.of("mean_capacity", "peak_capacity",
                            "instance_hours", "scaling_actions", "spot_interruptions", "cold_starts").contains(k.get(2)))
                    || (k.get(0).equals("windows") && (k.subList(2, k.size()).equals(List.of("latency_ms", "p99"))
                            || k.subList(2, k.size()).equals(List.of("error_ratio"))));
            if (key) {
                Summary s = e.getValue();
                rows.add(List.of(label(k), value(k, s.mean()), interval(k, s), value(k, s.min()), value(k, s.max())));
            }
        }
        return rows;
    }

    private static List<List<String>> allRows(Report r) {
        List<List<String>> rows = new ArrayList<>();
        r.statistics().forEach((k, s) -> rows.add(List.of(String.join(".", k), value(k, s.mean()),
                value(k, s.ci95Low()), value(k, s.ci95High()), value(k, s.min()), value(k, s.max()))));
        return rows;
    }

    private static String label(List<String> k) {
        if (k.get(0).equals("fleets")) return "fleet " + k.get(1) + ": " + k.get(2).replace('_', ' ');
        if (k.get(0).equals("windows")) return "window " + k.get(1) + ": " + label(k.subList(2, k.size()));
        if (k.get(0).equals("latency_ms")) return "latency " + k.get(1);
        if (k.get(0).equals("cost_usd")) return "cost, " + k.get(1);
        return String.join(" ", k).replace('_', ' ');
    }

    private static String interval(List<String> k, Summary s) {
        return s.hasInterval() ? value(k, s.ci95Low()) + " to " + value(k, s.ci95High()) : "-";
    }

    /** A value in the unit its path names. */
    static String value(List<String> k, double x) {
        String last = k.get(k.size() - 1);
        if (k.contains("latency_ms") || last.endsWith("_ms")) return Format.ms(x); // windows.NAME.latency_ms too
        if (k.get(0).equals("cost_usd") || last.endsWith("_usd")) return Format.usd(x);
        if (StatisticRange.of(String.join(".", k)).equals(StatisticRange.FRACTION)) { // ratios, probabilities, utilization, coverage
            return Double.isNaN(x) ? "-" : Numbers.fixed(x * 100, 2) + "%";
        }
        if (k.contains("requests") || last.equals("scaling_actions") || last.equals("spot_interruptions")) {
            return Numbers.fixed(x, Math.rint(x) == x ? 0 : 1);
        }
        return Numbers.fixed(x, 2);
    }

    private static String duration(double seconds) {
        if (seconds >= 86400 && seconds % 3600 == 0) return Numbers.fixed(seconds / 86400, seconds % 86400 == 0 ? 0 : 2) + " d";
        if (seconds >= 3600) return Numbers.fixed(seconds / 3600, seconds % 3600 == 0 ? 0 : 2) + " h";
        if (seconds >= 60) return Numbers.fixed(seconds / 60, seconds % 60 == 0 ? 0 : 2) + " min";
        return Numbers.fixed(seconds, 0) + " s";
    }
}

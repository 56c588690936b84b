package dev.fleetsim.cli.html;

import dev.fleetsim.cli.compare.ComparisonSentence;
import dev.fleetsim.cli.compare.MetricDifference;
import dev.fleetsim.cli.compare.PairedComparison;
import dev.fleetsim.core.stats.LatencyRecorder;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code compare.html}: the plain-language sentence, the headline differences as bars with their
 * 95% intervals, both latency distributions, and every metric in a table. Deterministic bytes.
 */
public final class CompareHtml {
    /** Metrics charted as relative differences, when both runs have them and A's value is not zero. */
    private static final List<List<String>> HEADLINE = List.of(List.of("cost_usd", "total"),
            List.of("latency_ms", "p50"), List.of("latency_ms", "p99"), List.of("latency_ms", "p999"),
            List.of("latency_ms", "mean"), List.of("error_ratio"));

    /** The page; {@code sourceA} and {@code sourceB} say where each scenario came from. */
    public String render(PairedComparison c, String sourceA, String sourceB) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Compare: ").append(Format.escape(c.a().scenario())).append(" (A) and ")
                .append(Format.escape(c.b().scenario())).append(" (B)</h1>\n");
        body.append("<p class=\"meta\">A: ").append(Format.escape(sourceA)).append("<br>B: ")
                .append(Format.escape(sourceB)).append("</p>\n");
        body.append("<p class=\"meta\">seed ").append(c.a().seed()).append(" &middot; ").append(c.a().replications())
                .append(" replications each, paired by replication (common random numbers)</p>\n");
        body.append("<div class=\"summary-line\">").append(Format.escape(ComparisonSentence.of(c))).append("</div>\n");
        body.append("<h2>Charts</h2>\n");
        Figure bars = headline(c);
        if (bars != null) body.append(HtmlPage.figure(bars));
        LatencyRecorder la = DistributionCharts.pooled(c.a());
        LatencyRecorder lb = DistributionCharts.pooled(c.b());
        if (la.count() > 0 && lb.count() > 0) body.append(HtmlPage.figure(cdf(la, lb)));
        body.append("<h2>Every metric</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        for (MetricDifference m : c.metrics()) {
            if (m.allZero()) continue;
            List<String> k = m.path();
            double hw = m.difference().halfWidth();
            String interval = m.difference().hasInterval()
                    ? HtmlReport.value(k, m.difference().ci95Low()) + " to " + HtmlReport.value(k, m.difference().ci95High())
                    : "-";
            String cell = (m.significant() ? "bad:" : "") + HtmlReport.value(k, m.difference().mean());
            rows.add(List.of(m.name(), HtmlReport.value(k, m.a().mean()), HtmlReport.value(k, m.b().mean()), cell,
                    interval, Double.isNaN(m.relative()) ? "-" : ComparisonSentence.percentSigned(m.relative()),
                    HtmlReport.value(k, hw), HtmlReport.value(k, m.unpairedHalfWidth())));
        }
        body.append(HtmlPage.table(List.of("metric (mean)", "A", "B", "B − A", "95% interval of B − A", "change",
                "± paired", "± unpaired"), rows));
        body.append("<p class=\"meta\">B − A in colour where its 95% interval excludes zero. ± paired: half-width of"
                + " the interval of the per-replication differences; ± unpaired: what it would be had A and B run"
                + " on independent random numbers (Welch).</p>\n");
        return HtmlPage.page("compare " + c.a().scenario() + " and " + c.b().scenario() + " - fleetsim", body.toString());
    }

    private static Figure headline(PairedComparison c) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (List<String> k : HEADLINE) {
            MetricDifference m = c.metric(k.toArray(String[]::new));
            if (m != null && !Double.isNaN(m.relative())) {
                double hw = Double.isNaN(m.relativeHalfWidth()) ? 0 : m.relativeHalfWidth();
                String label = k.get(0).equals("latency_ms") ? "latency " + k.get(1)
                        : String.join(" ", k).replace("_usd", "").replace('_', ' ');
                data.add(m.relative() * 100, hw * 100, "B − A, % of A", label);
            }
        }
        if (data.getColumnCount() == 0) {
            return null;
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setAutoPopulateSeriesPaint(false);
        r.setSeriesPaint(0, ChartTheme.SKY);
        r.setErrorIndicatorPaint(java.awt.Color.BLACK);
        r.setErrorIndicatorStroke(ChartTheme.LINE);
        r.setMaximumBarWidth(0.5);
        NumberAxis pct = new NumberAxis("change from A (%), with 95% interval of the paired difference");
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), pct, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, java.awt.Color.DARK_GRAY, ChartTheme.THIN));
        return new Figure("headline-differences", ChartTheme.chart("What B changes", plot), Figure.WIDTH,
                80 + 50 * data.getColumnCount(),
                "Mean of the per-replication differences B − A relative to A's mean; whiskers: Student-t 95% interval.");
    }

    private static Figure cdf(LatencyRecorder a, LatencyRecorder b) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(DistributionCharts.cdfSeries("A", a));
        data.addSeries(DistributionCharts.cdfSeries("B", b));
        double lo = Math.min(data.getSeries(0).getMinX(), data.getSeries(1).getMinX());
        XYLineAndShapeRenderer r = TimelineCharts.lineRenderer(2);
        XYPlot plot = new XYPlot(data, DistributionCharts.logAxis("latency (ms, log scale)", lo),
                DistributionCharts.fractionAxis(), r);
        return new Figure("latency-cdf", ChartTheme.chart("Latency distribution (CDF), A and B", plot),
                "Every measured request of all replications of each scenario.");
    }
}

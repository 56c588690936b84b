package dev.fleetsim.cli.html;

import dev.fleetsim.core.stats.LatencyRecorder;
import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.results.ReplicationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts over all replications: the latency distribution and what the run cost. */
final class DistributionCharts {
    private static final int CDF_POINTS = 400;
    private final Report report;

    DistributionCharts(Report report) {
        this.report = report;
    }

    List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        LatencyRecorder pooled = pooled(report);
        if (pooled.count() > 0) {
            out.add(cdf(pooled));
        }
        Figure cost = cost();
        if (cost != null) {
            out.add(cost);
        }
        return out;
    }

    /** Cumulative fraction of requests answered within x ms, x on a log scale. */
    private Figure cdf(LatencyRecorder pooled) {
        XYSeries s = cdfSeries("all replications pooled", pooled);
        LogAxis x = logAxis("latency (ms, log scale)", s.getMinX());
        NumberAxis y = fractionAxis();
        XYLineAndShapeRenderer r = TimelineCharts.lineRenderer(1);
        r.setSeriesPaint(0, ChartTheme.BLUE);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, y, r);
        Map<String, Double> pct = report.pooledLatencyMs();
        marker(plot, pct.get("p50"), "p50 " + Format.ms(pct.get("p50")), ChartTheme.GREY, false);
        marker(plot, pct.get("p99"), "p99 " + Format.ms(pct.get("p99")), ChartTheme.GREY, false);
        report.slo().objectives().stream().filter(o -> o.name().equals("latency_p99")).findFirst()
                .ifPresent(o -> marker(plot, o.targetValue(), "SLO p99 " + Format.ms(o.targetValue()), ChartTheme.VERMILION, true));
        return new Figure("latency-cdf", ChartTheme.chart("Latency distribution (CDF)", plot),
                "Every measured request of all " + report.replications() + " replications. Read across from a"
                        + " fraction to the latency within which that share of requests was answered.");
    }

    /** All replications' requests pooled. */
    static LatencyRecorder pooled(Report report) {
        return LatencyRecorder.pooled(report.perReplication().stream().map(ReplicationResult::latency).toList());
    }

    /** The empirical CDF of {@code latency}: (ms, fraction answered within). */
    static XYSeries cdfSeries(String name, LatencyRecorder latency) {
        Histogram h = latency.histogramCopy();
        // Sampled at log-spaced latencies: a few hundred points draw the curve exactly enough,
        // where one point per histogram bucket would make the page megabytes long.
        XYSeries s = new XYSeries(name, false, true);
        double lo = Math.max(1, h.getMinValue());
        double hi = Math.max(lo * 1.01, h.getMaxValue());
        for (int i = 0; i <= CDF_POINTS; i++) {
            double micros = lo * Math.pow(hi / lo, (double) i / CDF_POINTS);
            s.add(micros / 1000.0, h.getPercentileAtOrBelowValue((long) Math.floor(micros)) / 100.0);
        }
        return s;
    }

    /** The y axis of a CDF. */
    static NumberAxis fractionAxis() {
        NumberAxis y = new NumberAxis("fraction of requests answered within");
        y.setRange(0, 1.02);
        y.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT));
        return y;
    }

    /** A base-10 log axis with plain decimal labels (exponent labels would be drawn as glyph outlines). */
    static LogAxis logAxis(String label, double smallest) {
        LogAxis a = new LogAxis(label);
        a.setSmallestValue(Math.max(1e-3, smallest));
        // Ticks at powers of ten with nine minor ticks between: the usual log-paper look.
        a.setAutoTickUnitSelection(false);
        a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0));
        a.setMinorTickCount(9);
        a.setMinorTickMarksVisible(true);
        a.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.###",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        return a;
    }

    /** A vertical line at {@code ms}, labelled left of it, or right of it and lower (the SLO, often near p99). */
    private static void marker(XYPlot plot, Double ms, String label, java.awt.Color colour, boolean right) {
        if (ms == null || !(ms > 0)) return;
        ValueMarker m = new ValueMarker(ms, colour, ChartTheme.DASHED);
        m.setLabel(label);
        ChartTheme.label(m, colour);
        m.setLabelAnchor(right ? RectangleAnchor.RIGHT : RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(right ? TextAnchor.CENTER_LEFT : TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(m);
    }

    /** Mean cost over the measured window by service and by purchase option; null if nothing cost anything. */
    private Figure cost() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean any = false;
        for (Map.Entry<List<String>, Summary> e : report.statistics().entrySet()) {
            List<String> k = e.getKey();
            if (k.size() == 3 && k.get(0).equals("cost_usd")) {
                String group = switch (k.get(1)) {
                    case "by_service" -> "by service";
                    case "by_purchase_option" -> "by purchase option";
                    default -> null;
                };
                if (group != null) {
                    data.addValue(e.getValue().mean(), group, k.get(2) + (group.equals("by service") ? " (service)" : " (purchase)"));
                    any |= e.getValue().mean() > 0;
                }
            }
        }
        if (!any) {
            return null;
        }
        // Stacked, though nothing stacks: each category is in one group only, and a plain bar
        // renderer would keep an empty slot beside every bar for the other group.
        StackedBarRenderer r = new StackedBarRenderer();
        r.setAutoPopulateSeriesPaint(false);
        r.setSeriesPaint(0, ChartTheme.BLUE);
        r.setSeriesPaint(1, ChartTheme.ORANGE);
        r.setMaximumBarWidth(0.6);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("${2}",
                new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        NumberAxis usd = new NumberAxis("USD over the measured window (mean of replications)");
        usd.setUpperMargin(0.15);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), usd, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return new Figure("cost", ChartTheme.chart("Cost by service and purchase option", plot), Figure.WIDTH, 320,
                "Mean over " + report.replications() + " replications; the table below gives the 95% intervals.");
    }
}

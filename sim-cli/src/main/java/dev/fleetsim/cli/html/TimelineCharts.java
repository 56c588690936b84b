package dev.fleetsim.cli.html;

import dev.fleetsim.models.results.FleetSeries;
import dev.fleetsim.models.results.MinuteGauges;
import dev.fleetsim.models.results.MinuteRow;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.results.ReplicationResult;
import dev.fleetsim.models.scaling.ScalingActivity;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts over simulated time, drawn from one replication (the first: a real trajectory, where
 * an average of replications would smooth away the scaling steps): demand against capacity per
 * fleet with scaling actions and Spot interruptions marked, latency per minute, and Lambda
 * concurrency with cold starts. A chart appears only when its data exists.
 */
final class TimelineCharts {
    private final Report report;
    private final ReplicationResult rep;
    private final TimeAxis time;

    TimelineCharts(Report report) {
        this.report = report;
        this.rep = report.perReplication().get(0);
        this.time = new TimeAxis(rep.minutes().size());
    }

    /** Every timeline chart that has data, in page order. */
    List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        if (rep.minutes().isEmpty()) {
            return out;
        }
        for (int f = 0; f < rep.fleetNames().size(); f++) {
            out.add(capacity(f));
        }
        out.add(latency());
        for (String fleet : rep.fleetNames()) {
            Map<String, double[]> g = rep.gauges().of(fleet);
            if (g.containsKey(MinuteGauges.CONCURRENCY) || g.containsKey(MinuteGauges.COLD_STARTS)) {
                out.add(lambda(fleet));
            }
        }
        return out;
    }

    private String source() {
        String points = time.bucket() == 1 ? "per minute" : "each point " + time.bucket() + " minutes";
        return "Replication 1 of " + report.replications() + ", " + points + ".";
    }

    private Figure capacity(int f) {
        String fleet = rep.fleetNames().get(f);
        FleetSeries gauges = rep.gauges();
        XYSeriesCollection instances = new XYSeriesCollection();
        instances.addSeries(series("in service", time.means(column(m -> m.capacity()[f]))));
        instances.addSeries(series("desired", time.means(column(m -> m.desired()[f]))));
        List<java.awt.Paint> colours = new ArrayList<>(List.of(ChartTheme.BLUE, ChartTheme.ORANGE));
        // Each gauge keeps its colour whichever others are present, so reports compare at a glance.
        Object[][] optional = {{MinuteGauges.PENDING, "pending", ChartTheme.GREEN},
            {MinuteGauges.WARM_POOL, "warm pool", ChartTheme.PURPLE}, {MinuteGauges.SPOT, "Spot", ChartTheme.SKY},
            {MinuteGauges.ON_DEMAND, "On-Demand", ChartTheme.YELLOW}};
        for (Object[] g : optional) {
            if (gauges.has(fleet, (String) g[0])) {
                instances.addSeries(series((String) g[1], time.means(gauges.values(fleet, (String) g[0]))));
                colours.add((java.awt.Paint) g[2]);
            }
        }
        XYLineAndShapeRenderer lines = lineRenderer(instances.getSeriesCount());
        for (int i = 0; i < colours.size(); i++) lines.setSeriesPaint(i, colours.get(i));
        lines.setSeriesStroke(1, ChartTheme.DASHED);

        XYSeriesCollection demand = new XYSeriesCollection();
        demand.addSeries(series("demand, all workloads (req/s)", time.means(column(m -> m.arrivals() / 60.0))));
        XYLineAndShapeRenderer demandLine = lineRenderer(1);
        demandLine.setSeriesPaint(0, ChartTheme.GREY);
        demandLine.setSeriesStroke(0, ChartTheme.THIN);

        XYSeriesCollection events = new XYSeriesCollection();
        XYSeries actions = new XYSeries("scaling action", false, true);
        for (ScalingActivity a : rep.scalingActivities()) {
            if (a.target().equals(fleet)) actions.add(time.xOfSeconds(a.timeMicros() / 1e6), a.to());
        }
        events.addSeries(actions);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setAutoPopulateSeriesPaint(false);
        marks.setAutoPopulateSeriesShape(false);
        marks.setSeriesPaint(0, Color.BLACK);
        marks.setSeriesShape(0, triangle(4));
        if (gauges.has(fleet, MinuteGauges.SPOT_INTERRUPTIONS)) {
            double[] n = time.sums(gauges.values(fleet, MinuteGauges.SPOT_INTERRUPTIONS));
            XYSeries reclaims = new XYSeries("Spot interruption", false, true);
            for (int p = 0; p < n.length; p++) {
                if (n[p] > 0) reclaims.add(time.x(p), 0);
            }
            events.addSeries(reclaims);
            marks.setSeriesPaint(1, ChartTheme.VERMILION);
            marks.setSeriesShape(1, new java.awt.geom.Rectangle2D.Double(-1.5, -9, 3, 18));
        }

        NumberAxis left = new NumberAxis("instances");
        left.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis right = new NumberAxis("demand (req/s)");
        XYPlot plot = new XYPlot(demand, time.axis(), right, demandLine);
        plot.setRangeAxis(0, left);
        plot.setRangeAxis(1, right);
        plot.setDataset(1, instances);
        plot.setRenderer(1, lines);
        plot.setDataset(2, events);
        plot.setRenderer(2, marks);
        plot.mapDatasetToRangeAxis(0, 1);
        plot.mapDatasetToRangeAxis(1, 0);
        plot.mapDatasetToRangeAxis(2, 0);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        warmup(plot);
        String caption = source() + " Capacity on the left axis, demand (requests per second arriving at all"
                + " workloads) in grey on the right. Triangles: scaling actions, at the new desired capacity."
                + (gauges.has(fleet, MinuteGauges.SPOT_INTERRUPTIONS) ? " Red bars: minutes with Spot interruptions." : "");
        return new Figure("capacity-" + slug(fleet), ChartTheme.chart("Fleet " + fleet + ": demand and capacity", plot),
                caption);
    }

    private Figure latency() {
        double[] p50 = time.means(column(MinuteRow::p50Ms));
        double[] p99 = time.maxima(column(MinuteRow::p99Ms));
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("p50", p50));
        data.addSeries(series("p99", p99));
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (double[] s : new double[][] {p50, p99}) {
            for (double x : s) {
                if (x > 0) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        Double target = sloTargetMs("latency_p99");
        if (target != null) hi = Math.max(hi, target);
        // A log axis when the spread is wide, so a timeout spike does not flatten the normal minutes.
        ValueAxis y;
        if (lo < Double.MAX_VALUE && hi / lo > 50) {
            y = DistributionCharts.logAxis("latency (ms, log scale)", lo / 2);
        } else {
            y = new NumberAxis("latency (ms)");
        }
        XYPlot plot = new XYPlot(data, time.axis(), y, lineRenderer(2));
        if (target != null) {
            ValueMarker m = new ValueMarker(target, ChartTheme.VERMILION, ChartTheme.DASHED);
            m.setLabel("SLO p99 " + Format.ms(target));
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            ChartTheme.label(m, ChartTheme.VERMILION);
            plot.addRangeMarker(m);
        }
        warmup(plot);
        String caption = source() + " Latency of the requests answered in each minute"
                + (time.bucket() == 1 ? "." : " (p50: mean of the minutes, p99: their maximum).");
        return new Figure("latency-per-minute", ChartTheme.chart("Latency per minute", plot), caption);
    }

    private Figure lambda(String fleet) {
        FleetSeries g = rep.gauges();
        XYSeriesCollection level = new XYSeriesCollection();
        if (g.has(fleet, MinuteGauges.CONCURRENCY)) {
            level.addSeries(series("concurrency", time.maxima(g.values(fleet, MinuteGauges.CONCURRENCY))));
        }
        XYSeriesCollection counts = new XYSeriesCollection();
        if (g.has(fleet, MinuteGauges.COLD_STARTS)) {
            counts.addSeries(series("cold starts", time.sums(g.values(fleet, MinuteGauges.COLD_STARTS))));
        }
        if (g.has(fleet, MinuteGauges.THROTTLES)) {
            counts.addSeries(series("throttles", time.sums(g.values(fleet, MinuteGauges.THROTTLES))));
        }
        String per = time.bucket() == 1 ? "per minute" : "per " + time.bucket() + " minutes";
        NumberAxis left = new NumberAxis("concurrent executions");
        NumberAxis right = new NumberAxis("events " + per);
        XYLineAndShapeRenderer countLines = lineRenderer(2, 1);
        XYPlot plot = new XYPlot(level, time.axis(), left, lineRenderer(1));
        plot.setRangeAxis(1, right);
        plot.setDataset(1, counts);
        plot.setRenderer(1, countLines);
        plot.mapDatasetToRangeAxis(1, 1);
        warmup(plot);
        return new Figure("lambda-" + slug(fleet), ChartTheme.chart("Fleet " + fleet + ": concurrency and cold starts", plot),
                source() + " Concurrent executions on the left axis; cold starts and throttles " + per + " on the right.");
    }

    /** Shades the warm-up, whose requests are not measured. */
    private void warmup(XYPlot plot) {
        if (report.warmupSeconds() <= 0) {
            return;
        }
        IntervalMarker m = new IntervalMarker(0, time.xOfSeconds(report.warmupSeconds()), new Color(0xF0F0F0));
        m.setLabel("warm-up");
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        ChartTheme.label(m, ChartTheme.GREY);
        plot.addDomainMarker(m, Layer.BACKGROUND);
    }

    private Double sloTargetMs(String name) {
        return report.slo().objectives().stream().filter(o -> o.name().equals(name)).map(o -> o.targetValue())
                .findFirst().orElse(null);
    }

    private double[] column(java.util.function.ToDoubleFunction<MinuteRow> f) {
        List<MinuteRow> rows = rep.minutes();
        double[] out = new double[rows.size()];
        for (int m = 0; m < out.length; m++) out[m] = f.applyAsDouble(rows.get(m));
        return out;
    }

    private XYSeries series(String name, double[] points) {
        XYSeries s = new XYSeries(name, false, true);
        for (int p = 0; p < points.length; p++) s.add(time.x(p), Double.isNaN(points[p]) ? null : points[p]);
        return s;
    }

    /**
     * Lines for {@code series} series in palette order from {@code firstColour}. Paints and strokes
     * are fixed here rather than drawn from the plot, so each series keeps its colour whichever
     * dataset of the plot it is in.
     */
    static XYLineAndShapeRenderer lineRenderer(int series, int firstColour) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true); // one <path> per series instead of one <line> per segment
        r.setAutoPopulateSeriesPaint(false);
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultStroke(ChartTheme.LINE);
        for (int s = 0; s < series; s++) {
            r.setSeriesStroke(s, ChartTheme.LINE);
            r.setSeriesPaint(s, ChartTheme.SERIES[(firstColour + s) % ChartTheme.SERIES.length]);
        }
        return r;
    }

    static XYLineAndShapeRenderer lineRenderer(int series) {
        return lineRenderer(series, 0);
    }

    private static java.awt.Shape triangle(double size) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -size);
        p.lineTo(size, size);
        p.lineTo(-size, size);
        p.closePath();
        return p;
    }

    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}

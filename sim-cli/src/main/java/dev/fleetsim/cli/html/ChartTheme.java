package dev.fleetsim.cli.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.ui.RectangleInsets;

/** One look for every chart of the report: plain white plots, light grid, a colour-blind-safe palette. */
final class ChartTheme {
    /** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
    static final Color BLUE = new Color(0x0072B2);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color GREEN = new Color(0x009E73);
    static final Color VERMILION = new Color(0xD55E00);
    static final Color PURPLE = new Color(0xCC79A7);
    static final Color SKY = new Color(0x56B4E9);
    static final Color YELLOW = new Color(0xB8A000);
    static final Color GREY = new Color(0x888888);
    static final Color LIGHT = new Color(0xDDDDDD);
    static final Paint[] SERIES = {BLUE, ORANGE, GREEN, VERMILION, PURPLE, SKY, YELLOW, GREY};

    static final BasicStroke LINE = new BasicStroke(1.6f);
    static final BasicStroke THIN = new BasicStroke(1.0f);
    static final BasicStroke DASHED = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private static final StandardChartTheme THEME = theme();

    private ChartTheme() {}

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("fleetsim");
        t.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        t.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        t.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        t.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(LIGHT);
        t.setDomainGridlinePaint(LIGHT);
        t.setRangeGridlinePaint(LIGHT);
        t.setAxisLabelPaint(Color.DARK_GRAY);
        t.setTickLabelPaint(Color.DARK_GRAY);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        t.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        t.setShadowVisible(false);
        t.setDrawingSupplier(new org.jfree.chart.plot.DefaultDrawingSupplier(SERIES,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                new java.awt.Stroke[] {LINE},
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return t;
    }

    /** A marker label that reads on any background: the marker's colour on a near-white box. */
    static void label(org.jfree.chart.plot.Marker m, Color colour) {
        m.setLabelPaint(colour);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 230));
    }

    /** A chart with {@code plot}, the theme applied and a legend under the plot. */
    static JFreeChart chart(String title, Plot plot) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        THEME.apply(chart);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        chart.setAntiAlias(true);
        return chart;
    }
}

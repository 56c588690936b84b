package dev.fleetsim.cli.html;

import org.jfree.chart.JFreeChart;

/**
 * One chart of a page: its id (also the prefix of its SVG element ids), the chart, its size in
 * pixels and a caption saying what is plotted.
 */
record Figure(String id, JFreeChart chart, int width, int height, String caption) {
    static final int WIDTH = 1100;
    static final int HEIGHT = 420;

    Figure(String id, JFreeChart chart, String caption) {
        this(id, chart, WIDTH, HEIGHT, caption);
    }

    String svg() {
        return SvgChart.render(chart, width, height, id + "-");
    }
}

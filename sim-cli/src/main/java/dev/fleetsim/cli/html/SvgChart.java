package dev.fleetsim.cli.html;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a JFreeChart into SVG text for inlining in a page. The output is deterministic: element
 * ids come from the caller's prefix (JFreeSVG would otherwise derive them from the clock) and
 * coordinates are written with two decimals through exact decimal rounding.
 */
final class SvgChart {
    static {
        // Charts are drawn off screen; never try to open a display (CI, servers, the shaded jar).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private SvgChart() {}

    /** The chart as an {@code <svg>} element of {@code width} x {@code height} pixels, scaling to its container. */
    static String render(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix);
        g.setGeomDoubleConverter(SvgChart::twoDecimals);
        g.setTransformDoubleConverter(SvgChart::twoDecimals);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        String svg = g.getSVGElement(idPrefix + "svg");
        // Let CSS size it: keep the aspect ratio, fill the figure's width.
        return svg.replaceFirst("<svg ", "<svg viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" ");
    }

    private static String twoDecimals(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "0";
        }
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}

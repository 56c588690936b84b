package dev.fleetsim.models.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting that is identical on every JVM and machine: doubles are rounded to 10
 * significant digits through exact decimal arithmetic, so last-bit differences in floating-point
 * library functions never change the output bytes. Every renderer of results uses it.
 */
public final class CanonicalDecimal {
    private static final MathContext DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

    private CanonicalDecimal() {}

    /** The canonical decimal for {@code x}, or null for NaN or infinity. */
    public static BigDecimal of(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return null;
        }
        if (x == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal d = new BigDecimal(x).round(DIGITS).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** The canonical decimal as plain text; empty for NaN or infinity (a blank CSV cell). */
    public static String text(double x) {
        BigDecimal d = of(x);
        return d == null ? "" : d.toPlainString();
    }
}

package dev.fleetsim.cli.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting that is identical on every JVM and machine: doubles are rounded to 10
 * significant digits through exact decimal arithmetic, so last-bit differences in floating-point
 * library functions never change the output bytes.
 */
public final class Numbers {
    private static final MathContext DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

    private Numbers() {}

    /** The canonical decimal for {@code x}, or null for NaN or infinity. */
    public static BigDecimal canonical(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return null;
        }
        if (x == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal d = new BigDecimal(x).round(DIGITS).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A short human form with {@code decimals} places, for tables. */
    public static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "-";
        }
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}

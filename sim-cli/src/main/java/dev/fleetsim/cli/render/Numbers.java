package dev.fleetsim.cli.render;

import dev.fleetsim.models.results.CanonicalDecimal;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for the renderers: canonical decimals (shared with sweeps) and table figures. */
public final class Numbers {
    private Numbers() {}

    /** The canonical decimal for {@code x}, or null for NaN or infinity ({@link CanonicalDecimal}). */
    public static BigDecimal canonical(double x) {
        return CanonicalDecimal.of(x);
    }

    /**
     * Decimal places for showing {@code x} in a table: {@code usual}, or more below 1 so that at
     * least three significant digits show (a cold-start ratio of 0.00035 or a cost per job of
     * $0.0068 must not read "0.000" or "0.007"); at most 7, which still fits
     * a 9-character table column.
     */
    public static int decimalsFor(double x, int usual) {
        double a = Math.abs(x);
        if (a == 0 || a >= 1 || Double.isNaN(a)) {
            return usual;
        }
        return Math.max(usual, Math.min(7, 2 - (int) Math.floor(Math.log10(a))));
    }

    /** A short human form with {@code decimals} places, for tables. */
    public static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "-";
        }
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}

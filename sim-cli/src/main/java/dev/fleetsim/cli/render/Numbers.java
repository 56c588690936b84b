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

    /** A short human form with {@code decimals} places, for tables. */
    public static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "-";
        }
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}

package dev.fleetsim.models.scaling;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in activity reasons: as a person writes them, locale-independent (75, 62.5, 0.333). */
final class Texts {
    private Texts() {}

    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}

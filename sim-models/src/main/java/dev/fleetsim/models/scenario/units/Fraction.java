package dev.fleetsim.models.scenario.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fraction in [0, 1], written either as a percentage with its sign ({@code 0.1%}, {@code 50%})
 * or as a plain number between 0 and 1 ({@code 0.001}, {@code 0.5}). One rule, no guessing: a
 * plain number above 1 is an error, because {@code 50} could mean 50% or fifty.
 */
public record Fraction(double value) {
    private static final Pattern PERCENT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%\\s*");
    public static final String EXPECTED = "a fraction, like 0.5 or 50%";

    public Fraction {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("fraction must be in [0, 1]: " + value);
        }
    }

    public static Fraction parse(String text) {
        if (text == null) {
            throw new UnitFormatException(EXPECTED, null);
        }
        Matcher m = PERCENT.matcher(text);
        double v;
        if (m.matches()) {
            v = Double.parseDouble(m.group(1)) / 100.0;
        } else {
            try {
                v = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw new UnitFormatException(EXPECTED, text);
            }
            if (v > 1) {
                throw new UnitFormatException("a fraction between 0 and 1, or a percentage like " + text.trim() + "%", text);
            }
        }
        if (!(v >= 0 && v <= 1)) {
            throw new UnitFormatException("a fraction between 0 and 1 (0% to 100%)", text);
        }
        return new Fraction(v);
    }

    @Override
    public String toString() {
        return java.math.BigDecimal.valueOf(value * 100).stripTrailingZeros().toPlainString() + "%";
    }
}

package dev.fleetsim.models.scenario.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An event rate written with its unit: {@code 800/s}, {@code 12000/min}, {@code 3/h}, {@code 100/d}. */
public record Rate(double perSecond) {
    private static final Pattern FORMAT =
            Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*/\\s*(s|m|min|h|d)\\s*");

    public static final String EXPECTED = "a rate with a unit, like 800/s, 12000/min or 3/h";

    public Rate {
        if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("rate must be finite and >= 0: " + perSecond);
        }
    }

    public static Rate parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new UnitFormatException(EXPECTED, text);
        }
        double divisor = switch (m.group(2)) {
            case "s" -> 1;
            case "m", "min" -> 60;
            case "h" -> 3600;
            case "d" -> 86400;
            default -> throw new AssertionError(m.group(2));
        };
        double value = Double.parseDouble(m.group(1));
        if (Double.isInfinite(value)) {
            throw new UnitFormatException("a finite rate", text);
        }
        return new Rate(value / divisor);
    }

    public double perMicro() {
        return perSecond / 1_000_000.0;
    }

    @Override
    public String toString() {
        return java.math.BigDecimal.valueOf(perSecond).stripTrailingZeros().toPlainString() + "/s";
    }
}

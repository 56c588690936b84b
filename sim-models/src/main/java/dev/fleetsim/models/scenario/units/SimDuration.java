package dev.fleetsim.models.scenario.units;

import dev.fleetsim.core.kernel.SimTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration written with its unit in a scenario: {@code 250ms}, {@code 90s}, {@code 5m},
 * {@code 2h}, {@code 14d}, also {@code us} and fractions such as {@code 1.5s}. A bare number is
 * rejected: a duration without a unit is the most common scenario mistake.
 */
public record SimDuration(long micros) implements Comparable<SimDuration> {
    private static final Pattern FORMAT =
            Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(us|ms|s|m|min|h|d)\\s*");

    public static final String EXPECTED = "a duration with a unit, like 250ms, 90s, 5m, 2h or 14d";

    public SimDuration {
        if (micros < 0) {
            throw new IllegalArgumentException("negative duration: " + micros + " us");
        }
    }

    public static SimDuration ofSeconds(long s) {
        return new SimDuration(SimTime.seconds(s));
    }

    public static SimDuration ofMillis(long ms) {
        return new SimDuration(SimTime.millis(ms));
    }

    /** Parses {@code text}; throws {@link UnitFormatException} naming what was expected. */
    public static SimDuration parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            if (text != null && text.strip().startsWith("-") && FORMAT.matcher(text.strip().substring(1)).matches()) {
                throw new UnitFormatException("a duration >= 0", text); // it has its unit; the sign is wrong
            }
            throw new UnitFormatException(EXPECTED, text);
        }
        long unit = switch (m.group(2)) {
            case "us" -> 1L;
            case "ms" -> SimTime.MICROS_PER_MILLI;
            case "s" -> SimTime.MICROS_PER_SECOND;
            case "m", "min" -> SimTime.MICROS_PER_MINUTE;
            case "h" -> SimTime.MICROS_PER_HOUR;
            case "d" -> SimTime.MICROS_PER_DAY;
            default -> throw new AssertionError(m.group(2));
        };
        double micros = Double.parseDouble(m.group(1)) * unit;
        if (micros > Long.MAX_VALUE / 4.0) {
            throw new UnitFormatException("a duration below 10^12 days", text);
        }
        return new SimDuration(Math.round(micros));
    }

    public double seconds() {
        return SimTime.toSeconds(micros);
    }

    @Override
    public int compareTo(SimDuration o) {
        return Long.compare(micros, o.micros);
    }

    /** The shortest exact spelling: {@code 90s}, {@code 5m}, {@code 250ms}. */
    @Override
    public String toString() {
        if (micros == 0) {
            return "0s";
        }
        long[] units = {SimTime.MICROS_PER_DAY, SimTime.MICROS_PER_HOUR, SimTime.MICROS_PER_MINUTE,
            SimTime.MICROS_PER_SECOND, SimTime.MICROS_PER_MILLI, 1};
        String[] names = {"d", "h", "m", "s", "ms", "us"};
        for (int i = 0; i < units.length; i++) {
            if (micros % units[i] == 0) {
                return micros / units[i] + names[i];
            }
        }
        throw new AssertionError();
    }
}

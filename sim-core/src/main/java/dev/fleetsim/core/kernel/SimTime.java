package dev.fleetsim.core.kernel;

/**
 * Simulated time is a {@code long} count of microseconds. Floating-point clocks drift and produce
 * events that never quite arrive; integer time does not. Conversions happen only at the edges
 * (scenario input, report output), through these helpers.
 */
public final class SimTime {
    public static final long MICROS_PER_MILLI = 1_000L;
    public static final long MICROS_PER_SECOND = 1_000_000L;
    public static final long MICROS_PER_MINUTE = 60L * MICROS_PER_SECOND;
    public static final long MICROS_PER_HOUR = 60L * MICROS_PER_MINUTE;
    public static final long MICROS_PER_DAY = 24L * MICROS_PER_HOUR;

    private SimTime() {}

    public static long seconds(long s) {
        return Math.multiplyExact(s, MICROS_PER_SECOND);
    }

    public static long millis(long ms) {
        return Math.multiplyExact(ms, MICROS_PER_MILLI);
    }

    /**
     * Converts a duration in (fractional) seconds to microseconds, rounding to the nearest
     * microsecond. Used where a sampled variate becomes a delay.
     */
    public static long fromSeconds(double seconds) {
        if (!(seconds >= 0) || seconds > Long.MAX_VALUE / (double) MICROS_PER_SECOND) {
            throw new IllegalArgumentException("duration out of range: " + seconds + " s");
        }
        return Math.round(seconds * MICROS_PER_SECOND);
    }

    public static double toSeconds(long micros) {
        return micros / (double) MICROS_PER_SECOND;
    }

    public static double toMillis(long micros) {
        return micros / (double) MICROS_PER_MILLI;
    }
}

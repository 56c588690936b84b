package dev.fleetsim.models.results;

import dev.fleetsim.models.scenario.WindowSpec;

/**
 * The occurrences of one statistics window in simulated microseconds: [from, to), or, with a
 * period, [from + k·every, to + k·every) for k = 0, 1, .... Occurrences never overlap
 * ({@code to - from <= every}, checked when the scenario is validated).
 */
public record TimeWindow(String name, long from, long to, long every) {

    /** A window without a period: it occurs once. */
    public static final long ONCE = 0;

    public TimeWindow {
        if (from >= to || every < 0 || (every > 0 && to - from > every)) {
            throw new IllegalArgumentException("window " + name + ": [" + from + ", " + to + ") every " + every);
        }
    }

    public static TimeWindow of(WindowSpec w) {
        return new TimeWindow(w.name(), w.from().micros(), w.to().micros(), w.every() == null ? ONCE : w.every().micros());
    }

    /** True if time {@code t} lies in an occurrence of the window. */
    public boolean contains(long t) {
        if (t < from) {
            return false;
        }
        if (every == ONCE) {
            return t < to;
        }
        return (t - from) % every < to - from;
    }
}

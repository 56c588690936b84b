package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * A named time window the report measures on its own: requests arriving in [{@code from},
 * {@code to}), or, with {@code every}, in [from + k·every, to + k·every) for k = 0, 1, ....
 * Times count from the start of the run (t = 0 is midnight for diurnal arrivals). Checked against
 * the warm-up and horizon by {@link ScenarioValidator}.
 *
 * @param name  unique name; results appear under {@code windows.NAME}
 * @param from  start of the (first) occurrence, since the start of the run
 * @param to    end of the (first) occurrence, exclusive
 * @param every repeat period (optional: without it the window occurs once)
 */
public record WindowSpec(
        @Required @JsonPropertyDescription("Window name; its results appear under windows.NAME.") String name,
        @Required @JsonPropertyDescription("Start of the (first) occurrence, since the start of the run (t=0 is 00:00).")
                SimDuration from,
        @Required @JsonPropertyDescription("End of the (first) occurrence, exclusive.") SimDuration to,
        @JsonPropertyDescription("Repeat period: the window recurs at [from + k*every, to + k*every) (default: once).")
                SimDuration every) {

    /** Validates the window's own fields and that it overlaps [warmup, horizon) at least once. */
    void validate(String path, Findings f, SimDuration warmup, SimDuration horizon) {
        boolean times = f.present(from, path + ".from", "a duration since the start of the run, like 7h")
                & f.present(to, path + ".to", "a duration since the start of the run, like 10h");
        if (!times) {
            return;
        }
        if (!f.require(from.compareTo(to) < 0, path + ".to", "expected to > from (" + from + "), found " + to)) {
            return;
        }
        if (every != null) {
            if (!f.require(every.micros() > 0, path + ".every", "expected a repeat period > 0, found " + every)) {
                return;
            }
            long length = to.micros() - from.micros();
            if (!f.require(length <= every.micros(), path + ".every", "expected a repeat period at least the window's length ("
                    + new SimDuration(length) + " from " + from + " to " + to + ") so occurrences do not overlap, found " + every)) {
                return;
            }
        }
        if (warmup != null && horizon != null && warmup.compareTo(horizon) < 0) {
            f.require(overlaps(warmup.micros(), horizon.micros()), path, "window [" + from + ", " + to + ")"
                    + (every == null ? "" : " every " + every) + " would measure nothing: it has no occurrence in the measured period ["
                    + warmup + ", " + horizon + ") (warmup to horizon)");
        }
    }

    /** True if some occurrence of the window overlaps [start, end). */
    boolean overlaps(long start, long end) {
        long k = 0;
        if (every != null && to.micros() <= start) {
            k = (start - to.micros()) / every.micros() + 1;
        }
        long period = every == null ? 0 : every.micros();
        return from.micros() + k * period < end && to.micros() + k * period > start;
    }
}

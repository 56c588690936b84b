package dev.fleetsim.models.billing;

import dev.fleetsim.core.kernel.SimTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Usage at On-Demand prices, hour by hour, as AWS applies commitments: each clock hour of the
 * measured window separately. Fleets add usage as they bill it; a period spanning hours is split
 * at the hour boundaries.
 */
public final class HourlyUsage {
    private final Map<Long, Map<String, UsageLine>> byHour = new TreeMap<>();

    /**
     * Adds usage running over [startMicros, endMicros) at {@code usdPerHour} of one kind; the
     * quantity is the time in hours (instance-hours).
     */
    public void addRunning(String service, String option, String instanceType, int zone, long startMicros, long endMicros,
            double usdPerHour) {
        long t = startMicros;
        while (t < endMicros) {
            long hour = Math.floorDiv(t, SimTime.MICROS_PER_HOUR);
            long next = Math.min(endMicros, (hour + 1) * SimTime.MICROS_PER_HOUR);
            double hours = (next - t) / (double) SimTime.MICROS_PER_HOUR;
            add(hour, new UsageLine(service, option, instanceType, zone, hours, hours * usdPerHour));
            t = next;
        }
    }

    /** Adds one line to {@code hour}, merged with the same kind of usage already there. */
    public void add(long hour, UsageLine line) {
        byHour.computeIfAbsent(hour, h -> new LinkedHashMap<>()).merge(line.key(), line, UsageLine::plus);
    }

    /** Adds everything of {@code other}. */
    public void addAll(HourlyUsage other) {
        other.byHour.forEach((h, lines) -> lines.values().forEach(l -> add(h, l)));
    }

    /** Hours with usage, ascending. */
    public Iterable<Long> hours() {
        return byHour.keySet();
    }

    /** The usage lines of {@code hour}, in the order first added. */
    public List<UsageLine> lines(long hour) {
        Map<String, UsageLine> m = byHour.get(hour);
        return m == null ? List.of() : new ArrayList<>(m.values());
    }
}

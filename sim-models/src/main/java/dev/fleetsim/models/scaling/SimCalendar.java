package dev.fleetsim.models.scaling;

import dev.fleetsim.core.kernel.SimTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Where simulated time sits on the calendar, for cron schedules and time zones: simulation time 0
 * is Monday 2024-01-01 00:00 UTC, the same "time 0 is Monday 00:00" the diurnal workload uses.
 */
public final class SimCalendar {
    /** The instant of simulation time 0. */
    public static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    private SimCalendar() {}

    /** The instant of simulation time {@code micros}. */
    public static Instant toInstant(long micros) {
        return EPOCH.plusSeconds(Math.floorDiv(micros, SimTime.MICROS_PER_SECOND))
                .plusNanos(Math.floorMod(micros, SimTime.MICROS_PER_SECOND) * 1_000L);
    }

    /** The simulation time of {@code instant}, in microseconds (sub-microsecond parts dropped). */
    public static long toMicros(Instant instant) {
        Duration d = Duration.between(EPOCH, instant);
        return Math.addExact(Math.multiplyExact(d.getSeconds(), SimTime.MICROS_PER_SECOND), d.getNano() / 1_000L);
    }
}

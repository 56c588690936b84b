package dev.fleetsim.models.spot;

import dev.fleetsim.core.kernel.SimTime;
import umontreal.ssj.rng.RandomStream;

/**
 * Draws each Spot instance's time to its interruption notice (M13): exponential with its pool's
 * hazard, memoryless, so one draw at launch is the whole story. The notice comes
 * {@link #NOTICE_MICROS} before the reclaim (aws-behaviour.md 3.1). One draw per Spot launch from
 * the group's own {@code spot/NAME} stream.
 */
public final class InterruptionClock {
    /** The Spot interruption notice: two minutes before the reclaim (terminate and stop). */
    public static final long NOTICE_MICROS = SimTime.seconds(120);
    /** Returned when the pool never interrupts. */
    public static final long NEVER = Long.MAX_VALUE;

    private final RandomStream stream;

    public InterruptionClock(RandomStream stream) {
        this.stream = stream;
    }

    /** Microseconds from launch to the interruption notice, or {@link #NEVER}. */
    public long timeToNotice(SpotPool pool) {
        double u = stream.nextDouble(); // drawn even for a zero hazard, so streams stay aligned
        if (!(pool.hazardPerMicro() > 0)) {
            return NEVER;
        }
        double t = -Math.log1p(-u) / pool.hazardPerMicro();
        return t >= NEVER / 2.0 ? NEVER : Math.round(t);
    }
}

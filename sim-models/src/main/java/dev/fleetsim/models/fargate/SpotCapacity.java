package dev.fleetsim.models.fargate;

import dev.fleetsim.models.ec2.InstanceType;
import dev.fleetsim.models.scenario.FargateSpotSpec;
import dev.fleetsim.models.spot.InterruptionClock;
import dev.fleetsim.models.spot.SpotPool;
import dev.fleetsim.models.spot.SpotPools;
import umontreal.ssj.rng.RandomStream;

/**
 * Fargate Spot as one capacity pool (aws-behaviour.md 5.5): each Spot task's time to its
 * interruption warning is exponential with the band's hazard (M13, through the EC2 model's
 * {@link InterruptionClock}, one draw per Spot task that starts running, from the
 * {@code fargate/NAME/spot} stream), and the scenario's periods without Spot capacity block new
 * Spot placements (M20: the task waits and is retried; no fallback to FARGATE).
 */
final class SpotCapacity {
    private final InterruptionClock clock;
    private final SpotPool pool;
    private final long[] outageStart;
    private final long[] outageEnd;
    private final long retryMicros;

    SpotCapacity(FargateSpotSpec spec, InstanceType taskType, RandomStream stream) {
        this.clock = new InterruptionClock(stream);
        this.pool = new SpotPool(0, taskType, 0, 0, SpotPools.hazardPerMicro(spec.interruptionBand()), 1);
        int n = spec.noCapacity().size();
        outageStart = new long[n];
        outageEnd = new long[n];
        for (int i = 0; i < n; i++) {
            FargateSpotSpec.Outage o = spec.noCapacity().get(i);
            outageStart[i] = o.start().micros();
            outageEnd[i] = o.start().micros() + o.duration().micros();
        }
        this.retryMicros = spec.retryInterval().micros();
    }

    /** Whether Fargate Spot has capacity at {@code time}. */
    boolean available(long time) {
        for (int i = 0; i < outageStart.length; i++) {
            if (time >= outageStart[i] && time < outageEnd[i]) {
                return false;
            }
        }
        return true;
    }

    /** Microseconds from now to a new Spot task's interruption warning, or {@link InterruptionClock#NEVER}. */
    long timeToWarning() {
        return clock.timeToNotice(pool);
    }

    /** How long a task waiting for Spot capacity waits before the next try (M20). */
    long retryMicros() {
        return retryMicros;
    }
}

package dev.fleetsim.models.spot;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.distribution.DurationSampler;
import java.util.List;
import java.util.function.Consumer;
import umontreal.ssj.rng.RandomStream;

/**
 * Pool-wide Spot events, each pool on its own Poisson clock (issue 5; M13's correlated option):
 * correlated reclaim events, handed to {@code onReclaim}, and capacity outages, alternating
 * up-times Exp(rate) and outages of a sampled length, which mark the pool down in
 * {@link PoolAvailability} and call {@code onRestored} when they end (the group retries then).
 * Draws come from the group's {@code spot-events/NAME} stream.
 */
public final class PoolEvents {
    private final Scheduler scheduler;
    private final RandomStream stream;

    public PoolEvents(Scheduler scheduler, RandomStream stream) {
        this.scheduler = scheduler;
        this.stream = stream;
    }

    private long exp(double perMicro) {
        return Math.round(-Math.log1p(-stream.nextDouble()) / perMicro);
    }

    /** Starts each pool's correlated reclaim events, at its {@link SpotPool#reclaimEventsPerMicro()}. */
    public void reclaims(List<SpotPool> pools, Consumer<SpotPool> onReclaim) {
        for (SpotPool p : pools) {
            if (p.reclaimEventsPerMicro() > 0) {
                scheduleReclaim(p, p.reclaimEventsPerMicro(), onReclaim);
            }
        }
    }

    private void scheduleReclaim(SpotPool p, double perMicro, Consumer<SpotPool> onReclaim) {
        scheduler.scheduleAfter(exp(perMicro), () -> {
            onReclaim.accept(p);
            scheduleReclaim(p, perMicro, onReclaim);
        });
    }

    /** Starts each pool's capacity outages, at its {@link SpotPool#outagesPerMicro()}, each lasting a draw of {@code duration}. */
    public void outages(List<SpotPool> pools, DurationSampler duration, PoolAvailability availability, Runnable onRestored) {
        for (SpotPool p : pools) {
            if (p.outagesPerMicro() > 0) {
                scheduleOutage(p, p.outagesPerMicro(), duration, availability, onRestored);
            }
        }
    }

    private void scheduleOutage(SpotPool p, double perMicro, DurationSampler duration, PoolAvailability availability,
            Runnable onRestored) {
        scheduler.scheduleAfter(exp(perMicro), () -> {
            availability.setDown(p, true);
            scheduler.scheduleAfter(Math.max(1, duration.sampleMicros()), () -> {
                availability.setDown(p, false);
                onRestored.run();
                scheduleOutage(p, perMicro, duration, availability, onRestored);
            });
        });
    }

    /** One uniform from the events stream (which instances a reclaim event hits). */
    public double nextUniform() {
        return stream.nextDouble();
    }
}

package dev.fleetsim.models.run;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.pool.FixedPool;
import dev.fleetsim.models.results.FleetResult;
import dev.fleetsim.models.results.ReplicationResult;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.scenario.FleetSpec;
import dev.fleetsim.models.scenario.ScenarioSpec;
import dev.fleetsim.models.scenario.WorkloadSpec;
import dev.fleetsim.models.workload.DurationSampler;
import dev.fleetsim.models.workload.Arrivals;
import dev.fleetsim.models.workload.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One replication of a scenario: a fresh event loop, the models wired onto it with their named
 * streams at substream {@code r}, run to the horizon, then drained.
 *
 * <p>Measurement window: requests arriving in [warm-up, horizon) are measured. Arrivals stop at
 * the horizon and the requests still in the system are run to completion (up to
 * {@link #MAX_DRAIN}), so every measured request has a latency and the end of the run does not
 * bias latency low. Capacity statistics cover [warm-up, horizon].
 */
public final class Replication {
    /** How long after the horizon measured requests may take to finish. */
    static final long MAX_DRAIN = SimTime.MICROS_PER_DAY;

    private Replication() {}

    public static ReplicationResult run(ScenarioSpec spec, int replication) {
        EventLoop loop = new EventLoop();
        RandomStreams streams = new RandomStreams(spec.seed());
        long warmup = spec.warmup().micros();
        long horizon = spec.horizon().micros();
        RequestStats stats = new RequestStats(warmup);

        Map<String, FixedPool> pools = new LinkedHashMap<>();
        for (FleetSpec f : spec.fleets()) {
            if (f instanceof FleetSpec.FixedPool p) {
                pools.put(p.name(), new FixedPool(loop, p.servers(), stats));
            }
        }
        for (WorkloadSpec w : spec.workloads()) {
            DurationSampler service = DurationSampler.of(w.serviceTime(), streams.stream("service/" + w.name(), replication));
            long timeout = w.timeout() == null ? Workload.NO_TIMEOUT : w.timeout().micros();
            Workload workload = new Workload(service, pools.get(w.target()), timeout);
            Arrivals.create(w.arrivals(), loop, streams.stream("arrivals/" + w.name(), replication), workload, horizon)
                    .start();
        }

        loop.runUntil(warmup);
        for (FixedPool pool : pools.values()) pool.busy().reset(warmup);
        loop.runUntil(horizon);
        double[] utilization = new double[pools.size()];
        int k = 0;
        for (FixedPool pool : pools.values()) {
            utilization[k++] = pool.busy().average(horizon) / pool.servers();
        }
        long drainLimit = horizon + MAX_DRAIN;
        while (stats.inFlight() > 0 && loop.pending() > 0 && loop.now() < drainLimit) {
            loop.runUntil(Math.min(drainLimit, loop.now() + SimTime.MICROS_PER_MINUTE));
        }
        // Waits are per request, so they are final only after the drain.
        List<FleetResult> fleets = new ArrayList<>();
        double hours = SimTime.toSeconds(horizon - warmup) / 3600.0;
        k = 0;
        for (Map.Entry<String, FixedPool> e : pools.entrySet()) {
            FixedPool pool = e.getValue();
            fleets.add(new FleetResult(e.getKey(), "fixed-pool", pool.servers(), pool.servers(),
                    pool.servers() * hours, utilization[k++], pool.meanWaitMicros() / 1000.0, pool.waitProbability()));
        }
        return new ReplicationResult(replication, stats.total(), stats.served(), 0, 0, stats.timedOut(), 0,
                stats.latency(), fleets, loop.eventsRun());
    }
}

package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.distribution.DurationSampler;
import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.scenario.Ec2AsgSpec;
import dev.fleetsim.models.scenario.Ec2LifecycleHookSpec;
import dev.fleetsim.models.scenario.Ec2FailuresSpec;
import dev.fleetsim.models.spot.InterruptionClock;
import dev.fleetsim.models.spot.PoolEvents;
import dev.fleetsim.models.spot.RebalanceClock;
import dev.fleetsim.models.spot.SpotPool;
import dev.fleetsim.models.spot.SpotPools;
import dev.fleetsim.models.spot.SpotPriceHistory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * Builds {@link AutoScalingGroup}s from validated specs, wiring their parts onto one scheduler
 * with the group's own random streams (substream {@code replication} of each):
 *
 * <ul>
 *   <li>{@code boot/NAME}: cold boot times (M3);</li>
 *   <li>{@code warm-start/NAME}: warm-pool start times (M9);</li>
 *   <li>{@code lifecycle/NAME}: launch-hook durations; {@code lifecycle-terminate/NAME}: terminate-hook durations;</li>
 *   <li>{@code failures/NAME}: times to failure and replacement delays (M6);</li>
 *   <li>{@code termination/NAME}: random tie-breaks of the Default termination policy;</li>
 *   <li>{@code spot/NAME}: each Spot instance's time to its interruption notice (M13);</li>
 *   <li>{@code spot-rebalance/NAME}: rebalance recommendation times, with Capacity Rebalancing on (M12);</li>
 *   <li>{@code spot-events/NAME}: correlated reclaim events and capacity outages of the pools.</li>
 * </ul>
 * One stream per random source keeps common random numbers: adding a warm pool does not shift the
 * boot times a scenario without one sees.
 */
public final class AutoScalingGroups {
    private AutoScalingGroups() {}

    /** A started group with the built-in catalog. */
    public static AutoScalingGroup create(Ec2AsgSpec spec, Scheduler scheduler, RandomStreams streams, int replication,
            RequestStats stats, SamplerFactory samplers) {
        return create(spec, InstanceCatalog.builtIn(), scheduler, streams, replication, stats, samplers);
    }

    /**
     * A started group: its initial instances are in service (or launching) at
     * {@code scheduler.now()}, per the spec's {@code initial_state}.
     */
    public static AutoScalingGroup create(Ec2AsgSpec spec, InstanceCatalog catalog, Scheduler scheduler,
            RandomStreams streams, int replication, RequestStats stats, SamplerFactory samplers) {
        String n = spec.name();
        List<InstanceType> types = spec.instanceTypes().stream().map(catalog::resolve).toList();
        InstanceType type = types.get(0);
        TerminationSelector selector = new TerminationSelector(spec.terminationPolicies(), spec.availabilityZones(),
                streams.stream("termination/" + n, replication));
        List<SpotPool> pools = spec.purchase().usesSpot()
                ? SpotPools.build(spec.spot(), types, spec.availabilityZones(), priceHistory(spec, types)) : List.of();
        AutoScalingGroup group = new AutoScalingGroup(spec, type, scheduler, stats, selector, pools);

        Ec2FailuresSpec f = spec.failures();
        RandomStream failures = streams.stream("failures/" + n, replication); // shared: one stream per source
        DurationSampler replacementDelay = samplers.sampler(
                f == null ? Ec2FailuresSpec.DEFAULT_REPLACEMENT_DELAY : f.replacementDelay(), failures);
        HealthMonitor health = new HealthMonitor(scheduler, group.metrics(), group.balancer(), group::replaceUnhealthy,
                spec, replacementDelay, failures);

        DurationSampler boot = samplers.sampler(spec.bootTime(), streams.stream("boot/" + n, replication));
        DurationSampler warmStart = spec.warmPool() == null ? () -> 0L
                : samplers.sampler(spec.warmPool().startTimeOrDefault(), streams.stream("warm-start/" + n, replication));
        LifecycleHook launch = hook(spec.lifecycleHooks().launch(), samplers, streams, "lifecycle/" + n, replication);
        LifecycleHook terminate = hook(spec.lifecycleHooks().terminate(), samplers, streams,
                "lifecycle-terminate/" + n, replication);

        InstanceLifecycle lifecycle = new InstanceLifecycle(group, scheduler, group.metrics(), group.balancer(),
                group.billing(), health, group.serverFactory(), boot, warmStart, launch, terminate,
                group.metricWarmupMicros(), spec.scaleInProtection(),
                spec.warmPool() == null ? null : spec.warmPool().state(), type);
        WarmPool pool = spec.warmPool() == null ? null : new WarmPool(spec.warmPool(), lifecycle, spec.availabilityZones());
        group.attach(lifecycle, pool, health);
        GroupSpot spot = group.spot();
        spot.attach(group, lifecycle, scheduler, new InterruptionClock(streams.stream("spot/" + n, replication)));
        if (!pools.isEmpty()) {
            RandomStream events = streams.stream("spot-events/" + n, replication);
            spot.startPoolEvents(spec.spot().events(), new PoolEvents(scheduler, events),
                    samplers.sampler(spec.spot().events().outageDuration(), events), group::reconcile);
            if (spec.capacityRebalance()) {
                spot.enableCapacityRebalance(group, lifecycle, scheduler, new RebalanceClock(
                        spec.spot().rebalanceRecommendations(), streams.stream("spot-rebalance/" + n, replication)));
            }
        }
        group.start();
        return group;
    }

    private static LifecycleHook hook(Ec2LifecycleHookSpec h, SamplerFactory samplers, RandomStreams streams,
            String stream, int replication) {
        if (h == null) {
            return null;
        }
        return new LifecycleHook(samplers.sampler(h.duration(), streams.stream(stream, replication)),
                h.heartbeatTimeout().micros(), h.defaultResult() == Ec2LifecycleHookSpec.DefaultResult.CONTINUE);
    }

    /** The group's Spot price history, or null without one. */
    private static SpotPriceHistory priceHistory(Ec2AsgSpec spec, List<InstanceType> types) {
        Path file = spec.spot().priceHistory();
        if (file == null) {
            return null;
        }
        Map<String, Double> onDemand = new LinkedHashMap<>();
        types.forEach(t -> onDemand.put(t.name(), t.pricePerHour()));
        return SpotPriceHistory.read(file, file.toString(), onDemand, spec.availabilityZones());
    }
}

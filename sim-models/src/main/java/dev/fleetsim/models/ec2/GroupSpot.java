package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.distribution.DurationSampler;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scenario.Ec2AsgSpec;
import dev.fleetsim.models.scenario.SpotEventsSpec;
import dev.fleetsim.models.spot.InterruptionClock;
import dev.fleetsim.models.spot.PoolAvailability;
import dev.fleetsim.models.spot.PoolEvents;
import dev.fleetsim.models.spot.RebalanceClock;
import dev.fleetsim.models.spot.SpotPool;
import dev.fleetsim.models.spot.SpotTally;
import java.util.List;

/**
 * The Spot side of a group (see docs/models.md (EC2 Spot)): its pools and their availability, the
 * purchase planner, the interruptions, Capacity Rebalancing, and what they did. A group without
 * Spot has one with no pools, which does nothing. {@link AutoScalingGroups} wires it.
 */
public final class GroupSpot {
    private final List<SpotPool> pools;
    private final SpotTally tally;
    private final PoolAvailability availability;
    private final PurchasePlanner planner;
    private SpotInterruptions interruptions;
    private CapacityRebalancer rebalancer;

    GroupSpot(Ec2AsgSpec spec, InstanceType onDemandType, List<SpotPool> pools, Scheduler scheduler) {
        this.pools = pools;
        this.tally = new SpotTally(pools, scheduler.now());
        this.availability = new PoolAvailability(pools.size());
        this.planner = new PurchasePlanner(spec.purchase(), onDemandType, pools, spec.availabilityZones(), availability,
                tally, scheduler);
    }

    PurchasePlanner planner() {
        return planner;
    }

    /** Capacity Rebalancing replacements still launching: members wanted above desired capacity. */
    int replacementsInProgress() {
        return rebalancer == null ? 0 : rebalancer.inProgress();
    }

    /** Wires the interruptions of {@code group}'s Spot instances. */
    void attach(AutoScalingGroup group, InstanceLifecycle lifecycle, Scheduler scheduler, InterruptionClock clock) {
        interruptions = new SpotInterruptions(group, lifecycle, scheduler, group.balancer(), clock, tally);
        lifecycle.attachSpot(interruptions);
        if (group.spec().spot().freeIfInterruptedInFirstHour()) {
            interruptions.freeIfInterruptedInFirstHour(group.billing());
        }
    }

    /** Turns on Capacity Rebalancing (2.13). */
    void enableCapacityRebalance(AutoScalingGroup group, InstanceLifecycle lifecycle, Scheduler scheduler,
            RebalanceClock clock) {
        rebalancer = new CapacityRebalancer(group, lifecycle, planner, tally, scheduler);
        group.members().onLeft(rebalancer::left);
        interruptions.attachRebalancer(rebalancer, clock);
    }

    /** Starts the spec's pool-wide events: correlated reclaims, and capacity outages that end with {@code retry}. */
    void startPoolEvents(SpotEventsSpec spec, PoolEvents events, DurationSampler outageDuration, Runnable retry) {
        double fraction = spec.reclaimFraction().value();
        events.reclaims(pools, p -> interruptions.reclaimEvent(p, fraction, events::nextUniform));
        events.outages(pools, outageDuration, availability, retry);
    }

    void observe(SpotInterruptions.Observer observer) {
        interruptions.observe(observer);
    }

    void startMeasurement(long time) {
        tally.startMeasurement(time);
    }

    void endMeasurement(long time) {
        tally.endMeasurement(time);
    }

    /** Adds the Spot results of fleet {@code name} (docs/models.md, Spot results). */
    void report(ResultValues out, String name, Ec2Billing billing) {
        if (pools.isEmpty()) {
            out.put(0, "fleets", name, "spot_interruptions");
            return;
        }
        tally.report(out, name, rebalancer != null);
        out.put(billing.spotInstanceHours(), "fleets", name, "spot_instance_hours");
        out.put(billing.spotSavingsUsd(), "fleets", name, "spot_savings_usd");
    }

    /** The Spot pools the group may launch into; empty when it is all On-Demand. */
    public List<SpotPool> pools() {
        return pools;
    }

    /** Spot interruptions (reclaims) in the window, in total. */
    public long interruptions() {
        return tally.interruptions();
    }

    /** Spot interruptions (reclaims) of {@code pool} in the window. */
    public long interruptions(SpotPool pool) {
        return tally.interruptions(pool);
    }

    /** Capacity Rebalancing: recommendations received in the window. */
    public long rebalanceRecommendations() {
        return tally.recommendations();
    }

    /** Capacity Rebalancing: replacements launched in the window. */
    public long rebalanceLaunches() {
        return tally.rebalanceLaunches();
    }

    /** Capacity Rebalancing: recommendations not acted on (riskier pool, or max + margin reached). */
    public long rebalanceSkipped() {
        return tally.rebalanceSkipped();
    }

    /** Spot launches that failed in the window: their pool had no capacity. */
    public long launchFailures() {
        return tally.launchFailures();
    }

    /** Mean time from a reclaim to its replacement entering service, in ms (NaN if none). */
    public double meanReplacementMs() {
        return tally.meanReplacementMs();
    }
}

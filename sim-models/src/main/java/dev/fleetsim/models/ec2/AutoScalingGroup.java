package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.PeriodListener;
import dev.fleetsim.models.billing.CostLedger;
import dev.fleetsim.models.fleet.Fleet;
import dev.fleetsim.models.results.MinuteGauges;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scaling.ScalableTarget;
import dev.fleetsim.models.scaling.ScalingActivity;
import dev.fleetsim.models.scaling.ScalingMetric;
import dev.fleetsim.models.scenario.Ec2AsgSpec;
import dev.fleetsim.models.spot.SpotPool;
import dev.fleetsim.models.workload.RetryPolicy;
import dev.fleetsim.models.workload.Workload;
import java.util.List;

/**
 * An EC2 Auto Scaling group behind a load balancer (fleet type {@code ec2-asg}); see
 * {@code docs/scenario-reference.md and docs/models.md (EC2)}. This class decides how many instances to
 * launch or terminate to follow its {@link GroupSize} (min, desired, max and the scaling
 * activities); its parts do the rest:
 * {@link InstanceLifecycle} (transitions), {@link LoadBalancer} and {@link InstanceServer}
 * (requests), {@link TerminationSelector}, {@link WarmPool}, {@link HealthMonitor},
 * {@link Ec2Billing} and {@link GroupMetrics}. Build one with {@link AutoScalingGroups}.
 *
 * <p>The group is a {@link Fleet}; its {@link ScalableTarget} face, what scaling policies see, is
 * {@link #scalableTarget()} (the two interfaces disagree on {@code desiredCapacity()}'s type).
 *
 * <p>Members are the instances that count toward desired capacity: Pending (launching or warm
 * starting, hooks included) and InService. Launches go to the Availability Zone with the fewest
 * members (lowest index on ties), taking a ready warm-pool instance first if there is one. With a
 * mixed instances policy, its {@link GroupSpot} decides On-Demand vs Spot and the pool, interrupts
 * Spot instances per their pool's hazard and rebalances capacity (see docs/models.md (EC2 Spot)).
 */
public final class AutoScalingGroup implements Fleet {
    private final String name;
    private final Ec2AsgSpec spec;
    private final InstanceType type;
    private final Scheduler scheduler;
    private final RequestStats stats;
    private final GroupMetrics metrics;
    private final LoadBalancer balancer;
    /** Null unless the group serves a job queue. */
    private final JobTally jobs;
    private final Ec2Billing billing;
    private final TerminationSelector selector;
    private final GroupSpot spot;
    private InstanceLifecycle lifecycle;
    private WarmPool pool;
    private HealthMonitor health;

    private final GroupSize size;
    private final GroupMembers members;
    private boolean reconciling;
    private boolean reconcileAgain;
    /** Spot interruptions before the window's tally was reset, so the chart's running total never drops. */
    private final GroupResults results;
    private final ScalableTarget target = new GroupTarget(this);

    AutoScalingGroup(Ec2AsgSpec spec, InstanceType type, Scheduler scheduler, RequestStats stats,
            TerminationSelector selector, List<SpotPool> spotPools) {
        this.name = spec.name();
        this.spec = spec;
        this.type = type;
        this.scheduler = scheduler;
        this.stats = stats;
        this.selector = selector;
        this.size = new GroupSize(name, spec.capacity().min(), spec.capacity().max(), spec.capacity().desired(), scheduler,
                this::reconcile);
        this.members = new GroupMembers(scheduler, spec.availabilityZones(), spotPools.size());
        this.spot = new GroupSpot(spec, type, spotPools, scheduler);
        this.metrics = new GroupMetrics(scheduler, stats);
        this.balancer = new LoadBalancer(scheduler, stats, metrics, spec.loadBalancer(), spec.jobQueue() != null);
        this.jobs = spec.jobQueue() == null ? null : new JobTally();
        this.billing = new Ec2Billing(spec.ebsVolumeGib(), spec.ebsPricePerGbMonthOrDefault(),
                scheduler.now());
        this.results = new GroupResults(name, metrics, billing, spot, jobs, size, scheduler.now());
    }

    /** Wiring done by the factory, which builds the parts that need this group. */
    void attach(InstanceLifecycle lifecycle, WarmPool pool, HealthMonitor health) {
        this.lifecycle = lifecycle;
        this.pool = pool;
        this.health = health;
        lifecycle.attachPool(pool);
    }

    InstanceServer.Factory serverFactory() {
        if (jobs != null) { // workers hold no queue of their own: jobs wait in the queue until a slot is free
            long checkpoint = spec.jobQueue().checkpointMicros();
            return owner -> new InstanceServer(owner, scheduler, stats, metrics, balancer, owner.type.speed(),
                    owner.type.vcpus() * spec.slotsPerVcpu(), 0, jobs, checkpoint);
        }
        return owner -> new InstanceServer(owner, scheduler, stats, metrics, balancer, owner.type.speed(),
                owner.type.vcpus() * spec.slotsPerVcpu(), spec.instanceQueueLimit());
    }

    GroupMetrics metrics() {
        return metrics;
    }

    LoadBalancer balancer() {
        return balancer;
    }

    Ec2Billing billing() {
        return billing;
    }

    HealthMonitor health() {
        return health;
    }

    /** The group's Spot side: pools, interruptions, rebalancing and their results. */
    public GroupSpot spot() {
        return spot;
    }

    /** Brings up the initial capacity: in service now, or launched cold, per {@code initial_state}. */
    void start() {
        if (spec.initialState() == Ec2AsgSpec.InitialState.IN_SERVICE) {
            while (members.units() < size.desired()) {
                Placement where = spot.planner().next(members, size.desired());
                if (where == null) {
                    break;
                }
                lifecycle.startInService(where);
            }
            if (pool != null) {
                pool.prefill(size.desired(), size.max());
            }
        }
        reconcile();
    }

    // ---- requests ----

    @Override
    public void arrive(long serviceMicros, long timeoutMicros) {
        long now = scheduler.now();
        stats.arrived(now);
        long deadline = timeoutMicros >= Workload.NO_TIMEOUT - now ? Long.MAX_VALUE : now + timeoutMicros;
        balancer.arrive(serviceMicros, deadline);
    }

    /**
     * An attempt of a retrying client's request: counted as arrived on its first attempt only;
     * if the Spot instance serving it is reclaimed, the client's policy may send it again.
     */
    @Override
    public void send(RetryPolicy.Attempt attempt) {
        long first = attempt.firstArrival();
        if (attempt.number() == 1) {
            stats.arrived(first);
        }
        long timeout = attempt.timeoutMicros();
        long deadline = timeout >= Workload.NO_TIMEOUT - first ? Long.MAX_VALUE : first + timeout;
        balancer.arrive(attempt, deadline);
    }

    // ---- capacity ----

    /**
     * Launches or scales in until the members match desired capacity (protected instances are
     * never scaled in, so the group may stay above it), then resizes the warm pool.
     */
    void reconcile() {
        if (reconciling) {
            reconcileAgain = true;
            return;
        }
        reconciling = true;
        try {
            do {
                reconcileAgain = false;
                while (members.units() < target()) { // with weights the last launch may overshoot (AWS does)
                    Instance warm = pool == null ? null : pool.takeReady(members.zoneCounts());
                    if (warm != null) {
                        lifecycle.startFromPool(warm);
                    } else {
                        Placement where = spot.planner().next(members, size.desired());
                        if (where == null) {
                            break; // no Spot capacity anywhere: retried when an outage ends
                        }
                        lifecycle.launch(where);
                    }
                }
                while (members.units() > target()) {
                    Instance victim = spot.planner().scaleInVictim(members, size.desired(), selector, scheduler.now());
                    if (victim == null || members.units() - victim.weight() < target()) {
                        break; // never below desired capacity: a weighted group keeps its overage
                    }
                    members.left(victim);
                    boolean toPool = pool != null && pool.spec().reuseOnScaleIn() && victim.state == InstanceState.IN_SERVICE;
                    if (toPool) {
                        pool.expectReturn();
                    }
                    lifecycle.scaleIn(victim, toPool);
                }
                if (pool != null) {
                    pool.adjust(size.desired(), size.max());
                }
            } while (reconcileAgain);
        } finally {
            reconciling = false;
        }
    }

    /** Members wanted: desired capacity plus Capacity Rebalancing replacements still launching. */
    private int target() {
        return size.desired() + spot.replacementsInProgress();
    }

    void poolChanged() {
        if (pool != null && !reconciling) {
            pool.adjust(size.desired(), size.max());
        }
    }

    /** Health checks found member {@code i} unhealthy: terminate and replace it (no cooldown). */
    void replaceUnhealthy(Instance i) {
        members.left(i);
        metrics.countReplacement();
        lifecycle.terminateUnhealthy(i);
        reconcile();
    }

    GroupMembers members() {
        return members;
    }

    // ---- capacity, as the ScalableTarget face shows it ----

    /** What scaling policies see of this group and change in it. */
    public ScalableTarget scalableTarget() {
        return target;
    }

    int min() {
        return size.min();
    }

    int max() {
        return size.max();
    }

    int desired() {
        return size.desired();
    }

    /** Capacity units of the Pending and InService members (their count without weights). */
    int current() {
        return members.units();
    }

    /** InService members whose warm-up of {@code warmupMicros} has not ended. */
    int warming(long warmupMicros) {
        return members.warming(warmupMicros);
    }

    Ec2AsgSpec spec() {
        return spec;
    }

    /**
     * The warm-up that keeps new instances out of the CPU aggregate: DefaultInstanceWarmup, or
     * DefaultCooldown when it is unset (aws-behaviour.md 2.5).
     */
    public long metricWarmupMicros() {
        long w = spec.defaultInstanceWarmupMicros();
        return w >= 0 ? w : spec.defaultCooldown().micros();
    }

    boolean activityInProgress() {
        return members.activityInProgress();
    }

    long lastActivityEndedAt() {
        return members.lastActivityEndedAt();
    }

    /** Sets desired capacity clamped into [min, max]; records an activity if it changed. */
    int setDesired(int newDesired, String policy, String reason) {
        return size.setDesired(newDesired, policy, reason);
    }

    /** Sets any of min, max, desired (null: unchanged); desired is clamped into the new range. */
    void setLimits(Integer newMin, Integer newMax, Integer newDesired, String policy, String reason) {
        size.setLimits(newMin, newMax, newDesired, policy, reason);
    }

    MetricSeries metric(ScalingMetric metric, long periodMicros, int retainedPeriods) {
        return metrics.series(metric, periodMicros, retainedPeriods);
    }

    /** Streams every closed one-minute period of {@code metric} to {@code listener}. */
    public void addPeriodListener(ScalingMetric metric, PeriodListener listener) {
        metrics.addPeriodListener(metric, listener);
    }

    /** Closes every metric period that ended at or before {@code time} (end-of-run flush). */
    public void advanceMetricsTo(long time) {
        metrics.advanceTo(time);
    }

    /** Every change of desired capacity so far, in order. */
    public List<ScalingActivity> activities() {
        return size.activities();
    }

    @Override
    public List<ScalingActivity> scalingActivities() {
        return activities();
    }

    // ---- Fleet ----

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return "ec2-asg";
    }

    @Override
    public double desiredCapacity() {
        return size.desired();
    }

    /** Capacity units in service now (instances without weights). */
    @Override
    public double capacity() {
        return metrics.inService();
    }

    @Override
    public void startMeasurement(long time) {
        results.startMeasurement(time);
    }

    @Override
    public void endMeasurement(long time) {
        results.endMeasurement(time, lifecycle.alive());
    }

    @Override
    public void bill(CostLedger ledger) {
        results.bill(ledger);
    }

    @Override
    public void report(ResultValues out) {
        results.report(out);
    }

    @Override
    public void sampleMinute(MinuteGauges gauges) {
        results.sampleMinute(gauges, members, pool);
    }

    // ---- inspection (tests, the lead's wiring) ----

    /** The first instance type: the On-Demand one, and the warm pool's. */
    public InstanceType instanceType() {
        return type;
    }

    /** Billed Spot instance time at the Spot price, in the window. */
    public double spotUsd() {
        return billing.spotUsd();
    }

    public double spotSavingsUsd() {
        return billing.spotSavingsUsd();
    }

    /** Members now: Pending and InService instances. */
    public List<Instance> instances() {
        return List.copyOf(members.list());
    }

    /** Instances in the warm pool now (being prepared or ready); empty without a pool. */
    public List<Instance> warmPoolInstances() {
        return pool == null ? List.of() : List.copyOf(pool.instances());
    }

    /** Every instance not yet terminated: members, warm pool, and instances draining or in a terminate hook. */
    public List<Instance> liveInstances() {
        return List.copyOf(lifecycle.alive());
    }

    /** Members in each Availability Zone. */
    public int[] zoneCounts() {
        return members.zoneCounts().clone();
    }

    /** Instances in service and registered with the load balancer. */
    public int registeredTargets() {
        return balancer.registeredTargets();
    }

    /** Requests waiting in instance queues and in the balancer's queue. */
    public int waitingRequests() {
        return metrics.waiting();
    }

    /** Billed On-Demand instance-hours and EBS charges so far in the window (final after endMeasurement). */
    public double onDemandUsd() {
        return billing.onDemandUsd();
    }

    public double ebsUsd() {
        return billing.ebsUsd();
    }

    public double instanceHours() {
        return billing.instanceHours();
    }

    public double meanWaitMicros() {
        return metrics.meanWaitMicros();
    }

    public double waitProbability() {
        return metrics.waitProbability();
    }

    @Override
    public String toString() {
        return "AutoScalingGroup[" + name + ", " + size + ", members="
                + members.size() + ", in service=" + metrics.inService() + "]";
    }
}

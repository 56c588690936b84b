package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.PeriodListener;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scaling.ScalingMetric;
import dev.fleetsim.models.scenario.LoadBalancerSpec;
import dev.fleetsim.models.workload.Workload;
import java.util.function.Consumer;

/**
 * Request serving shared with fleets outside this package (ECS tasks on Fargate): the load
 * balancer's target group, the per-target servers (slots and a bounded queue, as on an instance)
 * and the CloudWatch-style metric series, driven through a small lifecycle of targets. A target
 * is an {@link Instance} used as a serving unit; its owner keeps its own state and calls:
 * <ol>
 *   <li>{@link #newTarget} when it is created (not serving, not counted);</li>
 *   <li>{@link #running} when it runs: it counts as capacity and in the CPU and memory aggregates
 *       (as ECS averages over its RUNNING tasks), but gets no traffic yet;</li>
 *   <li>{@link #healthy} when the balancer's health checks pass: it takes traffic;</li>
 *   <li>{@link #deregister} to drain it (deregistration delay), or {@link #kill} to cut what it
 *       holds at once; the drain listener hears when either is over.</li>
 * </ol>
 * Serving is the EC2 code itself ({@link InstanceServer}, {@link LoadBalancer},
 * {@link GroupMetrics}), so both fleets behave alike per request.
 */
public final class ServingPool {
    private final Scheduler scheduler;
    private final RequestStats stats;
    private final GroupMetrics metrics;
    private final LoadBalancer balancer;
    private final int queueLimit;

    /**
     * @param queueLimit requests a target may hold beyond its busy slots
     * @param drained    told when a deregistered or killed target holds nothing more
     */
    public ServingPool(Scheduler scheduler, RequestStats stats, LoadBalancerSpec lb, int queueLimit,
            Consumer<Instance> drained) {
        this.scheduler = scheduler;
        this.stats = stats;
        this.queueLimit = queueLimit;
        this.metrics = new GroupMetrics(scheduler, stats);
        this.balancer = new LoadBalancer(scheduler, stats, metrics, lb, false);
        balancer.onDrained(drained::accept);
    }

    /**
     * A new serving unit of {@code type} with {@code slots} request slots; requests take their
     * demand divided by the type's speed.
     */
    public Instance newTarget(int id, InstanceType type, int slots) {
        return new Instance(id, 0, scheduler.now(), InstanceState.PENDING, type, null,
                owner -> new InstanceServer(owner, scheduler, stats, metrics, balancer, type.speed(), slots, queueLimit));
    }

    /** {@code t} runs: it counts as capacity and in the CPU and memory aggregates from now on. */
    public void running(Instance t) {
        t.state = InstanceState.IN_SERVICE;
        t.inServiceAt = scheduler.now();
        metrics.enteredService(t);
        metrics.eligible(t);
    }

    /** {@code t}'s load-balancer health checks passed: route to it. */
    public void healthy(Instance t) {
        balancer.register(t);
    }

    /**
     * Stops routing to {@code t} and lets it finish its in-flight requests within the
     * deregistration delay; it leaves the capacity count now.
     */
    public void deregister(Instance t) {
        leave(t);
        t.state = InstanceState.TERMINATING;
        balancer.deregister(t);
    }

    /**
     * {@code t} is stopped now (SIGKILL): whatever it still holds is lost, counted as interrupted
     * if {@code interrupted} (Spot), as dropped otherwise. A drain in progress ends now.
     */
    public void kill(Instance t, boolean interrupted) {
        leave(t);
        balancer.markUnhealthy(t);
        t.server.cutAll(interrupted);
        if (t.draining) {
            balancer.requestsLeft(t, 0); // nothing left: the drain is over
        }
        t.state = InstanceState.TERMINATED;
    }

    private void leave(Instance t) {
        if (t.state == InstanceState.IN_SERVICE) {
            metrics.leftService(t);
        }
    }

    /** A request arrives now with {@code serviceMicros} of work; the client gives up after {@code timeoutMicros}. */
    public void arrive(long serviceMicros, long timeoutMicros) {
        long now = scheduler.now();
        stats.arrived(now);
        long deadline = timeoutMicros >= Workload.NO_TIMEOUT - now ? Long.MAX_VALUE : now + timeoutMicros;
        balancer.arrive(serviceMicros, deadline);
    }

    /** Sets the memory model (see {@link GroupMetrics#memoryModel}); without one, no memory datapoints. */
    public void memoryModel(double basePercent, double perRequestPercent) {
        metrics.memoryModel(basePercent, perRequestPercent);
    }

    public MetricSeries series(ScalingMetric metric, long periodMicros, int retainedPeriods) {
        metrics.advanceTo(scheduler.now());
        return metrics.series(metric, periodMicros, retainedPeriods);
    }

    public void addPeriodListener(ScalingMetric metric, PeriodListener listener) {
        metrics.addPeriodListener(metric, listener);
    }

    /** Closes every metric period that ended by {@code time}. */
    public void advanceTo(long time) {
        metrics.advanceTo(time);
    }

    /** Running targets (healthy or not). */
    public int running() {
        return metrics.inService();
    }

    /** Targets taking traffic. */
    public int healthyTargets() {
        return balancer.registeredTargets();
    }

    public void startMeasurement(long time) {
        metrics.startMeasurement(time);
    }

    public void endMeasurement(long time) {
        metrics.advanceTo(time);
        metrics.endMeasurement(time);
    }

    /**
     * Adds the window's serving statistics under {@code [fleets, NAME, …]}: mean and peak running
     * targets, utilisation, waits, and requests dropped and interrupted.
     */
    public void report(ResultValues out, String name) {
        metrics.reportServing(out, name);
        out.put(metrics.droppedInWindow(), "fleets", name, "dropped");
        out.put(metrics.interruptedInWindow(), "fleets", name, "interrupted");
    }
}

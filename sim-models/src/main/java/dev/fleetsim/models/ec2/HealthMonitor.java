package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.distribution.DurationSampler;
import dev.fleetsim.models.scenario.Ec2AsgSpec;
import dev.fleetsim.models.scenario.Ec2FailuresSpec;
import dev.fleetsim.models.scenario.LoadBalancerSpec;
import umontreal.ssj.rng.RandomStream;

/**
 * Instance failures and health checks (aws-behaviour.md 2.6, modelling choice M6).
 *
 * <p>An in-service instance fails after an exponential time (mean {@code mtbf}, drawn from the
 * group's {@code failures/NAME} stream when it enters service). A failed instance answers
 * nothing: its in-flight and queued requests are lost (dropped) and so is every request routed to
 * it until the balancer notices; its CPU leaves the group aggregate.
 *
 * <ul>
 *   <li>The balancer checks each target every {@code health_check_interval} from the moment it
 *       entered service and stops routing to it at the {@code unhealthy_threshold}-th failed
 *       check.</li>
 *   <li>EC2 status checks run every {@code status_check_interval} from launch and fail at the
 *       {@code unhealthy_checks}-th failed one. With {@code health_check_type: elb} the group
 *       also acts on the balancer's verdict. The group marks the instance unhealthy at the first
 *       verdict of an enabled check, but not before the health-check grace period (from entering
 *       service) is over: the failure leaves the instance {@code running}, and the user guide
 *       holds back every check of a running instance during the grace period (aws-behaviour.md
 *       2.6 paraphrases it more narrowly as ELB and custom checks only).</li>
 *   <li>The group starts the replacement {@code replacement_delay} after marking it unhealthy:
 *       the instance is terminated (no draining: nothing is in flight) and the group launches a
 *       new one to restore desired capacity, without waiting for any cooldown.</li>
 * </ul>
 */
final class HealthMonitor {
    /** Told when the group should replace an unhealthy instance. */
    @FunctionalInterface
    interface Replacer {
        void replaceUnhealthy(Instance i);
    }

    private final Scheduler scheduler;
    private final GroupMetrics metrics;
    private final LoadBalancer balancer;
    private final Replacer replacer;
    private final double mtbfMicros;
    private final long ec2Interval;
    private final int ec2Checks;
    private final long elbInterval;
    private final int elbChecks;
    private final boolean actOnElb;
    private final long graceMicros;
    private final DurationSampler replacementDelay;
    private final RandomStream stream;

    /** A monitor for {@code spec}; with no {@code failures} block, instances never fail. */
    HealthMonitor(Scheduler scheduler, GroupMetrics metrics, LoadBalancer balancer, Replacer replacer, Ec2AsgSpec spec,
            DurationSampler replacementDelay, RandomStream stream) {
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.balancer = balancer;
        this.replacer = replacer;
        Ec2FailuresSpec f = spec.failures();
        LoadBalancerSpec lb = spec.loadBalancer();
        this.mtbfMicros = f == null ? 0 : f.mtbf().micros();
        this.ec2Interval = f == null ? 0 : f.statusCheckInterval().micros();
        this.ec2Checks = f == null ? 0 : f.unhealthyChecks();
        this.elbInterval = lb.healthCheckInterval().micros();
        this.elbChecks = lb.unhealthyThreshold();
        this.actOnElb = spec.healthCheckType() == Ec2AsgSpec.HealthCheckType.ELB;
        this.graceMicros = spec.healthCheckGrace().micros();
        this.replacementDelay = replacementDelay;
        this.stream = stream;
    }

    /** {@code i} entered service: draw its time to failure. */
    void watch(Instance i) {
        if (mtbfMicros == 0) {
            return;
        }
        double u = stream.nextDouble();
        double ttf = -Math.log1p(-u) * mtbfMicros;
        if (ttf < Long.MAX_VALUE / 4.0) {
            i.failureHandle = scheduler.scheduleAfter(Math.round(ttf), () -> fail(i));
        }
    }

    /** {@code i} leaves service: it can no longer fail. */
    void unwatch(Instance i) {
        if (i.failureHandle != Scheduler.NO_HANDLE) {
            scheduler.cancel(i.failureHandle);
            i.failureHandle = Scheduler.NO_HANDLE;
        }
    }

    /** {@code i} fails now (package-private so tests can fail a chosen instance at a chosen time). */
    void fail(Instance i) {
        if (i.state != InstanceState.IN_SERVICE || i.impaired) {
            return;
        }
        unwatch(i);
        long now = scheduler.now();
        i.impaired = true;
        metrics.countFailure();
        metrics.notEligible(i);
        balancer.cut(i);
        long elbDetect = detection(i.inServiceAt, elbInterval, elbChecks, now);
        long ec2Detect = detection(i.launchTime, ec2Interval, ec2Checks, now);
        // The user guide: the grace period is the minimum time a new instance stays in service
        // before it is terminated for failing a health check, and the group waits for it before
        // checking. A modelled failure leaves the instance `running` (impaired), so the grace period
        // holds back every enabled check, EC2 status checks included; only an instance that leaves
        // `running` would be marked unhealthy at once, and no modelled failure does.
        long detected = actOnElb ? Math.min(ec2Detect, elbDetect) : ec2Detect;
        long unhealthy = Math.max(detected, i.inServiceAt + graceMicros);
        scheduler.scheduleAt(elbDetect, () -> balancer.markUnhealthy(i));
        scheduler.scheduleAt(unhealthy + replacementDelay.sampleMicros(), () -> {
            if (i.state == InstanceState.IN_SERVICE && i.impaired) {
                replacer.replaceUnhealthy(i);
            }
        });
    }

    /**
     * When checks every {@code interval} from {@code origin} first see {@code failures}
     * consecutive failures of a failure at {@code failedAt}: the checks strictly after it fail.
     */
    static long detection(long origin, long interval, int failures, long failedAt) {
        long k = Math.floorDiv(failedAt - origin, interval) + 1;
        return origin + (k + failures - 1) * interval;
    }
}

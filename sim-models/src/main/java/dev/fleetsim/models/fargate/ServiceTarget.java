package dev.fleetsim.models.fargate;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.PeriodListener;
import dev.fleetsim.models.scaling.ScalableTarget;
import dev.fleetsim.models.scaling.ScalingMetric;
import dev.fleetsim.models.scenario.ScalingPolicySpec.ActionDelay;

/**
 * An ECS service as Application Auto Scaling sees it (scalable dimension
 * {@code ecs:service:DesiredCount}, aws-behaviour.md 5.3), with ECS's cooldown semantics:
 * <ul>
 *   <li>Scale-out cooldown: tasks launched within it count as in flight (the policies' warm-up
 *       defaults to it), so capacity just added counts toward the next decision and only a bigger
 *       scale-out goes ahead; scale-in waits for it.</li>
 *   <li>Scale-in cooldown: a scale-in within it of the previous scale-in is refused; a scale-out
 *       ends it.</li>
 * </ul>
 * Scheduled actions ({@link #setLimits}) ignore cooldowns.
 */
final class ServiceTarget implements ScalableTarget {
    private final FargateService service;
    private final Scheduler scheduler;
    private final long scaleInCooldown;
    private long lastScaleInAt = Long.MIN_VALUE;
    private boolean inProgress;
    private long lastActivityEndedAt = Long.MIN_VALUE;

    ServiceTarget(FargateService service, Scheduler scheduler, long scaleInCooldownMicros) {
        this.service = service;
        this.scheduler = scheduler;
        this.scaleInCooldown = scaleInCooldownMicros;
    }

    @Override
    public String name() {
        return service.name();
    }

    @Override
    public int minCapacity() {
        return service.min();
    }

    @Override
    public int maxCapacity() {
        return service.max();
    }

    @Override
    public int desiredCapacity() {
        return service.desired();
    }

    @Override
    public int currentCapacity() {
        return service.live(-1);
    }

    /** Running tasks launched within {@code warmupMicros} (the scale-out cooldown by default); not those serving at the start. */
    @Override
    public int warmingCapacity(long warmupMicros) {
        long since = scheduler.now() - warmupMicros;
        int n = 0;
        for (FargateTask t : service.tasks()) {
            if (t.live() && t.state == FargateTask.State.RUNNING && !t.initial && t.launchedAt > since) {
                n++;
            }
        }
        return n;
    }

    @Override
    public int inServiceCapacity() {
        int n = 0;
        for (FargateTask t : service.tasks()) {
            if (t.live() && t.state == FargateTask.State.RUNNING) {
                n++;
            }
        }
        return n;
    }

    @Override
    public long defaultWarmupMicros() {
        return service.scaleOutCooldownMicros();
    }

    @Override
    public long defaultCooldownMicros() {
        return service.scaleOutCooldownMicros();
    }

    /** Application Auto Scaling: scheduled actions run "a few seconds" late (aws-behaviour.md 2.8). */
    @Override
    public ActionDelay defaultScheduledActionDelay() {
        return ActionDelay.M7.APPLICATION_AUTO_SCALING;
    }

    @Override
    public boolean activityInProgress() {
        return busy();
    }

    @Override
    public long lastActivityEndedAt() {
        return lastActivityEndedAt;
    }

    /** Tasks still starting or stopping, or the count away from desired. */
    private boolean busy() {
        int live = 0;
        for (FargateTask t : service.tasks()) {
            if (!t.healthy || !t.live()) {
                return true;
            }
            live++;
        }
        return live != service.desired();
    }

    /** Notes the end of an activity (for simple scaling's cooldown); called after every reconcile. */
    void checkActivity() {
        boolean now = busy();
        if (inProgress && !now) {
            lastActivityEndedAt = scheduler.now();
        }
        inProgress = now;
    }

    @Override
    public int setDesiredCapacity(int desired, String policy, String reason) {
        int current = service.desired();
        long now = scheduler.now();
        if (desired < current) {
            if (lastScaleInAt != Long.MIN_VALUE && now - lastScaleInAt < scaleInCooldown) {
                return current; // 5.3: scale-in waits for its cooldown
            }
            lastScaleInAt = now;
        } else if (desired > current) {
            lastScaleInAt = Long.MIN_VALUE; // a scale-out interrupts the scale-in cooldown
        }
        inProgress = true;
        return service.setDesired(desired, policy, reason);
    }

    @Override
    public void setLimits(Integer min, Integer max, Integer desired, String policy, String reason) {
        inProgress = true;
        service.setLimits(min, max, desired, policy, reason);
    }

    @Override
    public MetricSeries metric(ScalingMetric metric) {
        return service.metric(metric, MetricSeries.DEFAULT_PERIOD, 1);
    }

    @Override
    public MetricSeries metric(ScalingMetric metric, long periodMicros, int retainedPeriods) {
        return service.metric(metric, periodMicros, retainedPeriods);
    }

    @Override
    public void addPeriodListener(ScalingMetric metric, PeriodListener listener) {
        service.addPeriodListener(metric, listener);
    }
}

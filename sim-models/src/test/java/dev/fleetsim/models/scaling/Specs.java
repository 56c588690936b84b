package dev.fleetsim.models.scaling;

import dev.fleetsim.models.scenario.ScalingPolicySpec;
import dev.fleetsim.models.scenario.ScalingPolicySpec.ActionDelay;
import dev.fleetsim.models.scenario.ScalingPolicySpec.AlarmSpec;
import dev.fleetsim.models.scenario.ScalingPolicySpec.StepAdjustment;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.List;

/** Short spellings of policy specs for tests. */
final class Specs {
    private Specs() {}

    static ScalingPolicySpec.TargetTracking tt(ScalingMetric metric, double target) {
        return new ScalingPolicySpec.TargetTracking(metric, target);
    }

    static ScalingPolicySpec.TargetTracking tt(String name, ScalingMetric metric, double target, boolean disableScaleIn,
            SimDuration period) {
        return new ScalingPolicySpec.TargetTracking(name, metric, target, disableScaleIn, null, period, null, null, null);
    }

    static AlarmSpec alarm(AlarmComparison comparison, double threshold, int n) {
        return new AlarmSpec(comparison, threshold, n, null, null, null);
    }

    static StepAdjustment step(Double lower, Double upper, int adjustment) {
        return new StepAdjustment(lower, upper, adjustment);
    }

    static ScalingPolicySpec.Step stepPolicy(AlarmSpec alarm, AdjustmentType type, Integer minMagnitude,
            StepAdjustment... steps) {
        return new ScalingPolicySpec.Step(null, ScalingMetric.CPU, null, alarm, type, List.of(steps), minMagnitude, null);
    }

    static ScalingPolicySpec.Simple simple(AlarmSpec alarm, int adjustment, SimDuration cooldown) {
        return new ScalingPolicySpec.Simple(null, ScalingMetric.CPU, null, alarm, null, adjustment, null, cooldown);
    }

    static ScalingPolicySpec.Scheduled cron(String name, String cron, String zone, Integer min, Integer max, Integer desired,
            ActionDelay delay) {
        return new ScalingPolicySpec.Scheduled(name, cron, null, zone, null, null, min, max, desired, delay);
    }

    static ScalingPolicySpec.Scheduled once(String name, SimDuration at, Integer desired, ActionDelay delay) {
        return new ScalingPolicySpec.Scheduled(name, null, at, null, null, null, null, null, desired, delay);
    }
}

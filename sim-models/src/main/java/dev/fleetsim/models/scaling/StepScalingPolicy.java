package dev.fleetsim.models.scaling;

import dev.fleetsim.core.metrics.AlarmState;
import dev.fleetsim.core.metrics.MetricAlarm;
import dev.fleetsim.models.scenario.ScalingPolicySpec;

/**
 * Step scaling (aws-behaviour.md §2.3, §2.5; M5). While the alarm is in ALARM the policy runs at
 * every evaluation (M5: every 60 s, or 10 s for high-resolution alarms): the latest visible
 * datapoint, aggregated with the policy's statistic, picks the step by its distance from the
 * threshold, and the step's adjustment is applied as {@link Adjustment#propose} describes:
 * scale-out relative to desired capacity less the units still in flight (so warming instances
 * count toward capacity and a repeated breach in the same step adds nothing), scale-in relative
 * to desired capacity and only when nothing is warming. No cooldown: EC2 step policies use
 * warm-up instead.
 */
final class StepScalingPolicy implements DynamicPolicy {
    private final String name;
    private final ScalableTarget target;
    private final MetricFeed feed;
    private final ScalingPolicySpec.Step spec;
    private final StepTable steps;
    private final MetricAlarm alarm;
    private final long warmupMicros;
    private final int minMagnitude;

    StepScalingPolicy(String name, ScalableTarget target, MetricFeed feed, ScalingPolicySpec.Step spec, long warmupMicros) {
        this.name = name;
        this.target = target;
        this.feed = feed;
        this.spec = spec;
        this.steps = new StepTable(spec.steps());
        this.alarm = PolicyAlarm.build(spec.alarm(), spec.statistic(), feed);
        this.warmupMicros = warmupMicros;
        this.minMagnitude = spec.minAdjustmentMagnitude() == null ? 0 : spec.minAdjustmentMagnitude();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public MetricFeed feed() {
        return feed;
    }

    @Override
    public Proposal evaluate(long now, long lastCapacityChangeAt) {
        if (alarm.evaluate(now) != AlarmState.ALARM) {
            return Proposal.NONE;
        }
        long p = feed.latestVisiblePeriod(now, alarm.evaluationRange());
        if (p == MetricFeed.NONE) {
            return Proposal.NONE; // in ALARM on filled (missing) datapoints: no value to pick a step with
        }
        double value = feed.series().datapoint(p, spec.statistic().statistic());
        double difference = value - spec.alarm().threshold();
        boolean upper = spec.alarm().comparison().upper();
        int step = steps.select(difference, upper);
        if (step < 0) {
            return Proposal.NONE;
        }
        String why = PolicyAlarm.describe(feed, alarm, spec.alarm(), value) + ", step " + steps.describe(step, difference, upper);
        return Adjustment.propose(name, spec.adjustmentType(), steps.adjustment(step), minMagnitude,
                CapacityView.of(target, warmupMicros), true, why);
    }
}

package dev.fleetsim.models.scaling;

import dev.fleetsim.core.metrics.MetricAlarm;
import dev.fleetsim.models.scenario.ScalingPolicySpec.AlarmSpec;

/** Builds the user-defined CloudWatch alarm of a step or simple policy from its spec. */
final class PolicyAlarm {
    private PolicyAlarm() {}

    static MetricAlarm build(AlarmSpec a, PolicyStatistic statistic, MetricFeed feed) {
        return MetricAlarm.on(feed.series())
                .statistic(statistic.statistic())
                .threshold(a.comparison().operator(), a.threshold())
                .evaluationPeriods(a.evaluationPeriods())
                .datapointsToAlarm(a.datapointsToAlarm())
                .treatMissingData(a.treatMissingData().treatment())
                .datapointLag(feed.lag())
                .build();
    }

    /** The evaluation range the alarm reads, i.e. what its series must retain. */
    static int requiredRange(AlarmSpec a) {
        return MetricAlarm.defaultEvaluationRange(a.evaluationPeriods());
    }

    /** "cpu 85 >= 70 (3 of 3)": why the alarm is in ALARM, for reasons. */
    static String describe(MetricFeed feed, MetricAlarm alarm, AlarmSpec a, double value) {
        return feed.metric() + " " + Texts.number(value) + " " + a.comparison() + " " + Texts.number(a.threshold())
                + " (" + alarm.datapointsToAlarm() + " of " + alarm.evaluationPeriods() + ")";
    }
}

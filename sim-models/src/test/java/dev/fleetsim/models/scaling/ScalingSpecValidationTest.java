package dev.fleetsim.models.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.scenario.Ec2AsgSpec;
import dev.fleetsim.models.scenario.Findings;
import dev.fleetsim.models.scenario.ScalingPolicySpec;
import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioProblem;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scaling specs through the loader: one-line "expected ..., found ..." messages at the exact
 * field, and the shapes that bind. The fleet around the policy is a minimal ec2-asg; a problem
 * elsewhere in it does not hide ours (we look ours up among all problems).
 */
class ScalingSpecValidationTest {

    /** A scenario whose only fleet has {@code scaling: [policy]}; the policy is on line 12, from column 9. */
    static String scenario(String policy) {
        return """
                name: t
                horizon: 1h
                workloads:
                  - {name: w, arrivals: {type: poisson, rate: 1/s}, service_time: {type: constant, value: 10ms}, target: web}
                fleets:
                  - name: web
                    type: ec2-asg
                    instance_types: [{type: c6g.large}]
                    capacity: {min: 1, max: 10, desired: 2}
                    default_instance_warmup: 60s
                    scaling:
                      - %s
                """.formatted(policy);
    }

    /** The one-line problem reported at {@code path} (relative to the policy) for {@code policy}. */
    private static String problem(String policy, String path) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load("s.yaml", scenario(policy)));
        String full = "fleets[0].scaling[0]" + path;
        for (ScenarioProblem p : e.problems()) {
            if (p.path().equals(full)) {
                assertTrue(!p.oneLine().contains("\n"));
                return p.oneLine();
            }
        }
        throw new AssertionError("no problem at " + full + " among " + e.problems());
    }

    private static List<ScalingPolicySpec> load(String policy) {
        ScenarioSpec s = new ScenarioLoader().load("s.yaml", scenario(policy));
        return ((Ec2AsgSpec) s.fleets().get(0)).scaling();
    }

    private static final String STEP = "{type: step, metric: cpu, alarm: {comparison: \">=\", threshold: 70, evaluation_periods: 3}, ";

    @Test
    void stepAndSimpleAlarmsOnRequestCountTakeOneMinuteOrMore() {
        String message = problem("{type: simple, metric: request_count_per_target, alarm: {comparison: \">\", threshold: 900, "
                + "period: 10s}, adjustment: 1}", ".alarm.period");
        assertTrue(message.endsWith("fleets[0].scaling[0].alarm.period: expected 60s or more with request_count_per_target "
                + "(ALB publishes its metrics every 60 s, so a shorter alarm period has no data), found 10s"), message);
        assertEquals(1, load("{type: simple, metric: request_count_per_target, alarm: {comparison: \">\", threshold: 900, "
                + "period: 5m}, adjustment: 1}").size(), "a period of a minute or more is fine");
        assertEquals(1, load(STEP.replace("evaluation_periods: 3", "evaluation_periods: 3, period: 10s")
                + "steps: [{lower: 0, adjustment: 1}]}").size(), "cpu keeps high-resolution alarms");
    }

    @Test
    void theDocumentedShapesBind() {
        List<ScalingPolicySpec> specs = new java.util.ArrayList<>();
        specs.addAll(load("{type: target-tracking, metric: cpu, target: 50, disable_scale_in: false, warmup: 300s, metric_period: 60s}"));
        specs.addAll(load(STEP + "statistic: maximum, adjustment_type: percent-change-in-capacity, "
                + "steps: [{lower: 0, upper: 20, adjustment: 10}, {lower: 20, adjustment: 30}], min_adjustment_magnitude: 2, warmup: 300s}"));
        specs.addAll(load("{type: simple, metric: request_count_per_target, alarm: {comparison: \"<\", threshold: 100, "
                + "evaluation_periods: 5, datapoints_to_alarm: 4, period: 5m, treat_missing_data: not_breaching}, "
                + "adjustment_type: exact-capacity, adjustment: 2, cooldown: 300s}"));
        specs.addAll(load("{type: scheduled, name: morning, cron: \"0 7 * * MON-FRI\", time_zone: America/New_York, "
                + "start: 0s, end: 14d, min: 4, max: 40, desired: 10, delay: {type: m7, typical_max: 10s}}"));
        specs.addAll(load("{type: scheduled, at: 2d, desired: 10, delay: {type: none}}"));
        ScalingPolicySpec.TargetTracking tt = (ScalingPolicySpec.TargetTracking) specs.get(0);
        assertEquals(3, tt.scaleOutDatapoints());
        assertEquals(15, tt.scaleInDatapoints());
        assertEquals(0.9, tt.scaleInRatio().value());
        ScalingPolicySpec.Step step = (ScalingPolicySpec.Step) specs.get(1);
        assertEquals(PolicyStatistic.MAXIMUM, step.statistic());
        assertEquals(3, step.alarm().datapointsToAlarm());
        assertEquals(MissingData.MISSING, step.alarm().treatMissingData());
        ScalingPolicySpec.Simple simple = (ScalingPolicySpec.Simple) specs.get(2);
        assertEquals(AlarmComparison.LESS, simple.alarm().comparison());
        assertEquals(300_000_000L, simple.alarm().period().micros());
        ScalingPolicySpec.Scheduled morning = (ScalingPolicySpec.Scheduled) specs.get(3);
        assertEquals("America/New_York", morning.zone().getId());
        assertInstanceOf(ScalingPolicySpec.ActionDelay.M7.class, morning.delay());
        assertInstanceOf(ScalingPolicySpec.ActionDelay.None.class, ((ScalingPolicySpec.Scheduled) specs.get(4)).delay());
        assertEquals("scheduled-0", specs.get(4).nameOr(0));
        assertEquals("target-tracking-cpu", specs.get(0).nameOr(0));
    }

    @Test
    void overlappingSteps() {
        assertEquals("s.yaml:12:147: fleets[0].scaling[0].steps[1].lower: expected a lower bound of 20 (where steps[0] ends), "
                + "found 10, which overlaps steps[0]",
                problem(STEP + "steps: [{lower: 0, upper: 20, adjustment: 1}, {lower: 10, adjustment: 3}]}", ".steps[1].lower"));
    }

    @Test
    void gapBetweenSteps() {
        assertEquals("s.yaml:12:147: fleets[0].scaling[0].steps[1].lower: expected a lower bound of 20 (where steps[0] ends), "
                + "found 30, which leaves a gap from 20 to 30",
                problem(STEP + "steps: [{lower: 0, upper: 20, adjustment: 1}, {lower: 30, adjustment: 3}]}", ".steps[1].lower"));
    }

    @Test
    void stepsWrittenOutOfOrderAreCheckedInOrderOfBounds() {
        // Fine: [20, inf) and [0, 20) cover [0, inf) without gaps.
        assertEquals(1, load(STEP + "steps: [{lower: 20, adjustment: 3}, {lower: 0, upper: 20, adjustment: 1}]}").size());
    }

    @Test
    void openBounds() {
        assertEquals("s.yaml:12:108: fleets[0].scaling[0].steps[0]: expected a lower or an upper bound (a step cannot be "
                + "open at both ends), found neither", problem(STEP + "steps: [{adjustment: 1}]}", ".steps[0]"));
        assertEquals("s.yaml:12:135: fleets[0].scaling[0].steps[1].upper: expected at most one step without an upper bound, "
                + "found a second one (steps[0] has none)",
                problem(STEP + "steps: [{lower: 0, adjustment: 1}, {lower: 20, adjustment: 3}]}", ".steps[1].upper"));
        assertEquals("s.yaml:12:120: fleets[0].scaling[0].steps[0].upper: expected an upper bound above the lower bound (20), "
                + "found 10", problem(STEP + "steps: [{lower: 20, upper: 10, adjustment: 1}]}", ".steps[0].upper"));
        assertEquals("s.yaml:12:100: fleets[0].scaling[0].steps: expected at least one step {lower, upper, adjustment}, "
                + "found none", problem(STEP + "steps: []}", ".steps"));
    }

    @Test
    void alarmFields() {
        assertEquals("s.yaml:12:43: fleets[0].scaling[0].alarm.comparison: expected one of >=, >, <=, <, found '=>' "
                + "(did you mean '>='?)", problem("{type: step, metric: cpu, alarm: {comparison: \"=>\", threshold: 70}, "
                        + "steps: [{lower: 0, adjustment: 1}]}", ".alarm.comparison"));
        assertEquals("s.yaml:12:98: fleets[0].scaling[0].alarm.datapoints_to_alarm: expected an integer from 1 to "
                + "evaluation_periods (3), found 4", problem("{type: step, metric: cpu, alarm: {comparison: \">\", threshold: 70, "
                        + "evaluation_periods: 3, datapoints_to_alarm: 4}, steps: [{lower: 0, adjustment: 1}]}",
                ".alarm.datapoints_to_alarm"));
        assertEquals("s.yaml:12:75: fleets[0].scaling[0].alarm.period: expected a period of 10s, 30s or a multiple of 60s, "
                + "found 90s", problem("{type: step, metric: cpu, alarm: {comparison: \">\", threshold: 70, period: 90s}, "
                        + "steps: [{lower: 0, adjustment: 1}]}", ".alarm.period"));
        assertEquals("s.yaml:12:75: fleets[0].scaling[0].alarm.evaluation_periods: expected at most 1440 datapoints of 1m "
                + "(CloudWatch evaluates at most one day), found 2000", problem("{type: step, metric: cpu, alarm: {comparison: "
                        + "\">\", threshold: 70, evaluation_periods: 2000}, steps: [{lower: 0, adjustment: 1}]}",
                ".alarm.evaluation_periods"));
        assertEquals("s.yaml:12:37: fleets[0].scaling[0].alarm.threshold: expected a threshold, like 70, found nothing",
                problem("{type: simple, metric: cpu, alarm: {comparison: \">\"}, adjustment: 1}", ".alarm.threshold"));
    }

    @Test
    void adjustments() {
        assertEquals("s.yaml:12:136: fleets[0].scaling[0].min_adjustment_magnitude: expected min_adjustment_magnitude only "
                + "with adjustment_type percent-change-in-capacity, found it with change-in-capacity",
                problem(STEP + "steps: [{lower: 0, adjustment: 1}], min_adjustment_magnitude: 2}", ".min_adjustment_magnitude"));
        assertEquals("s.yaml:12:111: fleets[0].scaling[0].adjustment: expected a capacity >= 0 (adjustment_type "
                + "exact-capacity), found -1", problem("{type: simple, metric: cpu, alarm: {comparison: \">\", threshold: 70}, "
                        + "adjustment_type: exact-capacity, adjustment: -1}", ".adjustment"));
        assertEquals("s.yaml:12:93: fleets[0].scaling[0].adjustment_type: expected one of change-in-capacity, "
                + "percent-change-in-capacity, exact-capacity, found 'change-capacity' (did you mean 'change-in-capacity'?)",
                problem("{type: simple, metric: cpu, alarm: {comparison: \">\", threshold: 70}, adjustment: 1, "
                        + "adjustment_type: change-capacity}", ".adjustment_type"));
    }

    @Test
    void targetTrackingFields() {
        assertEquals("s.yaml:12:46: fleets[0].scaling[0].target: expected a CPU target of at most 100 (percent), found 150",
                problem("{type: target-tracking, metric: cpu, target: 150}", ".target"));
        assertEquals("s.yaml:12:33: fleets[0].scaling[0].metric: expected one of cpu, request_count_per_target, "
                + "backlog_per_instance, provisioned_concurrency_utilization, memory, found 'cpux' (did you mean 'cpu'?)",
                problem("{type: target-tracking, metric: cpux, target: 50}", ".metric"));
        assertEquals("s.yaml:12:58: fleets[0].scaling[0].metric_period: expected a period of 10s, 30s or 60s, found 45s",
                problem("{type: target-tracking, metric: cpu, target: 50, metric_period: 45s}", ".metric_period"));
        assertEquals("s.yaml:12:9: fleets[0].scaling[0].target: expected a target value, like 50, found nothing",
                problem("{type: target-tracking, metric: cpu}", ".target"));
    }

    /**
     * ALBRequestCountPerTarget is a predefined metric: AWS's PredefinedMetricSpecification has no
     * Period (only a customized metric takes 10, 30 or 60 s) and ALB publishes every 60 s, so a
     * sub-minute period with it is refused at the field, and 60 s (explicit or default) is accepted.
     */
    @Test
    void requestCountPerTargetTakesOnlyTheOneMinutePeriod() {
        assertEquals("s.yaml:12:81: fleets[0].scaling[0].metric_period: expected 60s with request_count_per_target "
                + "(ALBRequestCountPerTarget is a predefined metric with no period; ALB publishes every 60 s), found 10s",
                problem("{type: target-tracking, metric: request_count_per_target, target: 1000, metric_period: 10s}",
                        ".metric_period"));
        assertEquals("s.yaml:12:81: fleets[0].scaling[0].metric_period: expected 60s with request_count_per_target "
                + "(ALBRequestCountPerTarget is a predefined metric with no period; ALB publishes every 60 s), found 30s",
                problem("{type: target-tracking, metric: request_count_per_target, target: 1000, metric_period: 30s}",
                        ".metric_period"));
        assertEquals(60_000_000L, ((ScalingPolicySpec.TargetTracking) load(
                "{type: target-tracking, metric: request_count_per_target, target: 1000, metric_period: 60s}").get(0))
                .metricPeriod().micros());
        assertEquals(60_000_000L, ((ScalingPolicySpec.TargetTracking) load(
                "{type: target-tracking, metric: request_count_per_target, target: 1000}").get(0)).metricPeriod().micros());
        // Other metrics keep the high-resolution periods.
        assertEquals(10_000_000L, ((ScalingPolicySpec.TargetTracking) load(
                "{type: target-tracking, metric: cpu, target: 50, metric_period: 10s}").get(0)).metricPeriod().micros());
        assertEquals("s.yaml:12:58: fleets[0].scaling[0].scale_in_ratio: expected a fraction of the target > 0, like 90%, "
                + "found 0%", problem("{type: target-tracking, metric: cpu, target: 50, scale_in_ratio: 0}", ".scale_in_ratio"));
    }

    @Test
    void scheduledFields() {
        assertEquals("s.yaml:12:9: fleets[0].scaling[0]: expected a recurrence (cron: \"0 7 * * MON-FRI\") or a one-time "
                + "action (at: 2d), found neither", problem("{type: scheduled, desired: 3}", ""));
        assertEquals("s.yaml:12:46: fleets[0].scaling[0].at: expected either cron or at, found both (cron: '0 7 * * *', at: 2d)",
                problem("{type: scheduled, cron: \"0 7 * * *\", at: 2d, desired: 3}", ".at"));
        assertEquals("s.yaml:12:27: fleets[0].scaling[0].cron: expected an hour from 0 to 23, found '25' in '0 25 * * *'",
                problem("{type: scheduled, cron: \"0 25 * * *\", desired: 3}", ".cron"));
        assertEquals("s.yaml:12:46: fleets[0].scaling[0].time_zone: expected an IANA time zone like UTC or America/New_York, "
                + "found 'Europe/Berlim'", problem("{type: scheduled, cron: \"0 7 * * *\", time_zone: Europe/Berlim, desired: 3}",
                        ".time_zone"));
        assertEquals("s.yaml:12:43: fleets[0].scaling[0].max: expected a max of at least min (5), found 3",
                problem("{type: scheduled, at: 1h, min: 5, max: 3}", ".max"));
        assertEquals("s.yaml:12:9: fleets[0].scaling[0]: expected at least one of min, max and desired, found none",
                problem("{type: scheduled, at: 1h}", ""));
        assertEquals("s.yaml:12:35: fleets[0].scaling[0].time_zone: expected no time_zone with at (at is simulation time), "
                + "found 'UTC'", problem("{type: scheduled, at: 1h, time_zone: UTC, desired: 3}", ".time_zone"));
    }

    @Test
    void unknownPolicyType() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().load("s.yaml", scenario("{type: target-tracing, metric: cpu, target: 50}")));
        assertEquals("s.yaml:12:9: fleets[0].scaling[0]: unknown type 'target-tracing' (did you mean 'target-tracking'?); "
                + "expected one of: target-tracking, step, simple, scheduled, predictive", e.getMessage());
    }

    @Test
    void namesMustBeUniqueWithinTheList() {
        Findings f = new Findings();
        ScalingPolicySpec.validateAll(List.of(Specs.tt(ScalingMetric.CPU, 50), Specs.tt(ScalingMetric.CPU, 60)),
                "fleets[0].scaling", f);
        assertEquals(List.of(new Findings.Finding("fleets[0].scaling[1].name", "expected a name unique within the fleet's "
                + "scaling list, found 'target-tracking-cpu', already used by scaling[0]")), f.list());
    }
}

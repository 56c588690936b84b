package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.scaling.AdjustmentType;
import dev.fleetsim.models.scaling.AlarmComparison;
import dev.fleetsim.models.scaling.CronSchedule;
import dev.fleetsim.models.scaling.ForecasterKind;
import dev.fleetsim.models.scaling.LoadHistory;
import dev.fleetsim.models.scaling.MaxCapacityBreach;
import dev.fleetsim.models.scaling.MissingData;
import dev.fleetsim.models.scaling.PolicyStatistic;
import dev.fleetsim.models.scaling.PredictiveMode;
import dev.fleetsim.models.scaling.ScalingMetric;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A scaling policy or scheduled action of a scalable fleet, chosen by its {@code type}. The
 * records hold what the user wrote and check it; {@code dev.fleetsim.models.scaling.ScalingPolicies}
 * builds the running policies. Fields, units, defaults and the modelling rules are in
 * {@code docs/models.md (Scaling)}; the AWS rules are aws-behaviour.md §1 and §2.2–2.9.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ScalingPolicySpec.TargetTracking.class, name = "target-tracking"),
    @JsonSubTypes.Type(value = ScalingPolicySpec.Step.class, name = "step"),
    @JsonSubTypes.Type(value = ScalingPolicySpec.Simple.class, name = "simple"),
    @JsonSubTypes.Type(value = ScalingPolicySpec.Scheduled.class, name = "scheduled"),
    @JsonSubTypes.Type(value = ScalingPolicySpec.Predictive.class, name = "predictive")
})
public sealed interface ScalingPolicySpec {

    /** AWS's limit on scheduled actions per Auto Scaling group (aws-behaviour.md §2.8). */
    int MAX_SCHEDULED_ACTIONS = 125;

    /** The name as written, or null (then {@link #defaultName(int)} applies). */
    String name();

    /** The name used when none is written: the type, plus the metric for dynamic policies, plus the index. */
    String defaultName(int index);

    /** The name this policy goes by in activity records: as written, else {@link #defaultName(int)}. */
    default String nameOr(int index) {
        return name() != null ? name() : defaultName(index);
    }

    /** Adds what is wrong with this spec to {@code findings}; {@code path} is where it was written. */
    void validate(String path, Findings findings);

    /**
     * Validates a fleet's whole {@code scaling:} list: each entry, plus what ties them together
     * (unique names, at most {@value #MAX_SCHEDULED_ACTIONS} scheduled actions). {@code path} is
     * the list's path, e.g. {@code fleets[0].scaling}.
     */
    /** The metric a dynamic or predictive policy reads; null for a scheduled action (or none written). */
    static ScalingMetric metricOf(ScalingPolicySpec s) {
        if (s instanceof TargetTracking t) {
            return t.metric();
        } else if (s instanceof Step st) {
            return st.metric();
        } else if (s instanceof Simple si) {
            return si.metric();
        } else if (s instanceof Predictive pr) {
            return pr.metric();
        }
        return null;
    }

    /** What step and simple policies check alike: the name, the metric and the alarm they act on. */
    private static void validateAlarmPolicy(String name, ScalingMetric metric, AlarmSpec alarm, String path, Findings f) {
        checkName(name, path, f);
        f.present(metric, path + ".metric", "a metric (" + ScalingMetric.NAMES + ")");
        if (f.present(alarm, path + ".alarm", "an alarm {comparison, threshold, evaluation_periods, ...}")) {
            alarm.validate(path + ".alarm", f);
            // aws-behaviour.md 1.1: ALB publishes its metrics every 60 s; a 10 s or 30 s alarm on one sees no data.
            if (metric == ScalingMetric.REQUEST_COUNT_PER_TARGET && alarm.period() != null
                    && alarm.period().micros() < TargetTracking.DEFAULT_METRIC_PERIOD.micros()) {
                f.add(path + ".alarm.period", "expected 60s or more with request_count_per_target (ALB publishes its metrics "
                        + "every 60 s, so a shorter alarm period has no data), found " + alarm.period());
            }
        }
    }

    /**
     * Adds a finding for every policy reading {@code metric}, which the fleet does not publish
     * ({@code why} says so, e.g. "memory is published by ECS services only").
     */
    static void rejectMetric(List<ScalingPolicySpec> specs, ScalingMetric metric, String why, String path, Findings f) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i) != null && metricOf(specs.get(i)) == metric) {
                f.add(path + "[" + i + "].metric", "expected a metric this fleet publishes (" + why + "), found " + metric);
            }
        }
    }

    /**
     * aws-behaviour.md §2.8: an Application Auto Scaling scheduled action (Lambda provisioned
     * concurrency, ECS/Fargate services) sets only min and max; the current capacity is clamped
     * into the new range. Every {@code desired} written on one is refused, at
     * {@code path[i].desired}. Called by each fleet type whose scaling is Application Auto Scaling.
     */
    /**
     * What Application Auto Scaling (ECS services, Lambda provisioned concurrency) takes that EC2
     * Auto Scaling does not: scheduled actions set min and max only (aws-behaviour.md 2.8), and
     * target tracking has no metric period (its TargetTrackingMetricStat has none; ECS and Lambda
     * publish these metrics every minute, 5.3). request_count_per_target reports its own period
     * rule, so it is not reported twice.
     */
    static void applicationAutoScalingRules(List<ScalingPolicySpec> specs, String path, Findings f) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i) instanceof Scheduled s && s.desired() != null) {
                f.add(path + "[" + i + "].desired", "expected min and max only (Application Auto Scaling "
                        + "scheduled actions set no desired count; it is clamped into the new range), found " + s.desired());
            }
            if (specs.get(i) instanceof TargetTracking t && t.metric() != ScalingMetric.REQUEST_COUNT_PER_TARGET
                    && t.metricPeriod().micros() != TargetTracking.DEFAULT_METRIC_PERIOD.micros()) {
                f.add(path + "[" + i + "].metric_period", "expected 60s (Application Auto Scaling target tracking takes no "
                        + "period; ECS and Lambda publish these metrics every minute), found " + t.metricPeriod());
            }
        }
    }

    static void validateAll(List<ScalingPolicySpec> specs, String path, Findings f) {
        Map<String, Integer> names = new HashMap<>();
        int scheduled = 0;
        String scaling = null;
        for (int i = 0; i < specs.size(); i++) {
            ScalingPolicySpec s = specs.get(i);
            String p = path + "[" + i + "]";
            if (!f.present(s, p, "a scaling policy {type: target-tracking | step | simple | scheduled | predictive, ...}")) {
                continue;
            }
            s.validate(p, f);
            if (s instanceof Scheduled) {
                scheduled++;
            }
            if (s instanceof Predictive pr && pr.mode() == PredictiveMode.FORECAST_AND_SCALE) {
                if (scaling != null) {
                    f.add(p + ".mode", "expected at most one predictive policy in forecast-and-scale mode per group "
                            + "(the AWS rule), found a second one (" + scaling + " is one)");
                }
                scaling = "scaling[" + i + "]";
            }
            String name = s.nameOr(i);
            Integer first = names.putIfAbsent(name, i);
            if (first != null) {
                f.add(p + ".name", "expected a name unique within the fleet's scaling list, found '" + name
                        + "', already used by scaling[" + first + "]");
            }
        }
        f.require(scheduled <= MAX_SCHEDULED_ACTIONS, path, "expected at most " + MAX_SCHEDULED_ACTIONS
                + " scheduled actions per group (the AWS limit), found " + scheduled);
    }

    // ---------------------------------------------------------------------------------------
    // Target tracking (aws-behaviour.md §1.3, §2.2, §2.5; M2, M4)
    // ---------------------------------------------------------------------------------------

    /**
     * Keeps {@code metric} near {@code target}. The policy owns two alarms: high (metric &gt;
     * target for {@code scale_out_datapoints} of as many periods) and low (metric &lt;
     * {@code scale_in_ratio} × target for {@code scale_in_datapoints} of as many periods).
     */
    record TargetTracking(
            @JsonPropertyDescription("Policy name in activity records (default target-tracking-METRIC).") String name,
            @Required @JsonPropertyDescription("The metric to track: cpu, request_count_per_target or backlog_per_instance.")
                    ScalingMetric metric,
            @Required @JsonPropertyDescription("Target value of the metric, > 0 (cpu: percent, at most 100; "
                    + "request_count_per_target: requests per target per minute).") Double target,
            @JsonPropertyDescription("Never scale in from this policy (default false).") Boolean disableScaleIn,
            @JsonPropertyDescription("EstimatedInstanceWarmup (default: the group's default instance warm-up, "
                    + "else its default cooldown, 300s).") SimDuration warmup,
            @JsonPropertyDescription("Metric period: 10s, 30s or 60s (default 60s); 60s only with "
                    + "request_count_per_target.") SimDuration metricPeriod,
            @JsonPropertyDescription("High alarm: this many of as many periods above target (default 3).")
                    Integer scaleOutDatapoints,
            @JsonPropertyDescription("Low alarm: this many of as many periods below scale_in_ratio x target (default 15).")
                    Integer scaleInDatapoints,
            @JsonPropertyDescription("Low alarm threshold as a fraction of the target, > 0 (default 90%).")
                    Fraction scaleInRatio)
            implements ScalingPolicySpec {

        public static final SimDuration DEFAULT_METRIC_PERIOD = SimDuration.ofSeconds(60);
        public static final int DEFAULT_SCALE_OUT_DATAPOINTS = 3;
        public static final int DEFAULT_SCALE_IN_DATAPOINTS = 15;
        public static final Fraction DEFAULT_SCALE_IN_RATIO = new Fraction(0.9);

        public TargetTracking {
            disableScaleIn = disableScaleIn == null ? Boolean.FALSE : disableScaleIn;
            metricPeriod = metricPeriod == null ? DEFAULT_METRIC_PERIOD : metricPeriod;
            scaleOutDatapoints = scaleOutDatapoints == null ? DEFAULT_SCALE_OUT_DATAPOINTS : scaleOutDatapoints;
            scaleInDatapoints = scaleInDatapoints == null ? DEFAULT_SCALE_IN_DATAPOINTS : scaleInDatapoints;
            scaleInRatio = scaleInRatio == null ? DEFAULT_SCALE_IN_RATIO : scaleInRatio;
        }

        /** A policy with every optional field at its default. */
        public TargetTracking(ScalingMetric metric, double target) {
            this(null, metric, target, null, null, null, null, null, null);
        }

        @Override
        public String defaultName(int index) {
            return "target-tracking-" + (metric == null ? index : metric.yamlName());
        }

        @Override
        public void validate(String path, Findings f) {
            checkName(name, path, f);
            f.present(metric, path + ".metric", "a metric (" + ScalingMetric.NAMES + ")");
            if (f.present(target, path + ".target", "a target value, like 50")) {
                if (f.require(target > 0 && Double.isFinite(target), path + ".target",
                        "expected a target > 0, found " + number(target))) {
                    f.require(metric != ScalingMetric.CPU || target <= 100, path + ".target",
                            "expected a CPU target of at most 100 (percent), found " + number(target));
                    f.require(metric != ScalingMetric.PROVISIONED_CONCURRENCY_UTILIZATION || target <= 1, path + ".target",
                            "expected a utilisation target from 0 to 1, like 0.7, found " + number(target));
                }
            }
            if (checkPeriod(metricPeriod, path + ".metric_period", true, f, "10s, 30s or 60s")) {
                // aws-behaviour.md 1.1, 2.2: a period of 10s or 30s is set only on a customized metric
                // (CustomizedMetricSpecification / TargetTrackingMetricStat). The predefined
                // ALBRequestCountPerTarget has no Period field, ALB publishes its metrics every 60 s,
                // and its target is read per target per minute; so only 60s is allowed with it.
                f.require(metric != ScalingMetric.REQUEST_COUNT_PER_TARGET
                                || metricPeriod.micros() == DEFAULT_METRIC_PERIOD.micros(), path + ".metric_period",
                        "expected 60s with request_count_per_target (ALBRequestCountPerTarget is a predefined "
                                + "metric with no period; ALB publishes every 60 s), found " + metricPeriod);
            }
            if (f.require(scaleOutDatapoints >= 1, path + ".scale_out_datapoints",
                    "expected an integer >= 1, found " + scaleOutDatapoints)) {
                checkWindow(scaleOutDatapoints, metricPeriod, path + ".scale_out_datapoints", f);
            }
            if (f.require(scaleInDatapoints >= 1, path + ".scale_in_datapoints",
                    "expected an integer >= 1, found " + scaleInDatapoints)) {
                checkWindow(scaleInDatapoints, metricPeriod, path + ".scale_in_datapoints", f);
            }
            f.require(scaleInRatio.value() > 0, path + ".scale_in_ratio",
                    "expected a fraction of the target > 0, like 90%, found " + scaleInRatio);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Step scaling (aws-behaviour.md §2.3, §2.5; M5)
    // ---------------------------------------------------------------------------------------

    /**
     * A CloudWatch alarm on {@code metric} plus step adjustments relative to the alarm's
     * threshold. While the alarm is in ALARM, the policy is re-run every evaluation (M5) with the
     * latest datapoint choosing the step.
     */
    record Step(
            @JsonPropertyDescription("Policy name in activity records (default step-METRIC).") String name,
            @Required @JsonPropertyDescription("The alarm's metric: cpu, request_count_per_target or backlog_per_instance.")
                    ScalingMetric metric,
            @JsonPropertyDescription("Statistic of the alarm and MetricAggregationType: average, minimum or maximum "
                    + "(default average).") PolicyStatistic statistic,
            @Required @JsonPropertyDescription("The CloudWatch alarm that triggers the policy.") AlarmSpec alarm,
            @JsonPropertyDescription("change-in-capacity, percent-change-in-capacity or exact-capacity "
                    + "(default change-in-capacity).") AdjustmentType adjustmentType,
            @Required @JsonPropertyDescription("Step adjustments, bounds relative to the alarm threshold: "
                    + "[{lower, upper, adjustment}, ...].") List<StepAdjustment> steps,
            @JsonPropertyDescription("Smallest change, in capacity units, for percent-change-in-capacity "
                    + "(default: none).") Integer minAdjustmentMagnitude,
            @JsonPropertyDescription("EstimatedInstanceWarmup (default: the group's default instance warm-up, "
                    + "else its default cooldown, 300s).") SimDuration warmup)
            implements ScalingPolicySpec {

        public Step {
            statistic = statistic == null ? PolicyStatistic.AVERAGE : statistic;
            adjustmentType = adjustmentType == null ? AdjustmentType.CHANGE_IN_CAPACITY : adjustmentType;
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        @Override
        public String defaultName(int index) {
            return "step-" + (metric == null ? index : metric.yamlName());
        }

        @Override
        public void validate(String path, Findings f) {
            validateAlarmPolicy(name, metric, alarm, path, f);
            if (f.require(!steps.isEmpty(), path + ".steps",
                    "expected at least one step {lower, upper, adjustment}, found none")) {
                validateSteps(path + ".steps", f);
            }
            checkMagnitude(minAdjustmentMagnitude, adjustmentType, path, f);
        }

        private void validateSteps(String path, Findings f) {
            boolean complete = true;
            String openLower = null;
            String openUpper = null;
            for (int i = 0; i < steps.size(); i++) {
                StepAdjustment s = steps.get(i);
                String p = path + "[" + i + "]";
                if (!f.present(s, p, "a step {lower, upper, adjustment}")) {
                    complete = false;
                    continue;
                }
                if (f.present(s.adjustment(), p + ".adjustment", "an adjustment, an integer like 2")) {
                    checkAdjustment(s.adjustment(), adjustmentType, p + ".adjustment", f);
                }
                if (s.lower() == null && s.upper() == null) {
                    f.add(p, "expected a lower or an upper bound (a step cannot be open at both ends), found neither");
                    complete = false;
                    continue;
                }
                if (s.lower() != null && s.upper() != null && !(s.lower() < s.upper())) {
                    f.add(p + ".upper", "expected an upper bound above the lower bound (" + number(s.lower())
                            + "), found " + number(s.upper()));
                    complete = false;
                }
                if (s.lower() == null) {
                    if (openLower != null) {
                        f.add(p + ".lower", "expected at most one step without a lower bound, found a second one ("
                                + openLower + " has none)");
                        complete = false;
                    }
                    openLower = "steps[" + i + "]";
                }
                if (s.upper() == null) {
                    if (openUpper != null) {
                        f.add(p + ".upper", "expected at most one step without an upper bound, found a second one ("
                                + openUpper + " has none)");
                        complete = false;
                    }
                    openUpper = "steps[" + i + "]";
                }
            }
            if (!complete) {
                return;
            }
            // In order of lower bound, each step must start exactly where the previous one ends.
            Integer[] order = new Integer[steps.size()];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingDouble(i -> lowerOf(steps.get(i))));
            for (int k = 1; k < order.length; k++) {
                StepAdjustment prev = steps.get(order[k - 1]);
                StepAdjustment cur = steps.get(order[k]);
                String p = path + "[" + order[k] + "].lower";
                String prevName = "steps[" + order[k - 1] + "]";
                double prevUpper = prev.upper() == null ? Double.POSITIVE_INFINITY : prev.upper();
                double lower = cur.lower(); // only the first step in order may lack one
                if (prev.upper() == null) {
                    f.add(p, "expected no step above " + prevName + ", which has no upper bound, found one from "
                            + number(lower) + ", which overlaps " + prevName);
                } else if (lower < prevUpper) {
                    f.add(p, "expected a lower bound of " + number(prevUpper) + " (where " + prevName + " ends), found "
                            + number(lower) + ", which overlaps " + prevName);
                } else if (lower > prevUpper) {
                    f.add(p, "expected a lower bound of " + number(prevUpper) + " (where " + prevName + " ends), found "
                            + number(lower) + ", which leaves a gap from " + number(prevUpper) + " to " + number(lower));
                }
            }
        }

        private static double lowerOf(StepAdjustment s) {
            return s.lower() == null ? Double.NEGATIVE_INFINITY : s.lower();
        }
    }

    /**
     * One step: applies when the metric minus the alarm threshold lies between {@code lower} and
     * {@code upper} (above the threshold lower is inclusive and upper exclusive; below it the
     * reverse). A missing bound is open: minus or plus infinity.
     */
    record StepAdjustment(
            @JsonPropertyDescription("Lower bound relative to the threshold (default: open, minus infinity).") Double lower,
            @JsonPropertyDescription("Upper bound relative to the threshold (default: open, plus infinity).") Double upper,
            @Required @JsonPropertyDescription("Capacity units, percent or exact capacity, per adjustment_type.")
                    Integer adjustment) {}

    // ---------------------------------------------------------------------------------------
    // Simple scaling (aws-behaviour.md §2.4)
    // ---------------------------------------------------------------------------------------

    /**
     * A CloudWatch alarm on {@code metric} and one adjustment. After acting, the policy ignores
     * its alarm until the scaling activity has finished and {@code cooldown} has run out.
     */
    record Simple(
            @JsonPropertyDescription("Policy name in activity records (default simple-METRIC).") String name,
            @Required @JsonPropertyDescription("The alarm's metric: cpu, request_count_per_target or backlog_per_instance.")
                    ScalingMetric metric,
            @JsonPropertyDescription("Statistic of the alarm: average, minimum or maximum (default average).")
                    PolicyStatistic statistic,
            @Required @JsonPropertyDescription("The CloudWatch alarm that triggers the policy.") AlarmSpec alarm,
            @JsonPropertyDescription("change-in-capacity, percent-change-in-capacity or exact-capacity "
                    + "(default change-in-capacity).") AdjustmentType adjustmentType,
            @Required @JsonPropertyDescription("Capacity units, percent or exact capacity, per adjustment_type.")
                    Integer adjustment,
            @JsonPropertyDescription("Smallest change, in capacity units, for percent-change-in-capacity "
                    + "(default: none).") Integer minAdjustmentMagnitude,
            @JsonPropertyDescription("Wait after the activity ends before acting again (default: the group's "
                    + "default cooldown, 300s).") SimDuration cooldown)
            implements ScalingPolicySpec {

        public Simple {
            statistic = statistic == null ? PolicyStatistic.AVERAGE : statistic;
            adjustmentType = adjustmentType == null ? AdjustmentType.CHANGE_IN_CAPACITY : adjustmentType;
        }

        @Override
        public String defaultName(int index) {
            return "simple-" + (metric == null ? index : metric.yamlName());
        }

        @Override
        public void validate(String path, Findings f) {
            validateAlarmPolicy(name, metric, alarm, path, f);
            if (f.present(adjustment, path + ".adjustment", "an adjustment, an integer like 2")) {
                checkAdjustment(adjustment, adjustmentType, path + ".adjustment", f);
            }
            checkMagnitude(minAdjustmentMagnitude, adjustmentType, path, f);
        }
    }

    /** A CloudWatch metric alarm for a step or simple policy (aws-behaviour.md §1.2). */
    record AlarmSpec(
            @Required @JsonPropertyDescription("How a datapoint breaches: >, >=, < or <= the threshold.") AlarmComparison comparison,
            @Required @JsonPropertyDescription("The threshold, in the metric's unit.") Double threshold,
            @JsonPropertyDescription("N: datapoints evaluated (default 1).") Integer evaluationPeriods,
            @JsonPropertyDescription("M: of the N, how many must breach for ALARM (default N).") Integer datapointsToAlarm,
            @JsonPropertyDescription("Period of one datapoint: 10s, 30s or a multiple of 60s (default 60s).") SimDuration period,
            @JsonPropertyDescription("missing, not_breaching, breaching or ignore (default missing).")
                    MissingData treatMissingData) {

        /** CloudWatch: EvaluationPeriods × Period may not exceed one day. */
        public static final long MAX_WINDOW_MICROS = SimTime.MICROS_PER_DAY;

        public AlarmSpec {
            evaluationPeriods = evaluationPeriods == null ? 1 : evaluationPeriods;
            datapointsToAlarm = datapointsToAlarm == null ? evaluationPeriods : datapointsToAlarm;
            period = period == null ? SimDuration.ofSeconds(60) : period;
            treatMissingData = treatMissingData == null ? MissingData.MISSING : treatMissingData;
        }

        void validate(String path, Findings f) {
            f.present(comparison, path + ".comparison", "a comparison: >, >=, < or <=");
            if (f.present(threshold, path + ".threshold", "a threshold, like 70")) {
                f.require(Double.isFinite(threshold), path + ".threshold", "expected a finite number, found " + threshold);
            }
            boolean periodOk = checkPeriod(period, path + ".period", false, f, "10s, 30s or a multiple of 60s");
            if (f.require(evaluationPeriods >= 1, path + ".evaluation_periods",
                    "expected an integer >= 1, found " + evaluationPeriods) && periodOk) {
                checkWindow(evaluationPeriods, period, path + ".evaluation_periods", f);
            }
            f.require(datapointsToAlarm >= 1 && datapointsToAlarm <= evaluationPeriods, path + ".datapoints_to_alarm",
                    "expected an integer from 1 to evaluation_periods (" + evaluationPeriods + "), found " + datapointsToAlarm);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Scheduled actions (aws-behaviour.md §2.8; M7)
    // ---------------------------------------------------------------------------------------

    /**
     * Sets any of min, max and desired at a time: recurring ({@code cron}, five fields, in
     * {@code time_zone}, between {@code start} and {@code end}) or once ({@code at}). Simulation
     * time 0 is Monday 2024-01-01 00:00 UTC.
     */
    record Scheduled(
            @JsonPropertyDescription("Action name in activity records (default scheduled-INDEX).") String name,
            @JsonPropertyDescription("Recurrence, five cron fields: minute hour day-of-month month day-of-week "
                    + "(either cron or at).") String cron,
            @JsonPropertyDescription("One-time action at this simulation time (either cron or at).") SimDuration at,
            @JsonPropertyDescription("IANA time zone of the cron schedule (default UTC).") String timeZone,
            @JsonPropertyDescription("Cron only: no run before this simulation time (default 0s).") SimDuration start,
            @JsonPropertyDescription("Cron only: no run after this simulation time (default: never ends).") SimDuration end,
            @JsonPropertyDescription("New minimum capacity (default: unchanged).") Integer min,
            @JsonPropertyDescription("New maximum capacity (default: unchanged).") Integer max,
            @JsonPropertyDescription("New desired capacity (default: unchanged).") Integer desired,
            @JsonPropertyDescription("How late the action runs (default per target: ec2-asg m7, U(0, 20s) with 5% of "
                    + "runs U(20s, 120s); lambda and fargate, Application Auto Scaling, U(0, 5s)).")
                    ActionDelay delay)
            implements ScalingPolicySpec {

        public static final String UTC = "UTC";

        /**
         * The written delay, or {@code targetDefault} when none is written: the default depends on
         * the target (EC2 Auto Scaling group or Application Auto Scaling), which this record does
         * not know; see {@code ScalableTarget#defaultScheduledActionDelay()}.
         */
        public ActionDelay delayOr(ActionDelay targetDefault) {
            return delay != null ? delay : targetDefault;
        }

        /** The schedule's zone; UTC when none is written. Valid only after validation. */
        public ZoneId zone() {
            return ZoneId.of(timeZone == null ? UTC : timeZone);
        }

        @Override
        public String defaultName(int index) {
            return "scheduled-" + index;
        }

        @Override
        public void validate(String path, Findings f) {
            checkName(name, path, f);
            if (cron == null && at == null) {
                f.add(path, "expected a recurrence (cron: \"0 7 * * MON-FRI\") or a one-time action (at: 2d), found neither");
            } else if (cron != null && at != null) {
                f.add(path + ".at", "expected either cron or at, found both (cron: '" + cron + "', at: " + at + ")");
            } else if (cron != null) {
                String problem = CronSchedule.problem(cron);
                f.require(problem == null, path + ".cron", problem);
                if (timeZone != null) {
                    f.require(validZone(timeZone), path + ".time_zone",
                            "expected an IANA time zone like UTC or America/New_York, found '" + timeZone + "'");
                }
                if (start != null && end != null) {
                    f.require(end.compareTo(start) > 0, path + ".end", "expected an end after start (" + start
                            + "), found " + end);
                }
            } else {
                f.require(timeZone == null, path + ".time_zone",
                        "expected no time_zone with at (at is simulation time), found '" + timeZone + "'");
                f.require(start == null, path + ".start", "expected no start with at (start bounds a cron schedule), found " + start);
                f.require(end == null, path + ".end", "expected no end with at (end bounds a cron schedule), found " + end);
            }
            if (min == null && max == null && desired == null) {
                f.add(path, "expected at least one of min, max and desired, found none");
                return;
            }
            boolean ok = nonNegative(min, path + ".min", f) & nonNegative(max, path + ".max", f)
                    & nonNegative(desired, path + ".desired", f);
            if (!ok) {
                return;
            }
            if (min != null && max != null) {
                f.require(min <= max, path + ".max", "expected a max of at least min (" + min + "), found " + max);
            }
            if (desired != null && min != null) {
                f.require(desired >= min, path + ".desired", "expected a desired of at least min (" + min + "), found " + desired);
            }
            if (desired != null && max != null) {
                f.require(desired <= max, path + ".desired", "expected a desired of at most max (" + max + "), found " + desired);
            }
            if (delay != null) {
                delay.validate(path + ".delay", f);
            }
        }

        private static boolean nonNegative(Integer v, String path, Findings f) {
            return v == null || f.require(v >= 0, path, "expected an integer >= 0, found " + v);
        }

        private static boolean validZone(String zone) {
            try {
                ZoneId.of(zone);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }

    /**
     * How late a scheduled action runs after its scheduled time (aws-behaviour.md §2.8: usually
     * seconds, up to 2 minutes; the distribution is GAP → M7). Actions of one group still run one
     * after another, in schedule order.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ActionDelay.M7.class, name = "m7"),
        @JsonSubTypes.Type(value = ActionDelay.None.class, name = "none"),
        @JsonSubTypes.Type(value = ActionDelay.Fixed.class, name = "fixed")
    })
    sealed interface ActionDelay {

        void validate(String path, Findings f);

        /** M7: U(0, typical_max) with probability 1 − tail_fraction, else U(typical_max, tail_max). */
        record M7(
                @JsonPropertyDescription("Upper end of the usual delay (default 20s).") SimDuration typicalMax,
                @JsonPropertyDescription("Share of runs delayed beyond typical_max (default 5%).") Fraction tailFraction,
                @JsonPropertyDescription("Longest delay (default 120s, the documented 2 minutes).") SimDuration tailMax)
                implements ActionDelay {
            /** EC2 Auto Scaling groups' default (aws-behaviour.md §2.8: "up to 2 minutes" late; M7). */
            public static final M7 DEFAULT = new M7(null, null, null);

            /**
             * Application Auto Scaling targets' default (Lambda provisioned concurrency, ECS/Fargate
             * services): U(0, 5 s), no tail. aws-behaviour.md §2.8 documents "a few seconds" for
             * Application Auto Scaling and gives no distribution (GAP), and nothing like the EC2
             * groups' 2-minute worst case, so the tail is dropped and the uniform body is cut to
             * 5 s, the upper end of "a few seconds". Two draws per run as every M7, so the scaling
             * stream advances exactly as with the EC2 default. See docs/models.md (Scheduled actions).
             */
            public static final M7 APPLICATION_AUTO_SCALING =
                    new M7(SimDuration.ofSeconds(5), new Fraction(0), SimDuration.ofSeconds(5));

            public M7 {
                typicalMax = typicalMax == null ? SimDuration.ofSeconds(20) : typicalMax;
                tailFraction = tailFraction == null ? new Fraction(0.05) : tailFraction;
                tailMax = tailMax == null ? SimDuration.ofSeconds(120) : tailMax;
            }

            @Override
            public void validate(String path, Findings f) {
                f.require(tailMax.compareTo(typicalMax) >= 0, path + ".tail_max",
                        "expected a tail_max of at least typical_max (" + typicalMax + "), found " + tailMax);
            }
        }

        /** No delay: the action runs at its scheduled minute. */
        record None() implements ActionDelay {
            @Override
            public void validate(String path, Findings f) {}
        }

        /** Always the same delay. */
        record Fixed(@Required @JsonPropertyDescription("The delay, like 30s.") SimDuration value) implements ActionDelay {
            @Override
            public void validate(String path, Findings f) {
                f.present(value, path + ".value", "a delay, a duration like 30s");
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Predictive scaling (aws-behaviour.md §2.9; M8)
    // ---------------------------------------------------------------------------------------

    /**
     * Forecasts the load on {@code metric} from the group's own history (and an optional seed
     * CSV) and, in forecast-and-scale mode, raises capacity ahead of each forecast hour so that
     * {@code metric} stays near {@code target}.
     */
    record Predictive(
            @JsonPropertyDescription("Policy name in activity records (default predictive-METRIC).") String name,
            @Required @JsonPropertyDescription("The load metric: cpu or request_count_per_target.") ScalingMetric metric,
            @Required @JsonPropertyDescription("Target value of the metric per instance, > 0 (cpu: percent, at most 100; "
                    + "request_count_per_target: requests per target per minute).") Double target,
            @JsonPropertyDescription("forecast-only or forecast-and-scale (default forecast-only, as AWS).")
                    PredictiveMode mode,
            @JsonPropertyDescription("SchedulingBufferTime: capacity is raised this long before each forecast hour, "
                    + "0s to under 1h (default 300s).") SimDuration schedulingBuffer,
            @JsonPropertyDescription("honor (clamp to max) or increase (raise max) when the forecast exceeds max "
                    + "(default honor).") MaxCapacityBreach maxCapacityBreach,
            @JsonPropertyDescription("Only with increase: max is raised to forecast x (1 + this/100), 0 to 100 "
                    + "(default 0).") Integer maxCapacityBuffer,
            @JsonPropertyDescription("The forecast model: seasonal (default).") ForecasterKind forecaster,
            @JsonPropertyDescription("Optional CSV of past load, rows minute,load (minute relative to time 0, "
                    + "negative before the run; load = metric x in-service capacity), relative to the scenario file.")
                    Path historyCsv)
            implements ScalingPolicySpec {

        public static final SimDuration DEFAULT_SCHEDULING_BUFFER = SimDuration.ofSeconds(300);

        public Predictive {
            mode = mode == null ? PredictiveMode.FORECAST_ONLY : mode;
            schedulingBuffer = schedulingBuffer == null ? DEFAULT_SCHEDULING_BUFFER : schedulingBuffer;
            maxCapacityBreach = maxCapacityBreach == null ? MaxCapacityBreach.HONOR : maxCapacityBreach;
            forecaster = forecaster == null ? ForecasterKind.SEASONAL : forecaster;
        }

        /** A policy with every optional field at its default but the mode. */
        public Predictive(ScalingMetric metric, double target, PredictiveMode mode) {
            this(null, metric, target, mode, null, null, null, null, null);
        }

        /** max_capacity_buffer as written, 0 when absent. */
        public int maxCapacityBufferOrZero() {
            return maxCapacityBuffer == null ? 0 : maxCapacityBuffer;
        }

        @Override
        public String defaultName(int index) {
            return "predictive-" + (metric == null ? index : metric.yamlName());
        }

        @Override
        public void validate(String path, Findings f) {
            checkName(name, path, f);
            if (f.present(metric, path + ".metric", "a load metric (cpu, request_count_per_target)")) {
                f.require(metric != ScalingMetric.BACKLOG_PER_INSTANCE && metric != ScalingMetric.MEMORY, path + ".metric",
                        "expected a load metric (cpu, request_count_per_target), found " + metric);
            }
            if (f.present(target, path + ".target", "a target value, like 50")) {
                if (f.require(target > 0 && Double.isFinite(target), path + ".target",
                        "expected a target > 0, found " + number(target))) {
                    f.require(metric != ScalingMetric.CPU || target <= 100, path + ".target",
                            "expected a CPU target of at most 100 (percent), found " + number(target));
                }
            }
            f.require(schedulingBuffer.micros() >= 0 && schedulingBuffer.micros() < SimTime.MICROS_PER_HOUR,
                    path + ".scheduling_buffer", "expected a scheduling buffer from 0s to under 1h, found " + schedulingBuffer);
            if (maxCapacityBuffer != null) {
                if (f.require(maxCapacityBreach == MaxCapacityBreach.INCREASE, path + ".max_capacity_buffer",
                        "expected max_capacity_buffer only with max_capacity_breach: increase, found it with "
                                + maxCapacityBreach)) {
                    f.require(maxCapacityBuffer >= 0 && maxCapacityBuffer <= 100, path + ".max_capacity_buffer",
                            "expected a percentage from 0 to 100, found " + maxCapacityBuffer);
                }
            }
            if (historyCsv != null) {
                try {
                    LoadHistory.readCsv(historyCsv);
                } catch (IllegalArgumentException e) {
                    f.add(path + ".history_csv", e.getMessage());
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Shared checks
    // ---------------------------------------------------------------------------------------

    private static void checkName(String name, String path, Findings f) {
        if (name != null) {
            f.require(POLICY_NAME.matcher(name).matches(), path + ".name",
                    "expected a policy name of letters, digits, '.', '_' or '-', found '" + name + "'");
        }
    }

    /** A period of 10 s, 30 s, and 60 s exactly ({@code upTo60}) or any multiple of 60 s. */
    private static boolean checkPeriod(SimDuration period, String path, boolean upTo60, Findings f, String expected) {
        long s = period.micros();
        boolean ok = s == SimTime.seconds(10) || s == SimTime.seconds(30)
                || (upTo60 ? s == SimTime.seconds(60) : s > 0 && s % SimTime.MICROS_PER_MINUTE == 0);
        return f.require(ok, path, "expected a period of " + expected + ", found " + period);
    }

    /** CloudWatch: datapoints × period at most one day. */
    private static void checkWindow(int datapoints, SimDuration period, String path, Findings f) {
        long most = AlarmSpec.MAX_WINDOW_MICROS / Math.max(1, period.micros());
        f.require(datapoints <= most, path, "expected at most " + most + " datapoints of " + period
                + " (CloudWatch evaluates at most one day), found " + datapoints);
    }

    private static void checkAdjustment(int adjustment, AdjustmentType type, String path, Findings f) {
        if (type == AdjustmentType.EXACT_CAPACITY) {
            f.require(adjustment >= 0, path, "expected a capacity >= 0 (adjustment_type exact-capacity), found " + adjustment);
        } else if (type == AdjustmentType.PERCENT_CHANGE_IN_CAPACITY) {
            f.require(adjustment >= -100, path, "expected a percentage >= -100, found " + adjustment);
        }
    }

    private static void checkMagnitude(Integer magnitude, AdjustmentType type, String path, Findings f) {
        if (magnitude == null) {
            return;
        }
        if (f.require(type == AdjustmentType.PERCENT_CHANGE_IN_CAPACITY, path + ".min_adjustment_magnitude",
                "expected min_adjustment_magnitude only with adjustment_type percent-change-in-capacity, found it with "
                        + type)) {
            f.require(magnitude >= 1, path + ".min_adjustment_magnitude", "expected an integer >= 1, found " + magnitude);
        }
    }

    /** Doubles as the user would write them: 3 rather than 3.0. */
    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Names of policies and actions. */
    Pattern POLICY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
}

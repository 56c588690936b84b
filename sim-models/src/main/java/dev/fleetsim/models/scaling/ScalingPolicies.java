package dev.fleetsim.models.scaling;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.metrics.DatapointLag;
import dev.fleetsim.models.scenario.ScalingPolicySpec;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;

/**
 * The entry point: turns a fleet's validated {@code scaling:} list into running policies on a
 * {@link ScalableTarget}. See {@code docs/models.md (Scaling)} for the rules.
 */
public final class ScalingPolicies {
    private ScalingPolicies() {}

    /**
     * {@link #attach(List, ScalableTarget, Scheduler, RandomStream, ScalingOptions)} with M1's
     * default datapoint lag ({@link ScalingOptions#DEFAULTS}).
     */
    public static ScalingController attach(List<ScalingPolicySpec> specs, ScalableTarget target, Scheduler scheduler,
            RandomStream stream) {
        return attach(specs, target, scheduler, stream, ScalingOptions.DEFAULTS);
    }

    /**
     * Builds the policies and scheduled actions of {@code specs} (validated) on {@code target},
     * and starts them: the first evaluation tick and the first scheduled action are scheduled on
     * {@code scheduler}. Nothing is scheduled for an empty list.
     *
     * <p>Random numbers come from {@code stream}, the fleet's own scaling stream (for example
     * {@code scaling/FLEET}, substream = replication): first one draw per metric series for its
     * datapoint lag (M1), in the order the series are first used in the list; then two draws per
     * scheduled-action run for its delay (the written {@code delay}, else the target's
     * {@link ScalableTarget#defaultScheduledActionDelay()}: M7 for EC2 groups, U(0, 5 s) for
     * Application Auto Scaling targets).
     *
     * <p>Warm-up and cooldown defaults are read from the target now: a policy without
     * {@code warmup} uses {@link ScalableTarget#defaultWarmupMicros()}, or, when that is unset
     * (−1), {@link ScalableTarget#defaultCooldownMicros()} (aws-behaviour.md §2.5); a simple policy
     * without {@code cooldown} uses the default cooldown (§2.4).
     *
     * @throws UnsupportedOperationException if the target cannot publish a series a policy needs
     *     (see {@link ScalableTarget#metric(ScalingMetric, long, int)})
     */
    public static ScalingController attach(List<ScalingPolicySpec> specs, ScalableTarget target, Scheduler scheduler,
            RandomStream stream, ScalingOptions options) {
        Map<FeedKey, Integer> ranges = requiredRanges(specs);
        Map<FeedKey, MetricFeed> feeds = new LinkedHashMap<>();
        ranges.forEach((key, range) -> {
            boolean highRes = key.periodMicros() < SimTime.MICROS_PER_MINUTE;
            DatapointLag lag = highRes
                    ? UniformDatapointLag.of(options.highResLagMinMicros(), options.highResLagMaxMicros(), stream)
                    : UniformDatapointLag.of(options.lagMinMicros(), options.lagMaxMicros(), stream);
            feeds.put(key, new MetricFeed(key.metric(), target.metric(key.metric(), key.periodMicros(), range), lag));
        });

        List<DynamicPolicy> policies = new ArrayList<>();
        List<ScheduledAction> actions = new ArrayList<>();
        List<ActionDelaySampler> delays = new ArrayList<>();
        List<PredictivePolicy> predictive = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ScalingPolicySpec spec = specs.get(i);
            String name = spec.nameOr(i);
            if (spec instanceof ScalingPolicySpec.TargetTracking t) {
                policies.add(new TargetTrackingPolicy(name, target, feeds.get(FeedKey.of(t)), t.target(),
                        !t.disableScaleIn(), warmup(t.warmup(), target), t.scaleOutDatapoints(), t.scaleInDatapoints(),
                        t.scaleInRatio().value()));
            } else if (spec instanceof ScalingPolicySpec.Step s) {
                policies.add(new StepScalingPolicy(name, target, feeds.get(FeedKey.of(s.metric(), s.alarm())), s,
                        warmup(s.warmup(), target)));
            } else if (spec instanceof ScalingPolicySpec.Simple s) {
                long cooldown = s.cooldown() != null ? s.cooldown().micros() : target.defaultCooldownMicros();
                policies.add(new SimpleScalingPolicy(name, target, feeds.get(FeedKey.of(s.metric(), s.alarm())), s,
                        cooldown));
            } else if (spec instanceof ScalingPolicySpec.Scheduled s) {
                actions.add(new ScheduledAction(name, s));
                delays.add(ActionDelaySampler.of(s.delayOr(target.defaultScheduledActionDelay()), stream));
            } else if (spec instanceof ScalingPolicySpec.Predictive p) {
                PredictivePolicy policy = predictive(name, p, target, scheduler);
                if (p.mode() == PredictiveMode.FORECAST_AND_SCALE) {
                    predictive.add(0, policy); // the one that scales holds the floor and is reported
                } else {
                    predictive.add(policy);
                }
            }
        }
        ScalingController controller = new ScalingController(target, scheduler, policies, actions, delays, predictive);
        controller.start();
        return controller;
    }

    /**
     * A predictive policy (aws-behaviour.md §2.9, M8): its history starts from the seed CSV, if
     * any, read afresh for each replication. It draws no random numbers.
     */
    static PredictivePolicy predictive(String name, ScalingPolicySpec.Predictive p, ScalableTarget target,
            Scheduler scheduler) {
        LoadHistory history = p.historyCsv() != null ? LoadHistory.readCsv(p.historyCsv()) : new LoadHistory();
        return new PredictivePolicy(name, target, scheduler, p.metric(), p.target(), p.mode(),
                p.schedulingBuffer().micros(), p.maxCapacityBreach(), p.maxCapacityBufferOrZero(), p.forecaster().create(),
                history);
    }

    /** EstimatedInstanceWarmup, else the group's DefaultInstanceWarmup, else its DefaultCooldown (§2.5). */
    static long warmup(SimDuration written, ScalableTarget target) {
        if (written != null) {
            return written.micros();
        }
        long groupDefault = target.defaultWarmupMicros();
        return groupDefault >= 0 ? groupDefault : target.defaultCooldownMicros();
    }

    /** Each distinct (metric, period) the policies read, in order of first use, with the longest range read from it. */
    private static Map<FeedKey, Integer> requiredRanges(List<ScalingPolicySpec> specs) {
        Map<FeedKey, Integer> ranges = new LinkedHashMap<>();
        for (ScalingPolicySpec spec : specs) {
            if (spec instanceof ScalingPolicySpec.TargetTracking t) {
                ranges.merge(FeedKey.of(t), TargetTrackingPolicy.requiredRange(t.scaleOutDatapoints(),
                        t.scaleInDatapoints()), Math::max);
            } else if (spec instanceof ScalingPolicySpec.Step s) {
                ranges.merge(FeedKey.of(s.metric(), s.alarm()), PolicyAlarm.requiredRange(s.alarm()), Math::max);
            } else if (spec instanceof ScalingPolicySpec.Simple s) {
                ranges.merge(FeedKey.of(s.metric(), s.alarm()), PolicyAlarm.requiredRange(s.alarm()), Math::max);
            }
        }
        return ranges;
    }

    /** A metric at one period: one series, one lag, shared by every policy that reads it. */
    private record FeedKey(ScalingMetric metric, long periodMicros) {
        static FeedKey of(ScalingPolicySpec.TargetTracking t) {
            return new FeedKey(t.metric(), t.metricPeriod().micros());
        }

        static FeedKey of(ScalingMetric metric, ScalingPolicySpec.AlarmSpec alarm) {
            return new FeedKey(metric, alarm.period().micros());
        }
    }
}

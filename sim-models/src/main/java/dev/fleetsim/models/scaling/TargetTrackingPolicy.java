package dev.fleetsim.models.scaling;

import dev.fleetsim.core.metrics.AlarmState;
import dev.fleetsim.core.metrics.ComparisonOperator;
import dev.fleetsim.core.metrics.MetricAlarm;
import dev.fleetsim.core.metrics.Statistic;

/**
 * Target tracking (aws-behaviour.md §1.3, §2.2, §2.5; modelling choices M2 and M4).
 *
 * <p>The policy owns two alarms on the metric's Average: high, "above target for
 * {@code outDatapoints} of as many periods" (default 3 of 3), and low, "below
 * {@code inRatio} × target for {@code inDatapoints} of as many periods" (default 15 of 15 below
 * 0.9 × target). High-resolution periods keep the same counts over the shorter period (M2).
 *
 * <p>At each evaluation, with {@code m} the latest visible datapoint:
 * <ul>
 *   <li><b>Scale-out</b> when the high alarm is in ALARM and {@code m > target}:
 *       {@code new = ceil(inService × m / target)}, where {@code inService} counts warming
 *       instances (M4's {@code cur_eff}); proposed only if it exceeds desired capacity, so units
 *       already launched count toward capacity (§2.5 a, b).</li>
 *   <li><b>Scale-in</b> when the low alarm is in ALARM, scale-in is enabled and no unit is
 *       Pending or warming (§2.5 c): remove {@code floor(cur × (1 − m / target))}, i.e.
 *       {@code new = cur − floor(cur × (1 − m/target))} (M4; a computed −1.5 removes 1, §2.2).</li>
 *   <li><b>Datapoint freshness</b> (our assumption, not AWS text): a change is sized only from a
 *       datapoint whose period began at or after the last observed change of desired or
 *       in-service capacity, so a datapoint measured on the old capacity is never multiplied by
 *       the new one.</li>
 * </ul>
 * INSUFFICIENT_DATA in either alarm means no action from it (§1.2).
 */
final class TargetTrackingPolicy implements DynamicPolicy {
    /** Rounding slack: 4 × 75 / 50 must be exactly 6, not 6.000000000000001. */
    private static final double EPS = 1e-9;

    private final String name;
    private final ScalableTarget target;
    private final MetricFeed feed;
    private final double targetValue;
    private final boolean scaleInEnabled;
    private final long warmupMicros;
    private final MetricAlarm high;
    private final MetricAlarm low;
    private final int range;

    TargetTrackingPolicy(String name, ScalableTarget target, MetricFeed feed, double targetValue, boolean scaleInEnabled,
            long warmupMicros, int outDatapoints, int inDatapoints, double inRatio) {
        this.name = name;
        this.target = target;
        this.feed = feed;
        this.targetValue = targetValue;
        this.scaleInEnabled = scaleInEnabled;
        this.warmupMicros = warmupMicros;
        this.high = MetricAlarm.on(feed.series())
                .statistic(Statistic.AVERAGE)
                .threshold(ComparisonOperator.GREATER_THAN_THRESHOLD, targetValue)
                .evaluationPeriods(outDatapoints)
                .datapointLag(feed.lag())
                .build();
        this.low = MetricAlarm.on(feed.series())
                .statistic(Statistic.AVERAGE)
                .threshold(ComparisonOperator.LESS_THAN_THRESHOLD, inRatio * targetValue)
                .evaluationPeriods(inDatapoints)
                .datapointLag(feed.lag())
                .build();
        this.range = Math.max(high.evaluationRange(), low.evaluationRange());
    }

    /** The evaluation range both alarms need from the series. */
    static int requiredRange(int outDatapoints, int inDatapoints) {
        return Math.max(MetricAlarm.defaultEvaluationRange(outDatapoints), MetricAlarm.defaultEvaluationRange(inDatapoints));
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
    public boolean vetoesScaleIn() {
        return scaleInEnabled;
    }

    @Override
    public Proposal evaluate(long now, long lastCapacityChangeAt) {
        AlarmState highState = high.evaluate(now);
        AlarmState lowState = low.evaluate(now);
        boolean wantOut = highState == AlarmState.ALARM;
        boolean wantIn = lowState == AlarmState.ALARM && scaleInEnabled;
        if (!wantOut && !wantIn) {
            return Proposal.NONE;
        }
        long p = feed.latestVisiblePeriod(now, range);
        if (p == MetricFeed.NONE || feed.series().periodStart(p) < lastCapacityChangeAt) {
            return Proposal.NONE; // nothing measured on the present capacity yet
        }
        double m = feed.series().datapoint(p, Statistic.AVERAGE);
        CapacityView cap = CapacityView.of(target, warmupMicros);
        if (wantOut) {
            return scaleOut(m, cap);
        }
        return scaleIn(m, cap);
    }

    private Proposal scaleOut(double m, CapacityView cap) {
        if (!(m > targetValue)) {
            return Proposal.NONE;
        }
        int cur = cap.inService();
        int wanted = (int) Math.min(Integer.MAX_VALUE, Math.ceil(cur * m / targetValue - EPS));
        int capacity = cap.clamp(wanted);
        if (capacity <= cap.desired()) {
            return Proposal.NONE;
        }
        return Proposal.out(name, capacity, feed.metric() + " " + Texts.number(m) + " > target "
                + Texts.number(targetValue) + " (" + high.datapointsToAlarm() + " of " + high.evaluationPeriods()
                + "): ceil(" + cur + " in service x " + Texts.number(m) + " / " + Texts.number(targetValue) + ") = " + wanted
                + clampNote(wanted, capacity));
    }

    private Proposal scaleIn(double m, CapacityView cap) {
        if (cap.inFlight() > 0 || !(m < targetValue)) {
            return Proposal.NONE; // blocked while warming (§2.5 c)
        }
        int cur = cap.current();
        int remove = (int) Math.floor(cur * (1 - m / targetValue) + EPS);
        int wanted = cur - remove;
        int capacity = cap.clamp(wanted);
        if (capacity >= cap.desired()) {
            return Proposal.NONE;
        }
        return Proposal.in(name, capacity, feed.metric() + " " + Texts.number(m) + " < "
                + Texts.number(low.threshold()) + " (" + low.datapointsToAlarm() + " of " + low.evaluationPeriods()
                + "): " + cur + " - floor(" + cur + " x (1 - " + Texts.number(m) + " / " + Texts.number(targetValue)
                + ")) = " + wanted + clampNote(wanted, capacity));
    }

    private static String clampNote(int wanted, int capacity) {
        return capacity != wanted ? " (clamped to " + capacity + ")" : "";
    }
}

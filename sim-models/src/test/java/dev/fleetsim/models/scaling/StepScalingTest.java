package dev.fleetsim.models.scaling;

import static dev.fleetsim.models.scaling.Specs.alarm;
import static dev.fleetsim.models.scaling.Specs.step;
import static dev.fleetsim.models.scaling.Specs.stepPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/** Step scaling against hand-derived answers (aws-behaviour.md §2.3, §2.5; M5). */
class StepScalingTest {
    private static final long MIN = SimTime.MICROS_PER_MINUTE;
    private final EventLoop loop = new EventLoop();

    @Test
    void aboveTheThresholdLowerIsInclusiveAndUpperExclusive() {
        StepTable t = new StepTable(List.of(step(0.0, 20.0, 1), step(20.0, null, 3)));
        assertEquals(0, t.select(0, true));
        assertEquals(0, t.select(19.999, true));
        assertEquals(1, t.select(20, true));
        assertEquals(1, t.select(1e9, true));
        assertEquals(-1, t.select(-0.001, true));
        assertEquals("[20, +inf)", t.describe(1, 20, true));
    }

    @Test
    void belowTheThresholdLowerIsExclusiveAndUpperInclusive() {
        StepTable t = new StepTable(List.of(step(-20.0, 0.0, -1), step(null, -20.0, -2)));
        assertEquals(0, t.select(0, false)); // exactly at the threshold of a <= alarm
        assertEquals(0, t.select(-19.999, false));
        assertEquals(1, t.select(-20, false));
        assertEquals(1, t.select(-1e9, false));
        assertEquals("(-inf, -20]", t.describe(1, -20, false));
    }

    @Test
    void percentRounding() {
        assertEquals(2, Adjustment.percentChange(10, 25, 0)); // 2.5 rounds down
        assertEquals(1, Adjustment.percentChange(3, 25, 0)); // 0.75 becomes 1
        assertEquals(1, Adjustment.percentChange(10, 10, 0)); // exactly 1
        assertEquals(-1, Adjustment.percentChange(3, -25, 0)); // -0.75 becomes -1
        assertEquals(-2, Adjustment.percentChange(10, -25, 0)); // -2.5 rounds up, towards zero
        assertEquals(0, Adjustment.percentChange(0, 50, 0)); // nothing to take a percentage of
        assertEquals(2, Adjustment.percentChange(4, 25, 2)); // 1, raised to MinAdjustmentMagnitude 2
        assertEquals(-2, Adjustment.percentChange(4, -25, 2));
        assertEquals(10, Adjustment.percentChange(100, 10, 2)); // already above the floor
        assertEquals(2, Adjustment.percentChange(0, 50, 2));
        assertEquals(13, Adjustment.apply(AdjustmentType.PERCENT_CHANGE_IN_CAPACITY, 25, 0, 11)); // 11 + 2.75 -> 13
        assertEquals(7, Adjustment.apply(AdjustmentType.EXACT_CAPACITY, 7, 0, 11));
        assertEquals(0, Adjustment.apply(AdjustmentType.CHANGE_IN_CAPACITY, -5, 0, 3));
    }

    @Test
    void warmingInstancesCountSoTheSameStepDoesNotStack() {
        // Alarm cpu >= 70, 3 of 3; +2 for [0, 20), +3 for [20, inf). Desired 10.
        // 3:00 cpu 80 (step +2): 10 -> 12; the two stay in flight (Pending).
        // 4:00, 5:00 cpu 80: +2 on 10 (12 less 2 in flight) = 12: nothing.
        // 6:00 cpu 95 (period 5; step +3): +3 on 10 = 13: one more.
        // 8:30 all 13 in service, warm-up over; 9:00 still 95: +3 on 13 = 16 (M5: re-run while in ALARM).
        FakeTarget t = new FakeTarget(loop, 1, 30, 10);
        t.launchesPend = true;
        t.feed(ScalingMetric.CPU, 12, k -> k < 5 ? 80 : 95);
        loop.scheduleAt(SimTime.seconds(510), () -> t.inService = 13);
        ScalingPolicies.attach(List.of(stepPolicy(alarm(AlarmComparison.GREATER_OR_EQUAL, 70, 3),
                AdjustmentType.CHANGE_IN_CAPACITY, null, step(0.0, 20.0, 2), step(20.0, null, 3))),
                t, loop, new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(10 * MIN);
        assertEquals(List.of(180L, 360L, 540L), t.activitySeconds());
        assertEquals(List.of(12, 13, 16), t.activities.stream().map(ScalingActivity::to).toList());
        assertEquals("cpu 95 >= 70 (3 of 3), step [20, +inf): +3 on 10 (desired 12 less 2 in flight) = 13",
                t.activities.get(1).reason());
        assertEquals("step-cpu", t.activities.get(1).policy());
    }

    @Test
    void scaleInRepeatsEveryMinuteWhileInAlarmDownToMin() {
        // Alarm cpu < 30, 3 of 3; -1 for (-10, 0], -2 for (-inf, -10]. cpu 15: -2 each minute from 3:00.
        FakeTarget t = new FakeTarget(loop, 4, 30, 10);
        t.feed(ScalingMetric.CPU, 12, k -> 15);
        ScalingPolicies.attach(List.of(stepPolicy(alarm(AlarmComparison.LESS, 30, 3), AdjustmentType.CHANGE_IN_CAPACITY, null,
                step(-10.0, 0.0, -1), step(null, -10.0, -2))), t, loop, new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(10 * MIN);
        assertEquals(List.of(180L, 240L, 300L), t.activitySeconds());
        assertEquals(List.of(8, 6, 4), t.activities.stream().map(ScalingActivity::to).toList());
    }

    @Test
    void scaleInWaitsForWarmUp() {
        FakeTarget t = new FakeTarget(loop, 4, 30, 10);
        t.warming = 2;
        t.feed(ScalingMetric.CPU, 12, k -> 15);
        ScalingPolicies.attach(List.of(stepPolicy(alarm(AlarmComparison.LESS, 30, 3), AdjustmentType.CHANGE_IN_CAPACITY, null,
                step(null, 0.0, -1))), t, loop, new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(10 * MIN);
        assertEquals(List.of(), t.activities);
    }

    @Test
    void percentStepWithMinAdjustmentMagnitude() {
        // 4 instances, +25% = 1, floored up to MinAdjustmentMagnitude 2: 6.
        FakeTarget t = new FakeTarget(loop, 1, 30, 4);
        t.feed(ScalingMetric.CPU, 5, k -> 90);
        ScalingPolicies.attach(List.of(stepPolicy(alarm(AlarmComparison.GREATER, 70, 1),
                AdjustmentType.PERCENT_CHANGE_IN_CAPACITY, 2, step(0.0, null, 25))), t, loop, new MRG32k3a(),
                ScalingOptions.NO_LAG);
        loop.runUntil(MIN);
        assertEquals(6, t.desired);
        assertEquals("cpu 90 > 70 (1 of 1), step [0, +inf): +25% on 4 = 6", t.activities.get(0).reason());
    }

    @Test
    void exactCapacityStep() {
        FakeTarget t = new FakeTarget(loop, 1, 30, 4);
        t.feed(ScalingMetric.CPU, 5, k -> 90);
        ScalingPolicies.attach(List.of(stepPolicy(alarm(AlarmComparison.GREATER, 70, 1), AdjustmentType.EXACT_CAPACITY, null,
                step(0.0, 10.0, 5), step(10.0, null, 9))), t, loop, new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(5 * MIN);
        assertEquals(List.of(60L), t.activitySeconds());
        assertEquals(9, t.desired);
    }
}

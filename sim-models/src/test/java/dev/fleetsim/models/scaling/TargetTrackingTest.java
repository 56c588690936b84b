package dev.fleetsim.models.scaling;

import static dev.fleetsim.models.scaling.Specs.tt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.scenario.ScalingPolicySpec;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.List;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/**
 * Target tracking against hand-derived answers (aws-behaviour.md §1.3, §2.2, §2.5; M2, M4).
 * Datapoint lag is 0 unless a test says otherwise, so period k (minute k) is visible at the
 * evaluation at the end of minute k, t = 60(k+1) s.
 */
class TargetTrackingTest {
    private static final long MIN = SimTime.MICROS_PER_MINUTE;

    private final EventLoop loop = new EventLoop();

    private ScalingController attach(FakeTarget t, ScalingOptions options, ScalingPolicySpec... specs) {
        return ScalingPolicies.attach(List.of(specs), t, loop, new MRG32k3a(), options);
    }

    private ScalingController attach(FakeTarget t, ScalingPolicySpec... specs) {
        return attach(t, ScalingOptions.NO_LAG, specs);
    }

    @Test
    void scaleOutAfterThreeBreachingDatapointsNotTwo() {
        // 4 instances at 40% for minutes 0-9, then 75% (target 50). Periods 10, 11, 12 breach; the
        // third closes at 13:00, so the high alarm goes to ALARM then: ceil(4 x 75 / 50) = 6.
        FakeTarget t = new FakeTarget(loop, 1, 20, 4);
        t.feed(ScalingMetric.CPU, 30, k -> k < 10 ? 40 : 75);
        attach(t, tt(ScalingMetric.CPU, 50));
        loop.runUntil(12 * MIN); // two breaching datapoints seen: nothing yet
        assertEquals(List.of(), t.activities);
        loop.runUntil(13 * MIN);
        assertEquals(List.of(780L), t.activitySeconds());
        assertEquals(4, t.activities.get(0).from());
        assertEquals(6, t.activities.get(0).to());
        assertEquals("target-tracking-cpu", t.activities.get(0).policy());
        assertEquals("cpu 75 > target 50 (3 of 3): ceil(4 in service x 75 / 50) = 6", t.activities.get(0).reason());
    }

    @Test
    void datapointLagDelaysTheAlarm() {
        // With a 60 s ingestion delay period 12 is visible only at 14:00; at 13:00 the alarm
        // evaluates 11, 10, 9 (two breaches of three) and stays OK.
        FakeTarget t = new FakeTarget(loop, 1, 20, 4);
        t.feed(ScalingMetric.CPU, 30, k -> k < 10 ? 40 : 75);
        attach(t, ScalingOptions.fixedLag(SimTime.seconds(60)), tt(ScalingMetric.CPU, 50));
        loop.runUntil(13 * MIN);
        assertEquals(List.of(), t.activities);
        loop.runUntil(14 * MIN);
        assertEquals(List.of(840L), t.activitySeconds());
    }

    @Test
    void aBurstShorterThanThreeMinutesNeverScalesOut() {
        FakeTarget t = new FakeTarget(loop, 1, 20, 4);
        t.feed(ScalingMetric.CPU, 30, k -> k == 5 || k == 6 ? 95 : 40);
        attach(t, tt(ScalingMetric.CPU, 50));
        loop.runUntil(30 * MIN);
        assertEquals(List.of(), t.activities);
    }

    @Test
    void scaleInAfterFifteenLowDatapointsAndSlowerThanScaleOut() {
        // 10 instances at 20% (target 50; low threshold 45). Periods 0..14 are all low at 15:00:
        // remove floor(10 x (1 - 20/50)) = 6, leaving 4. At 14:00 only 14 low datapoints exist.
        FakeTarget t = new FakeTarget(loop, 1, 20, 10);
        t.feed(ScalingMetric.CPU, 30, k -> 20);
        attach(t, tt(ScalingMetric.CPU, 50));
        loop.runUntil(14 * MIN);
        assertEquals(List.of(), t.activities);
        loop.runUntil(15 * MIN);
        assertEquals(List.of(900L), t.activitySeconds());
        assertEquals(4, t.activities.get(0).to());
        assertEquals("cpu 20 < 45 (15 of 15): 10 - floor(10 x (1 - 20 / 50)) = 4", t.activities.get(0).reason());
    }

    @Test
    void roundingAsTheUserGuideShowsIt() {
        // aws-behaviour.md §2.2: a computed +1.5 adds 2, a computed -1.5 removes 1.
        FakeTarget out = new FakeTarget(loop, 1, 20, 3);
        out.feed(ScalingMetric.CPU, 10, k -> 75); // 3 x 75/50 = 4.5 -> 5
        attach(out, tt(ScalingMetric.CPU, 50));
        EventLoop loop2 = new EventLoop();
        FakeTarget in = new FakeTarget(loop2, 1, 20, 3);
        in.feed(ScalingMetric.CPU, 20, k -> 25); // 3 x (1 - 25/50) = 1.5 -> remove 1
        ScalingPolicies.attach(List.of(tt(ScalingMetric.CPU, 50)), in, loop2, new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(3 * MIN);
        loop2.runUntil(15 * MIN);
        assertEquals(5, out.desired);
        assertEquals(2, in.desired);
    }

    @Test
    void warmingInstancesBlockScaleIn() {
        FakeTarget t = new FakeTarget(loop, 1, 20, 10);
        t.warming = 1;
        t.feed(ScalingMetric.CPU, 40, k -> 20);
        loop.scheduleAt(SimTime.seconds(1230), () -> t.warming = 0); // warm-up ends at 20:30
        attach(t, tt(ScalingMetric.CPU, 50));
        loop.runUntil(21 * MIN - 1);
        assertEquals(List.of(), t.activities);
        loop.runUntil(21 * MIN);
        assertEquals(List.of(1260L), t.activitySeconds());
        assertEquals(4, t.desired);
    }

    @Test
    void pendingInstancesBlockScaleInToo() {
        FakeTarget t = new FakeTarget(loop, 1, 20, 11);
        t.inService = 10; // one still Pending
        t.feed(ScalingMetric.CPU, 40, k -> 20);
        attach(t, tt(ScalingMetric.CPU, 50));
        loop.runUntil(30 * MIN);
        assertEquals(List.of(), t.activities);
    }

    @Test
    void warmingInstancesCountWhenSizingScaleOut() {
        // 6 in service, 2 of them warming; the 4 others report 90%. M4: ceil(6 x 90 / 50) = 11.
        FakeTarget t = new FakeTarget(loop, 1, 20, 6);
        t.warming = 2;
        t.feed(ScalingMetric.CPU, 10, k -> 90);
        attach(t, tt(ScalingMetric.CPU, 50));
        loop.runUntil(3 * MIN);
        assertEquals(11, t.desired);
    }

    @Test
    void pendingLaunchesAreNotAddedAgain() {
        // 4 at 75% -> 6 at 3:00; the 2 new ones stay Pending, the metric stays 75%: ceil(4 x 75/50)
        // = 6 again, which is no more than desired, so nothing stacks while the alarm stays high.
        FakeTarget t = new FakeTarget(loop, 1, 20, 4);
        t.launchesPend = true;
        t.feed(ScalingMetric.CPU, 20, k -> 75);
        attach(t, tt(ScalingMetric.CPU, 50));
        loop.runUntil(15 * MIN);
        assertEquals(List.of(180L), t.activitySeconds());
        assertEquals(6, t.desired);
    }

    @Test
    void anInServiceChangeWaitsForAFreshDatapoint() {
        // 4 -> 6 at 3:00 (launches pending). The two come into service at 5:30 and the metric is
        // still 75% on the old datapoints: sizing 6 x 75/50 = 9 from them would double-count. The
        // change is noticed at the 6:00 tick; period 6 (from 6:00) is the first measured on 6
        // instances, visible at 7:00. It reads 50% (load now spread over 6): no further scale-out.
        FakeTarget t = new FakeTarget(loop, 1, 20, 4);
        t.launchesPend = true;
        t.feed(ScalingMetric.CPU, 20, k -> k < 6 ? 75 : 50);
        loop.scheduleAt(SimTime.seconds(330), () -> t.inService = 6);
        attach(t, tt(ScalingMetric.CPU, 50));
        loop.runUntil(20 * MIN);
        assertEquals(List.of(180L), t.activitySeconds());
        assertEquals(6, t.desired);
    }

    @Test
    void disableScaleInNeverScalesIn() {
        FakeTarget t = new FakeTarget(loop, 1, 20, 10);
        t.feed(ScalingMetric.CPU, 40, k -> 20);
        attach(t, Specs.tt("no-in", ScalingMetric.CPU, 50, true, null));
        loop.runUntil(40 * MIN);
        assertEquals(List.of(), t.activities);
    }

    @Test
    void minAndMaxAreNeverCrossed() {
        // 4 at 90% wants ceil(7.2) = 8 but max is 5; then at max nothing more is asked for.
        FakeTarget up = new FakeTarget(loop, 1, 5, 4);
        up.feed(ScalingMetric.CPU, 20, k -> 90);
        attach(up, tt(ScalingMetric.CPU, 50));
        // 10 at 20% wants 4 but min is 6.
        EventLoop loop2 = new EventLoop();
        FakeTarget down = new FakeTarget(loop2, 6, 20, 10);
        down.feed(ScalingMetric.CPU, 40, k -> 20);
        ScalingPolicies.attach(List.of(tt(ScalingMetric.CPU, 50)), down, loop2, new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(20 * MIN);
        loop2.runUntil(40 * MIN);
        assertEquals(List.of(5), up.requested);
        assertEquals("cpu 90 > target 50 (3 of 3): ceil(4 in service x 90 / 50) = 8 (clamped to 5)",
                up.activities.get(0).reason());
        assertEquals(List.of(6), down.requested);
        for (ScalingActivity a : up.activities) {
            assertTrue(a.to() <= 5);
        }
    }

    @Test
    void insufficientDataNeverScales() {
        FakeTarget t = new FakeTarget(loop, 1, 20, 4);
        attach(t, tt(ScalingMetric.CPU, 50));
        loop.runUntil(60 * MIN);
        assertEquals(List.of(), t.activities);
    }

    @Test
    void highResolutionPeriodUsesTheSameCountsOverShorterPeriods() {
        // M2: 10 s periods, 3 of 3 -> three 10 s datapoints; evaluated every 10 s. Breaching from
        // period 6 (60 s): periods 6, 7, 8 are visible at 90 s.
        FakeTarget t = new FakeTarget(loop, 1, 20, 4);
        ScalingController c = attach(t, Specs.tt("fast", ScalingMetric.CPU, 50, false, SimDuration.ofSeconds(10)));
        t.feed(t.series(ScalingMetric.CPU, SimTime.seconds(10)), 30, k -> k < 6 ? 40 : 100);
        assertEquals(SimTime.seconds(10), c.tickMicros());
        loop.runUntil(SimTime.seconds(80));
        assertEquals(List.of(), t.activities);
        loop.runUntil(SimTime.seconds(90));
        assertEquals(List.of(90L), t.activitySeconds());
        assertEquals(8, t.desired);
    }

    @Test
    void warmupDefaultsToTheGroupsThenToItsCooldown() {
        FakeTarget t = new FakeTarget(loop, 1, 2, 1);
        assertEquals(SimTime.seconds(300), ScalingPolicies.warmup(null, t));
        t.defaultWarmup = SimTime.seconds(60);
        assertEquals(SimTime.seconds(60), ScalingPolicies.warmup(null, t));
        assertEquals(SimTime.seconds(0), ScalingPolicies.warmup(SimDuration.ofSeconds(0), t));
    }

    @Test
    void oneEvaluationEventPerCadence() {
        FakeTarget t = new FakeTarget(loop, 1, 20, 4);
        attach(t, tt(ScalingMetric.CPU, 50), tt(ScalingMetric.REQUEST_COUNT_PER_TARGET, 1000));
        assertEquals(1, loop.pending());
        loop.runUntil(60 * MIN);
        assertEquals(60, loop.eventsRun());
    }
}

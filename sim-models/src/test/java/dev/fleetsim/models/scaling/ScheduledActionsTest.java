package dev.fleetsim.models.scaling;

import static dev.fleetsim.models.scaling.Specs.cron;
import static dev.fleetsim.models.scaling.Specs.once;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.scenario.ScalingPolicySpec;
import dev.fleetsim.models.scenario.ScalingPolicySpec.ActionDelay;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.List;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/** Scheduled actions: the right minute in the right zone, in order, with M7's delay (aws-behaviour.md §2.8). */
class ScheduledActionsTest {
    private static final long HOUR = SimTime.MICROS_PER_HOUR;
    private static final ActionDelay NONE = new ActionDelay.None();
    private final EventLoop loop = new EventLoop();

    @Test
    void weekdayMorningAndEveningInNewYork() {
        // Time 0 is Monday 2024-01-01 00:00 UTC = Sunday 19:00 EST. 07:00 EST = 12:00 UTC and
        // 19:00 EST = 00:00 UTC next day, Monday to Friday; nothing at the weekend.
        FakeTarget t = new FakeTarget(loop, 1, 20, 2);
        ScalingPolicies.attach(List.of(
                cron("morning", "0 7 * * MON-FRI", "America/New_York", 4, 40, 10, NONE),
                cron("evening", "0 19 * * MON-FRI", "America/New_York", 1, null, 2, NONE)),
                t, loop, new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(8 * 24 * HOUR - 1);
        List<Long> hours = t.activities.stream().map(a -> a.timeMicros() / HOUR).toList();
        assertEquals(List.of(12L, 24L, 36L, 48L, 60L, 72L, 84L, 96L, 108L, 120L, 180L), hours);
        assertEquals("morning", t.activities.get(0).policy());
        assertEquals(10, t.activities.get(0).to());
        assertEquals("scheduled action cron '0 7 * * MON-FRI' America/New_York, due at 2024-01-01T12:00:00Z, ran on time:"
                + " min 4, max 40, desired 10", t.activities.get(0).reason());
        assertEquals(4, t.min); // Monday morning's action ran last
        assertEquals(40, t.max);
    }

    @Test
    void exactlyOnTheMinuteNotBefore() {
        FakeTarget t = new FakeTarget(loop, 1, 20, 2);
        ScalingPolicies.attach(List.of(cron(null, "0 7 * * *", "Europe/Berlin", null, null, 10, NONE)), t, loop,
                new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(6 * HOUR - 1); // 07:00 CET = 06:00 UTC
        assertEquals(2, t.desired);
        loop.runUntil(6 * HOUR);
        assertEquals(10, t.desired);
        assertEquals("scheduled-0", t.activities.get(0).policy());
    }

    @Test
    void oneTimeActionWithAFixedDelay() {
        FakeTarget t = new FakeTarget(loop, 1, 20, 2);
        ScalingPolicies.attach(List.of(once("surge", SimDuration.parse("2d"), 10,
                new ActionDelay.Fixed(SimDuration.ofSeconds(30)))), t, loop, new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(10 * 24 * HOUR);
        assertEquals(List.of(2 * 24 * 3600L + 30), t.activitySeconds());
        assertEquals(0, loop.pending());
    }

    @Test
    void actionsDueTogetherRunInOrderOneAfterAnother() {
        // Both due at 1h with M7 delays: whatever is drawn, "b" never runs before "a".
        for (int seed = 1; seed <= 50; seed++) {
            EventLoop l = new EventLoop();
            FakeTarget t = new FakeTarget(l, 1, 20, 2);
            ScalingPolicies.attach(List.of(once("a", SimDuration.parse("1h"), 5, ActionDelay.M7.DEFAULT),
                    once("b", SimDuration.parse("1h"), 7, ActionDelay.M7.DEFAULT)), t, l,
                    new RandomStreams(seed).stream("scaling/test", 0), ScalingOptions.NO_LAG);
            l.runUntil(2 * HOUR);
            assertEquals(List.of("a", "b"), t.activities.stream().map(ScalingActivity::policy).toList());
            long a = t.activities.get(0).timeMicros();
            long b = t.activities.get(1).timeMicros();
            assertTrue(HOUR <= a && a <= b && b <= HOUR + SimTime.seconds(120), a + " " + b);
            assertEquals(7, t.desired);
        }
    }

    @Test
    void m7DelayDistribution() {
        // U(0, 20 s) w.p. 0.95, U(20, 120 s) w.p. 0.05: mean 0.95 x 10 + 0.05 x 70 = 13 s.
        RandomStream s = new RandomStreams(7).stream("scaling/test", 0);
        ActionDelaySampler d = ActionDelaySampler.of(ActionDelay.M7.DEFAULT, s);
        int n = 100_000;
        int late = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            long v = d.drawMicros();
            assertTrue(v >= 0 && v <= SimTime.seconds(120));
            late += v > SimTime.seconds(20) ? 1 : 0;
            sum += SimTime.toSeconds(v);
        }
        assertEquals(0.05, late / (double) n, 0.004); // sd of the share ~ 0.0007
        assertEquals(13.0, sum / n, 0.2); // sd of the mean ~ 0.05 s
        ActionDelaySampler custom = ActionDelaySampler.of(new ActionDelay.M7(SimDuration.ofSeconds(5), new Fraction(0),
                SimDuration.ofSeconds(5)), s);
        assertTrue(custom.drawMicros() <= SimTime.seconds(5));
    }

    @Test
    void aScheduledActionComesBeforeTheEvaluationAtTheSameInstant() {
        // At 1:00:00 "cap" lowers max to 5 and the CPU policy wants 4 x 90/50 = 8. The action runs
        // first, so the policy's change is clamped to 5 (one activity), not 8 then 5. The
        // every-minute "noop" action makes the actions' event come after the tick in the queue, so
        // only the controller's ordering puts "cap" first.
        FakeTarget t = new FakeTarget(loop, 1, 20, 4);
        t.feed(ScalingMetric.CPU, 70, k -> k >= 57 ? 90 : 40);
        ScalingPolicies.attach(List.of(Specs.tt(ScalingMetric.CPU, 50),
                cron("cap", "0 1 * * *", null, null, 5, null, NONE),
                cron("noop", "* * * * *", null, 1, null, null, NONE)), t, loop, new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(HOUR);
        assertEquals(List.of(3600L), t.activitySeconds());
        assertEquals(5, t.activities.get(0).to());
        assertEquals("target-tracking-cpu", t.activities.get(0).policy());
    }

    @Test
    void startAndEndBoundARecurrence() {
        // "hourly" sets desired 3 on the hour from 90m to 4h (2h, 3h, 4h); "flip" puts it back to 2
        // at every half hour.
        FakeTarget t = new FakeTarget(loop, 1, 20, 2);
        ScalingPolicies.attach(List.of(
                new ScalingPolicySpec.Scheduled("hourly", "0 * * * *", null, null, SimDuration.parse("90m"),
                        SimDuration.parse("4h"), null, null, 3, NONE),
                new ScalingPolicySpec.Scheduled("flip", "30 * * * *", null, null, null, null, null, null, 2, NONE)),
                t, loop, new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(6 * HOUR);
        assertEquals(List.of(7200L, 9000L, 10800L, 12600L, 14400L, 16200L), t.activitySeconds());
    }

    @Test
    void anActionThatWouldLeaveMinAboveMaxFailsAndChangesNothing() {
        // The group's max is 20; "min30" sets min 30 alone, which AWS refuses when it runs.
        FakeTarget t = new FakeTarget(loop, 1, 20, 2);
        ScalingPolicies.attach(List.of(new ScalingPolicySpec.Scheduled("min30", null, SimDuration.parse("2h"), null, null,
                null, 30, null, null, NONE)), t, loop, new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(3 * HOUR);
        assertEquals(1, t.min);
        assertEquals(List.of(), t.activities);
    }
}

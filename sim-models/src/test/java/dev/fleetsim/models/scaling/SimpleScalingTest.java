package dev.fleetsim.models.scaling;

import static dev.fleetsim.models.scaling.Specs.alarm;
import static dev.fleetsim.models.scaling.Specs.simple;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.List;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/** Simple scaling: one adjustment, then wait for the activity and the cooldown (aws-behaviour.md §2.4). */
class SimpleScalingTest {
    private static final long MIN = SimTime.MICROS_PER_MINUTE;
    private final EventLoop loop = new EventLoop();

    private FakeTarget run(long activitySeconds, SimDuration cooldown, long untilMinutes) {
        FakeTarget t = new FakeTarget(loop, 1, 30, 4);
        t.activityDuration = SimTime.seconds(activitySeconds);
        t.feed(ScalingMetric.CPU, (int) untilMinutes, k -> 90);
        ScalingPolicies.attach(List.of(simple(alarm(AlarmComparison.GREATER, 70, 1), 2, cooldown)), t, loop, new MRG32k3a(),
                ScalingOptions.NO_LAG);
        loop.runUntil(untilMinutes * MIN);
        return t;
    }

    @Test
    void waitsForTheActivityThenTheCooldown() {
        // 1:00 alarm -> 4 to 6; the activity ends at 2:30; cooldown 300 s -> 7:30; next tick 8:00
        // -> 6 to 8; ends 9:30; 14:30; tick 15:00 -> 8 to 10.
        FakeTarget t = run(90, null, 15);
        assertEquals(List.of(60L, 480L, 900L), t.activitySeconds());
        assertEquals(10, t.desired);
        assertEquals("cpu 90 > 70 (1 of 1): +2 on 4 = 6", t.activities.get(0).reason());
    }

    @Test
    void aLongActivityHoldsTheCooldownBack() {
        // The activity lasts 400 s (1:00 to 7:40); cooldown 300 s from then -> 12:40; tick 13:00.
        FakeTarget t = run(400, SimDuration.ofSeconds(300), 15);
        assertEquals(List.of(60L, 780L), t.activitySeconds());
    }

    @Test
    void aPolicyCooldownOverridesTheGroupDefault() {
        // Cooldown 60 s: activity ends 2:30, ready 3:30, tick 4:00.
        FakeTarget t = run(90, SimDuration.ofSeconds(60), 4);
        assertEquals(List.of(60L, 240L), t.activitySeconds());
    }
}

package dev.fleetsim.models.ec2;

import static dev.fleetsim.models.ec2.Ec2TestSupport.s;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.ec2.Ec2TestSupport.Harness;
import dev.fleetsim.models.scaling.ScalingActivity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Instance lifecycle, capacity limits and activities, with constant times so answers are exact. */
class LifecycleTest {
    private static final String COLD = Ec2TestSupport.ONE_SLOT + """

            capacity: {min: 0, max: 5, desired: 2}
            initial_state: launching
            boot_time: {type: constant, value: 40s}
            """;

    @Test
    void inServiceExactlyAtBootPlusLaunchHook() {
        Harness h = new Harness(COLD + "lifecycle_hooks: {launch: {duration: {type: constant, value: 20s}}}");
        assertEquals(2, h.target.currentCapacity(), "Pending counts toward desired");
        h.runTo(60 - 1e-6);
        assertEquals(0, h.inService());
        assertTrue(h.group.instances().stream().allMatch(i -> i.state() == InstanceState.PENDING));
        h.runTo(60);
        assertEquals(2, h.inService());
        assertEquals(2, h.group.registeredTargets());
        assertTrue(h.group.instances().stream().allMatch(i -> i.inServiceAt() == s(60)));
    }

    @Test
    void abandonedLaunchIsTerminatedAndReplaced() {
        Harness h = new Harness(COLD.replace("desired: 2", "desired: 1") + """
                lifecycle_hooks: {launch: {duration: {type: constant, value: 100s}, heartbeat_timeout: 30s}}
                """);
        h.group.startMeasurement(0);
        h.runTo(70 - 1e-6);
        assertEquals(1, h.group.liveInstances().size());
        h.runTo(70); // boot 40 s, then the hook times out at 30 s with the default ABANDON
        List<Instance> live = h.group.liveInstances();
        assertEquals(1, live.size(), "the first is gone, its replacement launching");
        assertEquals(s(70), live.get(0).launchTime());
        assertEquals(0, h.inService());
        h.group.endMeasurement(s(70));
        assertEquals(List.of(), h.group.activities(), "replacements are not desired-capacity changes");
    }

    @Test
    void aHookLeftAtItsDefaultsTimesOutAfterAnHourAndAbandons() {
        // 2.7: HeartbeatTimeout default 3600 s, DefaultResult default ABANDON. Nothing completes
        // the hook before two hours: at boot 40 s + 3600 s the launch is abandoned and replaced.
        Harness h = new Harness(COLD.replace("desired: 2", "desired: 1")
                + "lifecycle_hooks: {launch: {duration: {type: constant, value: 2h}}}\n");
        h.runTo(3640 - 1e-6);
        assertEquals(0, h.launchTimeOfOnlyInstance(), "the first launch is still waiting on its hook");
        h.runTo(3640);
        assertEquals(0, h.inService(), "abandoned, not put in service");
        assertEquals(s(3640), h.launchTimeOfOnlyInstance(), "replaced at the timeout");
    }

    @Test
    void hookTimeoutWithContinueGoesInService() {
        Harness h = new Harness(COLD + """
                lifecycle_hooks: {launch: {duration: {type: constant, value: 100s}, heartbeat_timeout: 30s, default_result: continue}}
                """);
        h.runTo(70 - 1e-6);
        assertEquals(0, h.inService());
        h.runTo(70);
        assertEquals(2, h.inService());
    }

    @Test
    void desiredIsClampedAndEveryChangeRecorded() {
        Harness h = new Harness(COLD);
        h.runTo(100);
        assertEquals(5, h.target.setDesiredCapacity(12, "p", "surge"));
        assertEquals(5, h.target.setDesiredCapacity(5, "p", "again"));
        assertEquals(0, h.target.setDesiredCapacity(-3, "p", "quiet"));
        List<ScalingActivity> a = h.group.activities();
        assertEquals(List.of(new ScalingActivity(s(100), "web", "p", 2, 5, "surge"),
                new ScalingActivity(s(100), "web", "p", 5, 0, "quiet")), a);
        h.target.setLimits(3, 4, null, "scheduled", "morning");
        assertEquals(3, h.target.desiredCapacity(), "desired clamped into the new range");
        assertEquals(3, h.target.minCapacity());
        assertEquals(4, h.target.maxCapacity());
        assertEquals(3, h.group.activities().size());
    }

    @Test
    void minAndMaxAreNeverCrossedByInstancesEither() {
        Harness h = new Harness(COLD);
        h.desiredAt(50, 99);
        h.runTo(200);
        assertEquals(5, h.inService());
        h.desiredAt(300, -1);
        h.runTo(400);
        assertEquals(0, h.group.liveInstances().size());
    }

    @Test
    void activityLastsFromTheChangeToTheLastInstanceInService() {
        Harness h = new Harness(COLD);
        h.runTo(100);
        assertFalse(h.target.activityInProgress());
        assertEquals(s(40), h.target.lastActivityEndedAt(), "the initial launch");
        h.desiredAt(200, 4);
        h.runTo(200);
        assertTrue(h.target.activityInProgress());
        h.runTo(240);
        assertFalse(h.target.activityInProgress());
        assertEquals(s(240), h.target.lastActivityEndedAt());
    }

    @Test
    void warmingInstancesAreCountedUntilTheirWarmupEnds() {
        Harness h = new Harness(COLD + "default_instance_warmup: 60s");
        h.runTo(40);
        assertEquals(2, h.target.warmingCapacity(s(60)));
        assertEquals(2, h.target.inServiceCapacity());
        h.runTo(99);
        assertEquals(2, h.target.warmingCapacity(s(60)));
        h.runTo(100);
        assertEquals(0, h.target.warmingCapacity(s(60)));
    }

    @Test
    void instancesInServiceAtTheStartAreAlreadyWarm() {
        Harness h = new Harness(Ec2TestSupport.ONE_SLOT + "\ncapacity: {min: 1, max: 4, desired: 3}");
        assertEquals(3, h.inService());
        assertEquals(0, h.target.warmingCapacity(s(300)));
        assertArrayEquals(new int[] {1, 1, 1}, h.group.zoneCounts());
    }
}

package dev.fleetsim.models.fargate;

import static dev.fleetsim.models.fargate.FargateTestSupport.CONSTANT_STARTUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.spot.InterruptionClock;
import org.junit.jupiter.api.Test;

/**
 * Fargate Spot interruptions (aws-behaviour.md 5.5): warning and SIGTERM together, the task leaves
 * the load balancer, a replacement starts at once, and SIGKILL follows after the stop timeout,
 * which cannot exceed the warning's two minutes.
 */
class FargateSpotTest {
    private static final String SPOT = """
            task: {cpu: 1, memory: 2GB, stop_timeout: %s}
            capacity: {min: 0, max: 4, desired: 1}
            capacity_providers: [{provider: FARGATE_SPOT, weight: 1}]
            spot: {interruption_band: "<5%%"%s}
            """ + CONSTANT_STARTUP;

    private static FargateTestSupport.Harness spotService(String stopTimeout, String spotExtra) {
        return new FargateTestSupport.Harness(SPOT.formatted(stopTimeout, spotExtra));
    }

    @Test
    void theWarningIsTwoMinutes() {
        assertEquals(120_000_000L, InterruptionClock.NOTICE_MICROS);
    }

    @Test
    void sigkillComesTwoMinutesAfterTheWarningWithTheLongestStopTimeout() {
        FargateTestSupport.Harness h = spotService("120s", "");
        FargateTask t = h.task(0);
        h.requestAt(50, 1000); // still in service when the warning comes
        h.loop.scheduleAt(FargateTestSupport.s(100), () -> h.service.warn(t));
        h.runTo(100);
        assertEquals(FargateTask.State.DEACTIVATING, t.state);
        assertEquals(0, h.service.healthyTasks()); // out of the load balancer at once
        assertEquals(1, h.service.liveTasks()); // the replacement started with the warning
        h.runTo(100 + 53); // the replacement is healthy 53 s after the warning
        assertEquals(1, h.service.healthyTasks());
        assertTrue(h.task(1).spot); // M20: on Spot again, no fallback to FARGATE
        h.runTo(219.999);
        assertEquals(FargateTask.State.DEACTIVATING, t.state);
        assertEquals(0, h.stats.interrupted());
        h.runTo(220);
        assertEquals(FargateTask.State.STOPPED, t.state);
        assertEquals(1, h.stats.interrupted()); // lost to the interruption
    }

    @Test
    void sigkillFollowsTheStopTimeout() {
        FargateTestSupport.Harness h = spotService("30s", "");
        FargateTask t = h.task(0);
        h.requestAt(50, 1000);
        h.loop.scheduleAt(FargateTestSupport.s(100), () -> h.service.warn(t));
        h.runTo(129.999);
        assertEquals(0, h.stats.interrupted());
        h.runTo(130);
        assertEquals(1, h.stats.interrupted());
        assertEquals(FargateTask.State.STOPPED, t.state);
    }

    @Test
    void anIdleTaskStopsAtTheWarningAndIsCounted() {
        FargateTestSupport.Harness h = spotService("30s", "");
        FargateTask t = h.task(0);
        h.loop.scheduleAt(FargateTestSupport.s(100), () -> h.service.warn(t));
        double interruptions = h.reportAt(101).get("fleets", "svc", "spot_interruptions");
        assertEquals(FargateTask.State.STOPPED, t.state); // nothing to drain
        assertEquals(1.0, interruptions);
    }

    @Test
    void withoutSpotCapacityTheReplacementWaitsAndIsRetriedEveryMinute() {
        // No Spot capacity from 90 s to 200 s; the warning at 100 s asks for a replacement.
        FargateTestSupport.Harness h = spotService("30s", ", no_capacity: [{start: 90s, duration: 110s}]");
        h.loop.scheduleAt(FargateTestSupport.s(100), () -> h.service.warn(h.task(0)));
        h.runTo(100);
        FargateTask r = h.task(1);
        assertEquals(FargateTask.State.WAITING_FOR_CAPACITY, r.state);
        h.runTo(160); // retried at 160 s: still none
        assertEquals(FargateTask.State.WAITING_FOR_CAPACITY, r.state);
        h.runTo(220); // retried at 220 s: placed; provisioning takes 8 s
        assertEquals(FargateTask.State.PROVISIONING, r.state);
        h.runTo(220 + 53);
        assertEquals(1, h.service.healthyTasks());
    }
}

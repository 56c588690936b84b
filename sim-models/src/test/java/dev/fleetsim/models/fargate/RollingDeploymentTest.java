package dev.fleetsim.models.fargate;

import static dev.fleetsim.models.fargate.FargateTestSupport.CONSTANT_STARTUP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.models.results.ResultValues;
import org.junit.jupiter.api.Test;

/** Rolling updates with new tasks healthy 53 s after launch (constant start-up). */
class RollingDeploymentTest {
    private static final String SERVICE = """
            task: {cpu: 1, memory: 2GB}
            capacity: {min: 0, max: 10, desired: 2}
            deployment: {at: 100s, minimum_healthy_percent: %d, maximum_percent: %d}
            """ + CONSTANT_STARTUP;

    @Test
    void halfDownThenHalfUp() {
        // 50%/100% of 2: at most 2 tasks, at least 1 healthy. At 100 s one old task stops and one
        // new starts; at 153 s it is healthy, the second old stops and the second new starts;
        // at 206 s the deployment is done.
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(SERVICE.formatted(50, 100));
        h.runTo(100);
        assertEquals(1, h.service.healthyTasks());
        assertEquals(2, h.service.liveTasks());
        h.runTo(153);
        assertEquals(1, h.service.healthyTasks());
        ResultValues out = h.reportAt(300);
        assertEquals(2, h.service.healthyTasks());
        assertEquals(106.0, out.get("fleets", "svc", "deployment", "duration_s"));
        assertEquals(0.0, out.get("fleets", "svc", "deployment", "unfinished"));
        assertEquals(1.0, out.get("fleets", "svc", "deployment", "min_healthy_tasks"));
    }

    @Test
    void aDeploymentStillRunningAtTheEndReportsItsDurationSoFarAndIsFlagged() {
        // 50%/100% as above, but the run ends at 180 s, between the two halves (done at 206 s).
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(SERVICE.formatted(50, 100));
        ResultValues out = h.reportAt(180);
        assertEquals(80.0, out.get("fleets", "svc", "deployment", "duration_s"), 1e-9, "100 s to 180 s, a lower bound");
        assertEquals(1.0, out.get("fleets", "svc", "deployment", "unfinished"));
    }

    @Test
    void aDeploymentAfterTheEndIsNotCounted() {
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(SERVICE.formatted(50, 100));
        ResultValues out = h.reportAt(60);
        assertEquals(0.0, out.get("fleets", "svc", "deployment", "duration_s"));
        assertEquals(0.0, out.get("fleets", "svc", "deployment", "unfinished"));
        assertEquals(0.0, out.get("fleets", "svc", "deployment", "min_healthy_tasks"));
    }

    @Test
    void defaultsKeepFullCapacity() {
        // 100%/200%: both new tasks start at 100 s, the second 50 ms later (the launch-rate cap of
        // 20 tasks/s, M19); each old one stops when a new one is healthy, at 153 s and 153.05 s.
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(SERVICE.formatted(100, 200));
        h.runTo(100);
        assertEquals(4, h.service.liveTasks());
        ResultValues out = h.reportAt(300);
        assertEquals(2, h.service.healthyTasks());
        assertEquals(53.05, out.get("fleets", "svc", "deployment", "duration_s"), 1e-9);
        assertEquals(2.0, out.get("fleets", "svc", "deployment", "min_healthy_tasks"));
    }
}

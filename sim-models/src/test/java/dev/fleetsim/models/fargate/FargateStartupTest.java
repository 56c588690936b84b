package dev.fleetsim.models.fargate;

import static dev.fleetsim.models.fargate.FargateTestSupport.CONSTANT_STARTUP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.models.results.ResultValues;
import org.junit.jupiter.api.Test;

/**
 * Start-up stages with constant durations (see {@link FargateTestSupport#CONSTANT_STARTUP}):
 * RUNNING at 19 s, healthy at 53 s, and no traffic before the health checks pass.
 */
class FargateStartupTest {
    private static final String ONE_LAUNCHING = """
            task: {cpu: 1, memory: 2GB}
            capacity: {min: 0, max: 4, desired: 1}
            initial_state: launching
            """ + CONSTANT_STARTUP;

    @Test
    void stagesFollowEachOther() {
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(ONE_LAUNCHING);
        FargateTask t = h.task(0);
        h.runTo(7.999);
        assertEquals(FargateTask.State.PROVISIONING, t.state);
        h.runTo(8);
        assertEquals(FargateTask.State.PENDING, t.state); // pulling: 3 s + 1 s extraction, then 2 s container start
        assertEquals(FargateTestSupport.s(8), t.billedFrom);
        h.runTo(13.999);
        assertEquals(FargateTask.State.PENDING, t.state);
        h.runTo(14);
        assertEquals(FargateTask.State.ACTIVATING, t.state);
        h.runTo(18.999);
        assertEquals(0.0, h.service.capacity());
        h.runTo(19);
        assertEquals(FargateTask.State.RUNNING, t.state);
        assertEquals(1.0, h.service.capacity()); // running counts as capacity...
        assertEquals(0, h.service.healthyTasks()); // ...but takes no traffic yet
        h.runTo(52.999);
        assertEquals(0, h.service.healthyTasks());
        h.runTo(53); // + app init 4 s + health checks 10 s x 3
        assertEquals(1, h.service.healthyTasks());
    }

    @Test
    void noTrafficBeforeHealthChecksPass() {
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(ONE_LAUNCHING);
        h.requestAt(30, 1); // the task runs but is not healthy: the balancer has no target (503)
        h.requestAt(52.9, 1);
        h.requestAt(53.001, 1); // healthy from 53 s (a request at exactly 53 s was scheduled first and runs first)
        h.runTo(100);
        assertEquals(2, h.stats.dropped());
        assertEquals(1, h.stats.served());
    }

    @Test
    void phasesAreReported() {
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(ONE_LAUNCHING);
        ResultValues out = h.reportAt(100);
        assertEquals(8000.0, out.get("fleets", "svc", "startup_ms", "provisioning"));
        assertEquals(4000.0, out.get("fleets", "svc", "startup_ms", "image_pull"));
        assertEquals(2000.0, out.get("fleets", "svc", "startup_ms", "container_start"));
        assertEquals(4000.0, out.get("fleets", "svc", "startup_ms", "app_init"));
        assertEquals(5000.0, out.get("fleets", "svc", "startup_ms", "registration"));
        assertEquals(30000.0, out.get("fleets", "svc", "startup_ms", "health_checks"));
        assertEquals(53000.0, out.get("fleets", "svc", "startup_ms", "total"));
    }

    @Test
    void lazyLoadingHalvesLargePullsAndZstdTakesAQuarterOff() {
        FargateTestSupport.Harness plain = new FargateTestSupport.Harness(ONE_LAUNCHING.replace("300MB", "400MB"));
        FargateTestSupport.Harness lazy = new FargateTestSupport.Harness(ONE_LAUNCHING.replace("300MB", "400MB")
                .replace("image_size:", "lazy_loading: true\n  image_size:"));
        FargateTestSupport.Harness both = new FargateTestSupport.Harness(ONE_LAUNCHING.replace("300MB", "400MB")
                .replace("image_size:", "lazy_loading: true\n  zstd: true\n  image_size:"));
        FargateTestSupport.Harness small = new FargateTestSupport.Harness(ONE_LAUNCHING
                .replace("image_size:", "lazy_loading: true\n  image_size:")); // 300 MB: above 250 MB, halved
        // 200 MB: SOCI pays off only above 250 MB, so the pull is whole
        FargateTestSupport.Harness smaller = new FargateTestSupport.Harness(ONE_LAUNCHING.replace("300MB", "200MB")
                .replace("image_size:", "lazy_loading: true\n  image_size:"));
        assertEquals(4000.0 + 1000, pullMs(plain)); // 400 MB / 100 MB/s + 1 s extraction
        assertEquals(2000.0 + 1000, pullMs(lazy));
        assertEquals(1500.0 + 1000, pullMs(both));
        assertEquals(1500.0 + 1000, pullMs(small));
        assertEquals(2000.0 + 1000, pullMs(smaller));
    }

    private static double pullMs(FargateTestSupport.Harness h) {
        return h.reportAt(200).get("fleets", "svc", "startup_ms", "image_pull");
    }

    @Test
    void defaultPullThroughputGrowsWithTaskSize() {
        // M19: 60 to 150 MB/s depending on task size.
        assertEquals(60.0, dev.fleetsim.models.scenario.FargateStartupSpec.defaultPullMbPerSecond(0.25));
        assertEquals(150.0, dev.fleetsim.models.scenario.FargateStartupSpec.defaultPullMbPerSecond(16));
    }

    @Test
    void theLegacyLaunchLimitStartsTenThenOneASecond() {
        // M19's legacy limit: a burst of 10, then 1 task a second. Each task is healthy 53 s after its start.
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(ONE_LAUNCHING.replace("desired: 1", "desired: 12")
                .replace("max: 4", "max: 20") + "launch_rate: 1/s\nlaunch_burst: 10\n");
        h.runTo(53);
        assertEquals(10, h.service.healthyTasks());
        h.runTo(54);
        assertEquals(11, h.service.healthyTasks());
        h.runTo(55);
        assertEquals(12, h.service.healthyTasks());
    }
}

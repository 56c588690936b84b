package dev.fleetsim.models.fargate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.Statistic;
import dev.fleetsim.models.scaling.ScalingMetric;
import org.junit.jupiter.api.Test;

/** The ECS service as Application Auto Scaling sees it (aws-behaviour.md 5.3). */
class ServiceScalingTest {
    private static final String SERVICE = """
            task: {cpu: 1, memory: 2GB, slots_per_vcpu: 2, memory_at_rest: 25%, memory_per_request: 512MB}
            capacity: {min: 1, max: 10, desired: 6}
            """;

    @Test
    void scaleInWaitsForItsCooldownAndAScaleOutEndsIt() {
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(SERVICE);
        h.desiredAt(10, 5);
        h.desiredAt(309, 4); // within 300 s of the last scale-in: refused
        h.runTo(309);
        assertEquals(5, h.target.desiredCapacity());
        h.desiredAt(310, 4); // 300 s after it: allowed
        h.runTo(310);
        assertEquals(4, h.target.desiredCapacity());
        h.desiredAt(320, 6); // a scale-out...
        h.desiredAt(330, 5); // ...interrupts the scale-in cooldown
        h.runTo(330);
        assertEquals(5, h.target.desiredCapacity());
    }

    @Test
    void scheduledActionsIgnoreCooldowns() {
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(SERVICE);
        h.desiredAt(10, 5);
        h.loop.scheduleAt(FargateTestSupport.s(20), () -> h.target.setLimits(null, 3, null, "scheduled", "max 3"));
        h.runTo(20);
        assertEquals(3, h.target.desiredCapacity());
    }

    @Test
    void memoryIsTheBaselinePlusRequestsInService() {
        // 6 tasks of 2 GB; 3 requests of 512 MB in service for the whole minute [60 s, 120 s):
        // 25% + 25% x 3 / 6 = 37.5%.
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(SERVICE);
        MetricSeries memory = h.target.metric(ScalingMetric.MEMORY);
        for (int i = 0; i < 3; i++) {
            h.requestAt(59.999, 100);
        }
        h.runTo(121);
        memory.advanceTo(h.loop.now()); // as an alarm evaluation does
        assertEquals(25.0, memory.datapoint(0, Statistic.AVERAGE), 1e-3); // the requests' last millisecond: +0.0004%
        assertEquals(37.5, memory.datapoint(1, Statistic.AVERAGE), 1e-9);
    }
}

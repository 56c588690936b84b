package dev.fleetsim.models.fargate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.scaling.ScalingActivity;
import dev.fleetsim.models.scaling.ScalingPolicies;
import dev.fleetsim.models.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Application Auto Scaling on an ECS service through the shared scaling package: target tracking
 * on ALBRequestCountPerTarget. One task gets exactly 10 requests a second (600 per minute) against
 * a target of 200 per target: ceil(1 × 600 / 200) = 3 tasks, and at 200 per target it stays.
 */
class ServiceAutoScalingTest {
    private static final String SERVICE = """
            task: {cpu: 1, memory: 2GB, slots_per_vcpu: 4}
            capacity: {min: 1, max: 10, desired: 1}
            scaling:
              - {type: target-tracking, name: rcpt-200, metric: request_count_per_target, target: 200}
            """ + FargateTestSupport.CONSTANT_STARTUP;

    @Test
    void requestCountPerTargetScalesOutByTheRatio() {
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(SERVICE);
        ScalingPolicies.attach(FargateTestSupport.spec(SERVICE).scaling(), h.target, h.loop,
                new RandomStreams(1).stream("scaling/svc", 0));
        for (int k = 0; k < 20 * 60 * 10; k++) { // 20 minutes at exactly 10/s
            long at = k * 100_000L + 1;
            h.loop.scheduleAt(at, () -> h.service.arrive(10_000, Workload.NO_TIMEOUT));
        }
        h.runTo(20 * 60);
        List<ScalingActivity> acts = h.service.scalingActivities();
        assertEquals(1, acts.size(), acts.toString());
        ScalingActivity a = acts.get(0);
        assertEquals(3, a.to());
        assertTrue(a.reason().contains("ceil(1 in service x 600 / 200) = 3"), a.reason());
        // Datapoints appear 30-90 s after their minute ends (M1) and the alarm runs on whole minutes,
        // reading its evaluation range as CloudWatch does: by 300 s all three of minutes 0-2 are visible.
        // (It fired at 180 s with this seed, on the points visible then.)
        assertTrue(a.timeMicros() >= 180_000_000L && a.timeMicros() <= 300_000_000L, "at " + a.timeMicros());
        assertEquals(3, h.service.healthyTasks());
        assertEquals(0, h.stats.dropped());
    }
}

package dev.fleetsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.ReplicationResult;
import dev.fleetsim.models.scaling.ScalingActivity;
import dev.fleetsim.models.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default delay of a scheduled action depends on its target (aws-behaviour.md 2.8): EC2 Auto
 * Scaling groups keep M7 (U(0, 20 s), 5 % U(20, 120 s)); Application Auto Scaling targets, Lambda
 * provisioned concurrency and ECS/Fargate services, run "a few seconds" late, U(0, 5 s) with no
 * tail. Each fleet alternates min = max = 2 (even minutes) and min = max = 1 (odd minutes), so
 * every action changes the capacity and leaves one activity, at due minute + delay.
 */
class ScheduledActionDelayDefaultsTest {
    private static final long MINUTE = SimTime.MICROS_PER_MINUTE;
    private static final String ACTIONS = "[{type: scheduled, cron: '*/2 * * * *', min: 2, max: 2}, "
            + "{type: scheduled, cron: '1-59/2 * * * *', min: 1, max: 1}]";

    private static List<ScalingActivity> activities(String fleet) {
        ReplicationResult r = Replication.run(new ScenarioLoader().load("t.yaml", """
                name: t
                horizon: 10h
                replications: 1
                seed: 11
                workloads:
                  - {name: w, arrivals: {type: poisson, rate: 1/s}, service_time: {type: constant, value: 10ms}, target: pc}
                fleets:
                  - {name: pc, type: lambda, provisioned_concurrency: {count: 1, max: 2}, scaling: %1$s}
                  - {name: svc, type: fargate, task: {cpu: 0.25, memory: 512MB}, capacity: {min: 1, max: 2}, scaling: %1$s}
                  - {name: asg, type: ec2-asg, instance_types: [{type: c6g.large}], capacity: {min: 1, max: 2},
                     scaling: %1$s}
                """.formatted(ACTIONS)), 0, new SamplerFactory(Path.of(".")));
        return r.scalingActivities().stream().filter(a -> a.target().equals(fleet)).toList();
    }

    /** Lateness of each action: its activity's time past the minute (every delay here is under 60 s). */
    private static double[] lateSeconds(List<ScalingActivity> acts) {
        return acts.stream().mapToDouble(a -> SimTime.toSeconds(a.timeMicros() % MINUTE)).toArray();
    }

    private static void assertApplicationAutoScalingDelay(String fleet) {
        double[] late = lateSeconds(activities(fleet));
        // One action a minute for 10 h: 600, less the first (time 0 to min = max = 2 may change nothing).
        assertTrue(late.length >= 598, fleet + ": " + late.length + " activities");
        double sum = 0;
        for (double l : late) {
            assertTrue(l >= 0 && l <= 5, fleet + ": an action ran " + l + " s late, beyond U(0, 5 s)");
            sum += l;
        }
        // U(0, 5 s): mean 2.5 s, sd 5 / sqrt(12) = 1.44 s, so the mean of 600 has sd 0.06 s.
        assertEquals(2.5, sum / late.length, 0.3, fleet + ": mean lateness");
    }

    @Test
    void lambdaProvisionedConcurrencyActionsRunAFewSecondsLate() {
        assertApplicationAutoScalingDelay("pc");
    }

    @Test
    void fargateServiceActionsRunAFewSecondsLate() {
        assertApplicationAutoScalingDelay("svc");
    }

    @Test
    void ec2GroupsKeepM7() {
        // Under M7 a delay exceeds 5 s with probability 0.95 x 15/20 + 0.05 = 0.76, so among about
        // 600 actions far more than 100 do (expected about 456).
        List<ScalingActivity> acts = activities("asg");
        assertTrue(acts.size() >= 500, acts.size() + " activities");
        long beyond5s = acts.stream().filter(a -> a.timeMicros() % MINUTE > SimTime.seconds(5)).count();
        assertTrue(beyond5s > 100, beyond5s + " of " + acts.size() + " actions more than 5 s late (mod 1 min)");
    }
}

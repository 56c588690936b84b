package dev.fleetsim.models.fargate;

import static dev.fleetsim.models.fargate.FargateTestSupport.problem;
import static dev.fleetsim.models.fargate.FargateTestSupport.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.scenario.CapacityProviderSpec;
import dev.fleetsim.models.scenario.FargateSpec;
import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The fargate fleet's YAML: Fargate's task sizes, the strategy rules, one-line messages at the field. */
class FargateSpecValidationTest {
    private static final String CAPACITY = "capacity: {min: 1, max: 4}\n";

    @Test
    void everyValidTaskSizeIsAcceptedAndItsNeighboursAreNot() {
        assertTrue(TaskSize.valid(0.25, 512));
        assertTrue(TaskSize.valid(0.25, 2048));
        assertFalse(TaskSize.valid(0.25, 1536)); // 1.5 GB: only 0.5, 1 and 2 GB
        assertTrue(TaskSize.valid(0.5, 4096));
        assertFalse(TaskSize.valid(0.5, 5120));
        assertTrue(TaskSize.valid(1, 2048));
        assertFalse(TaskSize.valid(1, 1024));
        assertTrue(TaskSize.valid(4, 30720));
        assertFalse(TaskSize.valid(4, 31744));
        assertTrue(TaskSize.valid(8, 20480)); // 16 GB + 4 GB
        assertFalse(TaskSize.valid(8, 17408)); // 17 GB: 8 vCPU steps by 4 GB
        assertTrue(TaskSize.valid(16, 122880));
        assertFalse(TaskSize.valid(16, 36864)); // 36 GB: 16 vCPU steps by 8 GB
        assertFalse(TaskSize.validCpu(3));
    }

    @Test
    void invalidTaskSizesAreRejectedWithTheValidList() {
        String m = problem("task: {cpu: 1, memory: 1GB}\n" + CAPACITY, ".task.memory");
        assertTrue(m.startsWith("expected a memory size valid for 1 vCPU (2GB to 8GB in 1GB steps; valid sizes: "
                + "0.25 vCPU: 512MB, 1GB, 2GB; 0.5 vCPU: 1GB to 4GB in 1GB steps;"), m);
        assertTrue(m.endsWith("16 vCPU: 32GB to 120GB in 8GB steps), found 1GB"), m);
        assertEquals("expected a Fargate task vCPU value (0.25, 0.5, 1, 2, 4, 8, 16), found 3.0",
                problem("task: {cpu: 3, memory: 6GB}\n" + CAPACITY, ".task.cpu"));
        assertTrue(problem("task: {cpu: 8, memory: 18GB}\n" + CAPACITY, ".task.memory")
                .startsWith("expected a memory size valid for 8 vCPU (16GB to 60GB in 4GB steps;"));
        assertEquals("expected a stop timeout from 0s to 120s (the ECS maximum), found 150s",
                problem("task: {cpu: 1, memory: 2GB, stop_timeout: 150s}\n" + CAPACITY, ".task.stop_timeout"));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        FargateSpec s = spec("task: {cpu: 0.25, memory: 512MB}\n" + CAPACITY);
        assertEquals(1, s.capacityProviders().size());
        assertEquals(CapacityProviderSpec.Provider.FARGATE, s.capacityProviders().get(0).provider());
        assertEquals(300_000_000L, s.scaleInCooldown().micros()); // aws-behaviour.md 5.3
        assertEquals(300_000_000L, s.scaleOutCooldown().micros());
        assertEquals(30_000_000L, s.task().stopTimeout().micros()); // 5.5
        assertEquals(150_000_000L, s.loadBalancer().healthyAfterMicros()); // ALB: 30 s x 5
        assertEquals(1, s.task().slots());
        assertEquals(0.25, s.task().slotSpeed());
    }

    /** ECS's ALBRequestCountPerTarget is the same predefined metric: 60 s only, as for a group. */
    @Test
    void requestCountPerTargetTakesOnlyTheOneMinutePeriod() {
        String task = "task: {cpu: 1, memory: 2GB}\n" + CAPACITY;
        assertEquals("expected 60s with request_count_per_target (ALBRequestCountPerTarget is a predefined metric "
                + "with no period; ALB publishes every 60 s), found 10s", problem(task + "scaling: [{type: target-tracking, "
                + "metric: request_count_per_target, target: 1000, metric_period: 10s}]", ".scaling[0].metric_period"));
    }

    @Test
    void ecsTargetTrackingTakesOnlyTheOneMinutePeriod() {
        String task = "task: {cpu: 1, memory: 2GB}\n" + CAPACITY;
        assertEquals("expected 60s (Application Auto Scaling target tracking takes no period; ECS and Lambda publish "
                + "these metrics every minute), found 10s", problem(task + "scaling: [{type: target-tracking, "
                + "metric: cpu, target: 50, metric_period: 10s}]", ".scaling[0].metric_period"));
    }

    @Test
    void strategyRulesAreEcsRules() {
        String task = "task: {cpu: 1, memory: 2GB}\n" + CAPACITY;
        assertEquals("expected a base on one provider only (the ECS rule; FARGATE has one), found 1", problem(task
                + "capacity_providers: [{provider: FARGATE, base: 2, weight: 1}, {provider: FARGATE_SPOT, base: 1, weight: 1}]",
                ".capacity_providers[1].base"));
        assertEquals("expected at least one provider with a weight above 0 (ECS refuses the strategy otherwise), found none",
                problem(task + "capacity_providers: [{provider: FARGATE, base: 2}]", ".capacity_providers"));
        assertEquals("expected each provider once, found FARGATE again", problem(task
                + "capacity_providers: [{provider: FARGATE, weight: 1}, {provider: FARGATE, weight: 1}]",
                ".capacity_providers[1].provider"));
        assertEquals("expected a maximum_percent above minimum_healthy_percent (100), or the deployment cannot replace "
                + "any task, found 100", problem(task + "deployment: {at: 1h, maximum_percent: 100}", ".deployment.maximum_percent"));
    }

    @Test
    void scheduledActionsSetMinAndMaxOnly() {
        assertEquals("expected min and max only (Application Auto Scaling scheduled actions set no desired count; "
                + "it is clamped into the new range), found 3", problem("task: {cpu: 1, memory: 2GB}\n" + CAPACITY
                + "scaling: [{type: scheduled, at: 1h, min: 2, desired: 3}]", ".scaling[0].desired"));
    }

    @Test
    void memoryScalingIsForFargateOnly() {
        String ec2 = FargateTestSupport.scenario("task: {}").replace("type: fargate\n    task: {}", "type: ec2-asg\n"
                + "    instance_types: [{type: c6g.large}]\n    capacity: {min: 1, max: 2}\n"
                + "    scaling: [{type: target-tracking, metric: memory, target: 60}]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load("t.yaml", ec2));
        assertEquals("expected a metric this fleet publishes (EC2 publishes no memory metric without the CloudWatch agent;"
                + " memory is for fargate fleets), found memory", e.problems().get(0).message());
        spec("task: {cpu: 1, memory: 2GB}\n" + CAPACITY + "scaling: [{type: target-tracking, metric: memory, target: 60}]");
    }
}

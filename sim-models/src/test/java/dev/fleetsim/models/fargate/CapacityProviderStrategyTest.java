package dev.fleetsim.models.fargate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Base and weight (aws-behaviour.md 5.4) with M20's one-task-at-a-time placement: FARGATE base 2
 * weight 1, FARGATE_SPOT weight 3. Tasks 1–2 take the base; beyond it each goes to the provider
 * with the fewest tasks beyond base per weight, ties to the first listed: F, S, S, S, F, S, S, S…
 */
class CapacityProviderStrategyTest {
    private static final String STRATEGY = """
            task: {cpu: 0.5, memory: 1GB}
            capacity: {min: 0, max: 20, desired: %d}
            capacity_providers:
              - {provider: FARGATE, base: 2, weight: 1}
              - {provider: FARGATE_SPOT, weight: 3}
            spot: {interruption_band: "<5%%"}
            """;

    private static FargateTestSupport.Harness service(int desired) {
        return new FargateTestSupport.Harness(STRATEGY.formatted(desired));
    }

    @Test
    void baseFirstThenOneToThree() {
        assertSplit(2, 2, 0);
        assertSplit(3, 3, 0); // beyond base: F (tie at 0/1 and 0/3 goes to the first listed)
        assertSplit(6, 3, 3); // F, S, S, S: the documented 1:3 split beyond the base
        assertSplit(10, 4, 6); // F, S, S, S, F, S, S, S
    }

    private static void assertSplit(int desired, int onDemand, int spot) {
        FargateTestSupport.Harness h = service(desired);
        assertEquals(spot, h.service.spotTasks(), "Spot tasks of " + desired);
        assertEquals(onDemand, h.service.liveTasks() - h.service.spotTasks(), "on-demand tasks of " + desired);
    }

    @Test
    void scaleInKeepsTheSplit() {
        FargateTestSupport.Harness h = service(10);
        h.desiredAt(1, 6);
        h.runTo(2);
        assertEquals(6, h.service.liveTasks());
        assertEquals(3, h.service.spotTasks()); // as if 6 had been placed: S, S, S, then F
    }

    @Test
    void weightZeroGetsNothingBeyondItsBase() {
        FargateTestSupport.Harness h = new FargateTestSupport.Harness("""
                task: {cpu: 0.5, memory: 1GB}
                capacity: {min: 0, max: 20, desired: 7}
                capacity_providers:
                  - {provider: FARGATE, base: 3}
                  - {provider: FARGATE_SPOT, weight: 1}
                spot: {interruption_band: "<5%"}
                """);
        assertEquals(4, h.service.spotTasks());
        assertEquals(7, h.service.liveTasks());
    }
}

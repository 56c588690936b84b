package dev.fleetsim.models.fargate;

import static dev.fleetsim.models.fargate.FargateTestSupport.CONSTANT_STARTUP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.models.results.ResultValues;
import org.junit.jupiter.api.Test;

/**
 * Per-second billing with a one-minute minimum from the start of the image pull (aws-behaviour.md
 * 5.6). A 1 vCPU / 2 GB x86 task costs 0.04048 + 2 × 0.004445 = $0.04937 per hour.
 */
class FargateBillingTest {
    private static final double PER_HOUR = 0.04048 + 2 * 0.004445;
    private static final String ONE = """
            task: {cpu: 1, memory: 2GB%s}
            capacity: {min: 0, max: 4, desired: 1}
            initial_state: launching
            %s
            """ + CONSTANT_STARTUP;

    private static double cost(String taskExtra, String fleetExtra, double stopAt, double until) {
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(ONE.formatted(taskExtra, fleetExtra));
        h.desiredAt(stopAt, 0);
        ResultValues out = h.reportAt(until);
        return out.get("fleets", "svc", "cost_usd");
    }

    @Test
    void aTaskStoppedDuringItsPullPaysOneMinute() {
        // Billed from the pull at 8 s; stopped at 10 s: 2 s used, 60 s billed.
        assertEquals(60 / 3600.0 * PER_HOUR, cost("", "", 10, 600), 1e-12);
    }

    @Test
    void aTaskStoppedBeforeItsPullPaysNothing() {
        assertEquals(0.0, cost("", "", 7, 600), 0);
    }

    @Test
    void longerRunsPayWholeSecondsRoundedUp() {
        // Healthy at 53 s; stopped at 100.5 s: no requests, so the drain ends at once. 92.5 s → 93 s.
        assertEquals(93 / 3600.0 * PER_HOUR, cost("", "", 100.5, 600), 1e-12);
    }

    @Test
    void spotPaysTheDiscountedPriceAndStorageAbove20GbIsBilled() {
        String spot = "capacity_providers: [{provider: FARGATE_SPOT, weight: 1}]\nspot: {interruption_band: \"<5%\", discount: 70%}";
        assertEquals(93 / 3600.0 * PER_HOUR * 0.3, cost("", spot, 100.5, 600), 1e-12);
        // 30 GB of ephemeral storage: 10 GB above the 20 included, at $0.000111 per GB-hour.
        assertEquals(93 / 3600.0 * (PER_HOUR + 10 * 0.000111), cost(", ephemeral_storage: 30GB", "", 100.5, 600), 1e-12);
    }

    @Test
    void armIsCheaper() {
        assertEquals(60 / 3600.0 * (0.03238 + 2 * 0.00356), cost(", architecture: arm64", "", 10, 600), 1e-12);
    }

    @Test
    void theMinimumIsCutAtTheEndOfTheWindow() {
        // Billed from 8 s; the window ends at 30 s: only 22 s of the minute fall inside it.
        FargateTestSupport.Harness h = new FargateTestSupport.Harness(ONE.formatted("", ""));
        ResultValues out = h.reportAt(30);
        assertEquals(22 / 3600.0 * PER_HOUR, out.get("fleets", "svc", "cost_usd"), 1e-12);
    }
}

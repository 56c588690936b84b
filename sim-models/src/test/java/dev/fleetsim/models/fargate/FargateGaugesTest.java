package dev.fleetsim.models.fargate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.MinuteGauges;
import dev.fleetsim.models.results.MinuteRow;
import dev.fleetsim.models.results.ReplicationResult;
import dev.fleetsim.models.run.Replication;
import dev.fleetsim.models.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A Fargate service's per-minute chart data agrees with its capacity and its results. */
class FargateGaugesTest {

    @Test
    void tasksByProviderAddUpAndChartedWarningsAreTheWindowsInterruptions() {
        ReplicationResult r = Replication.run(new ScenarioLoader().load(
                Path.of(System.getProperty("user.dir")).resolveSibling("scenarios").resolve("fargate-service-spot.yaml"),
                java.util.List.of("horizon=6h", "warmup=0s", "replications=1")), 0, new SamplerFactory(Path.of("")));
        double[] serving = r.gauges().values("api", MinuteGauges.IN_SERVICE);
        double[] pending = r.gauges().values("api", MinuteGauges.PENDING);
        double[] spot = r.gauges().values("api", MinuteGauges.SPOT);
        double[] onDemand = r.gauges().values("api", MinuteGauges.ON_DEMAND);
        double[] warnings = r.gauges().values("api", MinuteGauges.SPOT_INTERRUPTIONS);
        int fleet = r.fleetNames().indexOf("api");
        for (int m = 0; m < serving.length; m++) {
            MinuteRow row = r.minutes().get(m);
            assertEquals(row.capacity()[fleet], serving[m], 1e-9, "minute " + m + ": the charted tasks are the capacity");
            assertEquals(spot[m] + onDemand[m], serving[m] + pending[m], 1e-9, "minute " + m + ": every live task once");
            assertTrue(onDemand[m] >= 2 || m < 2, "the FARGATE base of 2");
        }
        double charted = 0;
        for (double w : warnings) {
            charted += w;
        }
        assertEquals(r.values().get("fleets", "api", "spot_interruptions"), charted, 1e-9,
                "no warm-up in this run: every warning is in the window");
        assertTrue(charted > 0, "the scenario reclaims Spot capacity within 6 h");
    }
}

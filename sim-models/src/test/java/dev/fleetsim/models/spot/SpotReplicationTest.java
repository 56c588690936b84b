package dev.fleetsim.models.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.run.Replication;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A whole replication with Spot: the results the scenario author sees. */
class SpotReplicationTest {
    private static final String SCENARIO = """
            name: spot-e2e
            horizon: 12h
            seed: 3
            workloads:
              - name: jobs
                arrivals: {type: poisson, rate: 12/min}
                service_time: {type: constant, value: 5m}
                target: workers
            fleets:
              - name: workers
                type: ec2-asg
                instance_types: [{type: c6g.large}, {type: m6g.large}]
                capacity: {min: 0, max: 200, desired: 40}
                slots_per_vcpu: 1
                purchase: {on_demand_base: 4, on_demand_percent_above_base: 0}
                spot: {interruption_rate: 0.5/h}
            """;

    @Test
    void interruptedRequestsSpotCostAndSavingsAreReported() {
        ScenarioSpec spec = new ScenarioLoader().load("s.yaml", SCENARIO);
        ResultValues v = Replication.run(spec, 0, new SamplerFactory(Path.of("."))).values();
        double interrupted = v.get("requests", "interrupted");
        assertTrue(interrupted > 0, "five-minute requests outlast the two-minute notice");
        assertEquals(interrupted, v.get("fleets", "workers", "interrupted"));
        assertEquals(v.get("requests", "total"), v.get("requests", "served") + v.get("requests", "timed_out")
                + v.get("requests", "dropped") + interrupted + v.get("requests", "unfinished"));
        assertTrue(v.get("fleets", "workers", "spot_interruptions") > 50);
        double spot = v.get("cost_usd", "by_purchase_option", "spot");
        assertTrue(spot > 0 && v.get("cost_usd", "by_purchase_option", "on-demand") > 0);
        // Spot at 0.35 of On-Demand: savings = 0.65 / 0.35 of the Spot cost.
        assertEquals(spot * 0.65 / 0.35, v.get("fleets", "workers", "spot_savings_usd"), 1e-6 * spot);
    }
}

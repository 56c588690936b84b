package dev.fleetsim.models.ec2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.FleetSeries;
import dev.fleetsim.models.results.MinuteGauges;
import dev.fleetsim.models.results.MinuteRow;
import dev.fleetsim.models.results.ReplicationResult;
import dev.fleetsim.models.run.Replication;
import dev.fleetsim.models.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The per-minute gauges an Auto Scaling group writes for the report's charts. */
class GroupGaugesTest {

    private static ReplicationResult run(String yaml) {
        return Replication.run(new ScenarioLoader().load("s.yaml", yaml), 0, new SamplerFactory(Path.of(".")));
    }

    @Test
    void spotMembersAndInterruptionsAgreeWithTheGroupsResults() {
        ReplicationResult r = run("""
                name: gauges-spot
                horizon: 6h
                warmup: 1h
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
                    capacity: {min: 0, max: 200, desired: 20}
                    slots_per_vcpu: 1
                    purchase: {on_demand_base: 4, on_demand_percent_above_base: 0}
                    spot: {interruption_rate: 0.5/h}
                """);
        FleetSeries g = r.gauges();
        int minutes = r.minutes().size();
        assertEquals(360, minutes);
        double[] inService = g.values("workers", MinuteGauges.IN_SERVICE);
        double[] pending = g.values("workers", MinuteGauges.PENDING);
        double[] spot = g.values("workers", MinuteGauges.SPOT);
        double[] onDemand = g.values("workers", MinuteGauges.ON_DEMAND);
        for (int m = 0; m < minutes; m++) {
            MinuteRow row = r.minutes().get(m);
            assertEquals(row.capacity()[0], inService[m], "in service is the fleet's capacity, minute " + m);
            assertEquals(inService[m] + pending[m], spot[m] + onDemand[m], "members by state = by purchase, minute " + m);
        }
        assertEquals(4, onDemand[minutes - 1], "the On-Demand base");
        double[] reclaims = g.values("workers", MinuteGauges.SPOT_INTERRUPTIONS);
        double measured = Arrays.stream(reclaims, 60, minutes).sum();
        assertEquals(r.values().get("fleets", "workers", "spot_interruptions"), measured,
                "interruptions after the warm-up are the group's result");
        assertTrue(Arrays.stream(reclaims, 0, 60).sum() > 0, "warm-up interruptions are charted too");
        assertFalse(g.has("workers", MinuteGauges.WARM_POOL), "no warm pool with Spot");
    }

    @Test
    void aWarmPoolIsChartedAndAnOnDemandGroupHasNoSpotSeries() {
        ReplicationResult r = run("""
                name: gauges-pool
                horizon: 30m
                seed: 3
                workloads:
                  - name: web
                    arrivals: {type: poisson, rate: 10/s}
                    service_time: {type: exponential, mean: 20ms}
                    target: web
                fleets:
                  - name: web
                    type: ec2-asg
                    instance_types: [{type: c6g.large}]
                    capacity: {min: 2, max: 10, desired: 2}
                    warm_pool: {min_size: 3, state: stopped}
                """);
        FleetSeries g = r.gauges();
        double[] pool = g.values("web", MinuteGauges.WARM_POOL);
        // AWS sizes the pool to max(min_size, max - desired) by default: max(3, 10 - 2).
        assertEquals(8, pool[pool.length - 1]);
        assertArrayEquals(new double[pool.length], g.values("web", MinuteGauges.PENDING), "nothing launches at steady state");
        assertFalse(g.has("web", MinuteGauges.SPOT) || g.has("web", MinuteGauges.SPOT_INTERRUPTIONS));
    }
}

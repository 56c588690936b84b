package dev.fleetsim.models.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.ec2.InstanceType;
import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.SpotInterruptionBand;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenario checks and the pure parts of the Spot model: bands, strategies. */
class SpotSpecTest {
    private static String scenario(String fleetExtra) {
        return """
                name: s
                horizon: 1h
                workloads:
                  - name: w
                    arrivals: {type: poisson, rate: 1/s}
                    service_time: {type: constant, value: 1s}
                    target: web
                fleets:
                  - name: web
                    type: ec2-asg
                    capacity: {min: 1, max: 4}
                """ + fleetExtra.strip().indent(4);
    }

    private static String error(String fleetExtra) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().load("s.yaml", scenario(fleetExtra)));
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void warmPoolWithSpotIsRefusedNamingBothFields() {
        String m = error("""
                instance_types: [{type: c6g.large}]
                purchase: {on_demand_percent_above_base: 20}
                warm_pool: {min_size: 1}
                """);
        assertTrue(m.endsWith("fleets[0].warm_pool: a warm pool cannot be combined with Spot "
                + "(purchase.on_demand_percent_above_base is 20, below 100); AWS refuses warm pools on groups with Spot"), m);
    }

    @Test
    void warmPoolWithSeveralInstanceTypesIsRefused() {
        String m = error("""
                instance_types: [{type: c6g.large}, {type: m6g.large}]
                warm_pool: {min_size: 1}
                """);
        assertTrue(m.contains("fleets[0].warm_pool: a warm pool cannot be combined with several instance_types (found 2)"), m);
    }

    @Test
    void spotFieldsAreChecked() {
        assertTrue(error("instance_types: [{type: c6g.large}]\npurchase: {on_demand_percent_above_base: 120}")
                .endsWith("fleets[0].purchase.on_demand_percent_above_base: expected a percentage from 0 to 100, found 120"));
        assertTrue(error("instance_types: [{type: c6g.large}]\nspot: {pools: [{type: m6g.large}]}")
                .endsWith("fleets[0].spot.pools[0].type: expected one of the group's instance_types, found 'm6g.large'"));
        assertTrue(error("instance_types: [{type: c6g.large}]\nspot: {interruption_band: \"6%\"}")
                .contains("fleets[0].spot.interruption_band"));
    }

    @Test
    void bandsMapToM13Hazards() {
        double month = 30 * 24 * 3600e6;
        assertEquals(-Math.log(1 - 0.025) / month, SpotPools.hazardPerMicro(SpotInterruptionBand.UNDER_5), 1e-22);
        assertEquals(-Math.log(1 - 0.25) / month, SpotPools.hazardPerMicro(SpotInterruptionBand.OVER_20), 1e-22);
        assertEquals(SpotInterruptionBand.FROM_5_TO_10, dev.fleetsim.models.scenario.YamlEnum.parse(SpotInterruptionBand.class, "5-10%"));
    }

    private static SpotPool pool(int index, double price, double score) {
        return new SpotPool(index, new InstanceType("t" + index, 1, 1, "x86_64", 1, 1), 0, price, 0, score);
    }

    @Test
    void strategiesPickTheExpectedPools() {
        List<SpotPool> pools = List.of(pool(0, 0.30, 0.9), pool(1, 0.10, 0.2), pool(2, 0.20, 0.5), pool(3, 0.15, 0.6));
        int[] running = new int[4];
        assertEquals(1, SpotAllocator.lowestPrice(1).choose(pools, running, 0).index());
        running[1] = 1;
        assertEquals(3, SpotAllocator.lowestPrice(2).choose(pools, running, 0).index()); // the other of the two cheapest
        assertEquals(0, SpotAllocator.capacityOptimized(pools, running, 0).index());
        // median score (lower) is 0.5: pools 0, 2, 3 qualify; 3 is the cheapest of them
        assertEquals(3, SpotAllocator.priceCapacityOptimized(pools, running, 0).index());
    }

    @Test
    void rebalanceLeadTimeIsTheTruncatedExponential() {
        var spec = dev.fleetsim.models.scenario.SpotRebalanceSpec.DEFAULT;
        RebalanceClock clock = new RebalanceClock(spec, null);
        assertEquals(120_000_000L, clock.leadMicros(0));
        assertEquals(7_200_000_000L, clock.leadMicros(1));
        double m = 900e6;
        double lo = Math.exp(-120e6 / m);
        double hi = Math.exp(-7200e6 / m);
        assertEquals(Math.round(-m * Math.log(lo - 0.5 * (lo - hi))), clock.leadMicros(0.5));
    }
}

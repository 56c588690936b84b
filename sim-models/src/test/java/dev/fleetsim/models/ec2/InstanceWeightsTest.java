package dev.fleetsim.models.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Instance weights (WeightedCapacity) of a mixed instances policy: capacity counted in units. */
class InstanceWeightsTest {

    private static Ec2TestSupport.Harness group(String purchase, int desired) {
        return new Ec2TestSupport.Harness(Ec2TestSupport.spec("""
                instance_types:
                  - {type: a.2, vcpus: 2, speed: 1.0, price_per_hour: 0.20, weight: 2}
                  - {type: b.4, vcpus: 4, speed: 1.0, price_per_hour: 0.32, weight: 4}
                capacity: {min: 0, max: 40, desired: %d}
                availability_zones: 1
                boot_time: {type: constant, value: 30s}
                purchase: %s
                spot: {interruption_rate: 0/h, price_fraction: 0.5}
                """.formatted(desired, purchase)), 1);
    }

    private static int units(AutoScalingGroup g, boolean spot) {
        return g.instances().stream().filter(i -> i.isSpot() == spot).mapToInt(Instance::weight).sum();
    }

    @Test
    void theGroupLaunchesUntilDesiredUnitsAreMetEvenWithAnOverageAndNeverScalesInBelowDesired() {
        var h = group("{}", 5); // all On-Demand: the first type, 2 units each
        assertEquals(3, h.group.instances().size(), "5 units need three 2-unit instances");
        assertEquals(6, h.target.currentCapacity(), "an overage of one unit, as AWS allows");
        h.desiredAt(10, 4);
        h.runTo(20);
        assertEquals(4, h.target.currentCapacity());
        h.desiredAt(30, 3);
        h.runTo(40);
        assertEquals(4, h.target.currentCapacity(), "removing another 2-unit instance would fall below 3 units");
    }

    @Test
    void onDemandBaseAndPercentageCountUnitsAndSpotIsChosenByPricePerUnit() {
        // base 4 units, 50% above: desired 20 -> 4 + 8 On-Demand units, 8 Spot units.
        var h = group("{on_demand_base: 4, on_demand_percent_above_base: 50, spot_allocation: lowest-price, spot_instance_pools: 1}", 20);
        assertEquals(12, units(h.group, false));
        assertEquals(8, units(h.group, true));
        // Per unit b.4 is cheaper (0.32 / 4 = 0.08 against 0.20 / 2 = 0.10), so every Spot instance is a b.4.
        assertTrue(h.group.instances().stream().filter(Instance::isSpot).allMatch(i -> i.type().name().equals("b.4")));
        assertEquals(20, h.target.currentCapacity());
    }

    @Test
    void weightsAreAllOrNoneAndWithinAwsRange() {
        String none = assertRejected("""
                instance_types: [{type: c6g.large, weight: 2}, {type: m6g.large}]
                capacity: {min: 0, max: 10}
                """);
        assertTrue(none.contains("fleets[0].instance_types[1].weight: expected a weight, since another instance type has one"), none);
        String range = assertRejected("""
                instance_types: [{type: c6g.large, weight: 1000}]
                capacity: {min: 0, max: 10}
                """);
        assertTrue(range.contains("fleets[0].instance_types[0].weight: expected an integer from 1 to 999, found 1000"), range);
    }

    private static String assertRejected(String fleetYaml) {
        String scenario = """
                name: t
                horizon: 1h
                workloads:
                  - {name: w, arrivals: {type: poisson, rate: 1/s}, service_time: {type: constant, value: 1s}, target: web}
                fleets:
                  - name: web
                    type: ec2-asg
                """ + fleetYaml.strip().indent(4);
        Executable load = () -> new ScenarioLoader().load("t.yaml", scenario);
        return org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, load).getMessage();
    }
}

package dev.fleetsim.models.scenario;

/** How a mixed instances policy picks Spot capacity pools (aws-behaviour.md 2.12, M10). */
public enum SpotAllocationStrategy implements YamlEnum {
    /** The {@code spot_instance_pools} cheapest pools of the zone, spread evenly (the API default). */
    LOWEST_PRICE,
    /** The pool of the zone with the most free capacity. */
    CAPACITY_OPTIMIZED,
    /** The cheapest pool among those whose free capacity is at least the zone's median (M10, q = 0.5). */
    PRICE_CAPACITY_OPTIMIZED;

    @Override
    public String toString() {
        return yamlName();
    }
}

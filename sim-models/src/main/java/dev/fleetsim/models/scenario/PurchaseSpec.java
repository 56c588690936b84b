package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The purchase part of a mixed instances policy (aws-behaviour.md 2.12), with the AWS defaults:
 * base 0, 100 % On-Demand above it (no Spot), lowest-price across 2 pools.
 *
 * @param onDemandBase              OnDemandBaseCapacity, instances
 * @param onDemandPercentAboveBase  OnDemandPercentageAboveBaseCapacity, 0 to 100
 * @param spotAllocation            SpotAllocationStrategy
 * @param spotInstancePools         SpotInstancePools (lowest-price only), 1 to 20
 */
public record PurchaseSpec(
        @JsonPropertyDescription("OnDemandBaseCapacity: instances filled with On-Demand first (default 0).") Integer onDemandBase,
        @JsonPropertyDescription("OnDemandPercentageAboveBaseCapacity, 0 to 100; the On-Demand count above the base rounds up (default 100: no Spot).")
                Integer onDemandPercentAboveBase,
        @JsonPropertyDescription("lowest-price (default), capacity-optimized or price-capacity-optimized.")
                SpotAllocationStrategy spotAllocation,
        @JsonPropertyDescription("SpotInstancePools for lowest-price: how many of the cheapest pools per zone, 1 to 20 (default 2).")
                Integer spotInstancePools) {

    /** No purchase section: all On-Demand. */
    public static final PurchaseSpec ALL_ON_DEMAND = new PurchaseSpec(null, null, null, null);

    public PurchaseSpec {
        onDemandBase = onDemandBase == null ? 0 : onDemandBase;
        onDemandPercentAboveBase = onDemandPercentAboveBase == null ? 100 : onDemandPercentAboveBase;
        spotAllocation = spotAllocation == null ? SpotAllocationStrategy.LOWEST_PRICE : spotAllocation;
        spotInstancePools = spotInstancePools == null ? 2 : spotInstancePools;
    }

    public void validate(String path, Findings f) {
        f.require(onDemandBase >= 0 && onDemandBase <= Ec2CapacitySpec.MAX_INSTANCES, path + ".on_demand_base",
                "expected an integer from 0 to " + Ec2CapacitySpec.MAX_INSTANCES + ", found " + onDemandBase);
        f.require(onDemandPercentAboveBase >= 0 && onDemandPercentAboveBase <= 100, path + ".on_demand_percent_above_base",
                "expected a percentage from 0 to 100, found " + onDemandPercentAboveBase);
        f.require(spotInstancePools >= 1 && spotInstancePools <= 20, path + ".spot_instance_pools",
                "expected 1 to 20 pools, found " + spotInstancePools);
    }

    /** Whether any capacity above the base may be Spot. */
    public boolean usesSpot() {
        return onDemandPercentAboveBase < 100;
    }

    /**
     * On-Demand instances at desired capacity {@code desired}: the base first, then the percentage
     * of the rest, rounded up (2.12: base 10, 50 %, desired 40 → 25).
     */
    public int onDemandWanted(int desired) {
        int base = Math.min(desired, onDemandBase);
        long above = desired - base;
        return base + (int) ((above * onDemandPercentAboveBase + 99) / 100);
    }
}

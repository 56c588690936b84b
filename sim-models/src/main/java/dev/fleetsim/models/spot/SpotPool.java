package dev.fleetsim.models.spot;

import dev.fleetsim.models.ec2.InstanceType;

/**
 * One Spot capacity pool of a group: an instance type in an Availability Zone (aws-behaviour.md
 * 2.12, 3), with its Spot price over time, interruption hazard and free-capacity score (M10, M13).
 *
 * @param index             position in the group's pool list
 * @param type              the instance type
 * @param zone              Availability Zone index, 0-based
 * @param price             USD per instance-hour at the Spot price, over time
 * @param hazardPerMicro    interruption rate of one running instance, per microsecond
 * @param capacityScore     free capacity, compared by the capacity-optimized strategies
 * @param reclaimEventsPerMicro  rate of correlated reclaim events of the pool
 * @param outagesPerMicro   rate of capacity outages of the pool
 */
public record SpotPool(int index, InstanceType type, int zone, SpotPrice price, double hazardPerMicro,
        double capacityScore, double reclaimEventsPerMicro, double outagesPerMicro) {

    /** A pool with a constant price and without pool-wide events. */
    public SpotPool(int index, InstanceType type, int zone, double spotPricePerHour, double hazardPerMicro,
            double capacityScore) {
        this(index, type, zone, SpotPrice.constant(spotPricePerHour), hazardPerMicro, capacityScore, 0, 0);
    }

    /** Spot price per capacity unit and hour at {@code time}: what the price-based allocation strategies compare. */
    public double pricePerUnitHour(long time) {
        return price.at(time) / type.weight();
    }

    /** The name results use: {@code c6g.large/az1} (zones are 1-based there, as in the scenario). */
    public String name() {
        return type.name() + "/az" + (zone + 1);
    }
}

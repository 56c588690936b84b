package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.Rate;

/**
 * Overrides for one Spot capacity pool (instance type × Availability Zone); unset fields take the
 * group's {@link SpotSpec} values.
 */
public record SpotPoolSpec(
        @Required @JsonPropertyDescription("Instance type of the pool; one of the group's instance_types.") String type,
        @JsonPropertyDescription("Availability Zone of the pool, 1 to availability_zones (default: every zone).") Integer zone,
        @JsonPropertyDescription("Spot Instance Advisor band: <5%, 5-10%, 10-15%, 15-20% or >20% per month (M13).")
                SpotInterruptionBand interruptionBand,
        @JsonPropertyDescription("Interruption rate per running instance, like 0.1/d; overrides the band.") Rate interruptionRate,
        @JsonPropertyDescription("Spot price as a fraction of the On-Demand price, like 0.35 or 35%.") Fraction priceFraction,
        @JsonPropertyDescription("Free capacity score, >= 0, compared by the capacity-optimized strategies (M10).")
                Double capacityScore,
        @JsonPropertyDescription("Correlated reclaim events of this pool, like 0.5/d; overrides spot.events.reclaim_rate.")
                Rate reclaimRate,
        @JsonPropertyDescription("Capacity outages of this pool, like 1/d; overrides spot.events.outage_rate.") Rate outageRate) {

    public void validate(String path, Findings f, Ec2AsgSpec group) {
        if (f.present(type, path + ".type", "an instance type of the group, like c6g.large")) {
            f.require(group.instanceTypes().stream().anyMatch(t -> type.equals(t.type())), path + ".type",
                    "expected one of the group's instance_types, found '" + type + "'");
        }
        if (zone != null) {
            f.require(zone >= 1 && zone <= group.availabilityZones(), path + ".zone",
                    "expected a zone from 1 to " + group.availabilityZones() + ", found " + zone);
        }
        SpotSpec.validateNumbers(path, f, interruptionRate, priceFraction, capacityScore);
        for (Rate r : new Rate[] {reclaimRate, outageRate}) {
            if (r != null) {
                f.require(r.perSecond() >= 0, path + (r == reclaimRate ? ".reclaim_rate" : ".outage_rate"),
                        "expected a rate >= 0, like 1/d, found " + r);
            }
        }
    }
}

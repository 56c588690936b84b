package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.Rate;

/**
 * Pool-wide Spot events (issue 5, M13's correlated option): correlated reclaims, which send the
 * notice to a fraction of a pool's instances at once, and capacity outages, periods when a pool
 * has no capacity. Each pool has its own independent events at these rates.
 *
 * @param reclaimRate      correlated reclaim events per pool (default none)
 * @param reclaimFraction  each instance of the pool is hit with this probability (default 0.5, M13)
 * @param outageRate       capacity outages per pool (default none)
 * @param outageDuration   how long an outage lasts (default exponential, mean 30 min: an assumption)
 */
public record SpotEventsSpec(
        @JsonPropertyDescription("Correlated reclaim events per pool, like 0.5/d (default: none).") Rate reclaimRate,
        @JsonPropertyDescription("Chance each instance of the pool is hit by a reclaim event (default 0.5, M13).")
                Fraction reclaimFraction,
        @JsonPropertyDescription("Capacity outages per pool, like 1/d: launches there fail (default: none).") Rate outageRate,
        @JsonPropertyDescription("Length of a capacity outage (default exponential, mean 30m).") DistributionSpec outageDuration) {

    public static final SpotEventsSpec NONE = new SpotEventsSpec(null, null, null, null);

    public SpotEventsSpec {
        reclaimFraction = reclaimFraction == null ? new Fraction(0.5) : reclaimFraction;
        outageDuration = outageDuration == null
                ? new DistributionSpec.Exponential(dev.fleetsim.models.scenario.units.SimDuration.ofSeconds(1800), null)
                : outageDuration;
    }

    public void validate(String path, Findings f) {
        if (reclaimRate != null) {
            f.require(reclaimRate.perSecond() >= 0, path + ".reclaim_rate", "expected a rate >= 0, like 0.5/d, found " + reclaimRate);
        }
        if (outageRate != null) {
            f.require(outageRate.perSecond() >= 0, path + ".outage_rate", "expected a rate >= 0, like 1/d, found " + outageRate);
        }
        outageDuration.validate(path + ".outage_duration", f);
    }
}

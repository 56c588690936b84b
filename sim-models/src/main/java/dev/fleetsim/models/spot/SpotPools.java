package dev.fleetsim.models.spot;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.ec2.InstanceType;
import dev.fleetsim.models.scenario.SpotInterruptionBand;
import dev.fleetsim.models.scenario.SpotPoolSpec;
import dev.fleetsim.models.scenario.SpotSpec;
import dev.fleetsim.models.scenario.units.Rate;
import java.util.ArrayList;
import java.util.List;

/** Builds a group's Spot pools (every type × every zone) from its {@code spot} section. */
public final class SpotPools {
    /** M13's month: the Advisor's trailing 30 days. */
    public static final long MONTH_MICROS = 30 * SimTime.MICROS_PER_HOUR * 24;

    private SpotPools() {}

    /** M13: λ = −ln(1 − p_b) / 30 d, per microsecond. */
    public static double hazardPerMicro(SpotInterruptionBand band) {
        return -Math.log1p(-band.monthlyProbability()) / MONTH_MICROS;
    }

    /**
     * Pools in type-major order: index = type × zones + zone. Prices come from {@code history}
     * where it has rows for a pool (null: none), from the price fraction before and otherwise.
     */
    public static List<SpotPool> build(SpotSpec spot, List<InstanceType> types, int zones, SpotPriceHistory history) {
        List<SpotPool> pools = new ArrayList<>();
        for (InstanceType t : types) {
            for (int z = 0; z < zones; z++) {
                SpotPoolSpec o = spot.override(t.name(), z + 1);
                SpotInterruptionBand band = o != null && o.interruptionBand() != null ? o.interruptionBand()
                        : spot.interruptionBand();
                double hazard;
                if (o != null && o.interruptionRate() != null) {
                    hazard = o.interruptionRate().perMicro();
                } else if (o != null && o.interruptionBand() != null) {
                    hazard = hazardPerMicro(band);
                } else if (spot.interruptionRate() != null) {
                    hazard = spot.interruptionRate().perMicro();
                } else {
                    hazard = hazardPerMicro(band);
                }
                double fraction = (o != null && o.priceFraction() != null ? o.priceFraction() : spot.priceFraction()).value();
                Double score = o != null && o.capacityScore() != null ? o.capacityScore() : spot.capacityScore();
                Rate reclaims = o != null && o.reclaimRate() != null ? o.reclaimRate() : spot.events().reclaimRate();
                Rate outages = o != null && o.outageRate() != null ? o.outageRate() : spot.events().outageRate();
                double initial = t.pricePerHour() * fraction;
                SpotPrice price = history == null ? SpotPrice.constant(initial) : history.price(t.name(), z + 1, initial);
                pools.add(new SpotPool(pools.size(), t, z, price, hazard,
                        score != null ? score : 1 - band.monthlyProbability(), reclaims == null ? 0 : reclaims.perMicro(),
                        outages == null ? 0 : outages.perMicro()));
            }
        }
        return List.copyOf(pools);
    }
}

package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.Rate;
import java.nio.file.Path;
import java.util.List;

/**
 * Spot market behaviour of a group's capacity pools (aws-behaviour.md 3, M10, M13): defaults for
 * every pool, with per-pool overrides in {@code pools}. Documented in docs/scenario-reference.md (Spot).
 *
 * @param interruptionBand  Advisor band, default {@code <5%} (AWS: on average under 5 % a month)
 * @param interruptionRate  hazard per running instance; when set, overrides the band
 * @param priceFraction     Spot price / On-Demand price, default 0.35 (an assumption: typical
 *                          Advisor savings of 60-70 %; keep real prices as data)
 * @param capacityScore     free capacity for the allocation strategies; default 1 − p_b
 * @param pools             per-pool overrides
 * @param rebalanceRecommendations  when recommendations arrive (M12)
 * @param events            correlated reclaims and capacity outages, per pool
 * @param freeIfInterruptedInFirstHour  the MEM rule of 3.4, off by default
 * @param priceHistory      a CSV of observed Spot prices over time (see {@code SpotPriceHistory})
 * @param interruptionBehavior  what EC2 does at a reclaim; Auto Scaling groups only terminate
 */
public record SpotSpec(
        @JsonPropertyDescription("Spot Instance Advisor band for every pool: <5% (default), 5-10%, 10-15%, 15-20% or >20% per month (M13).")
                SpotInterruptionBand interruptionBand,
        @JsonPropertyDescription("Interruption rate per running instance, like 0.1/d; overrides the band (default: from the band).")
                Rate interruptionRate,
        @JsonPropertyDescription("Spot price as a fraction of the On-Demand price (default 0.35).") Fraction priceFraction,
        @JsonPropertyDescription("Free capacity score of every pool, >= 0 (default 1 - the band's monthly probability).")
                Double capacityScore,
        @JsonPropertyDescription("Per-pool overrides: [{type, zone, interruption_band, interruption_rate, price_fraction, capacity_score, reclaim_rate, outage_rate}].")
                List<SpotPoolSpec> pools,
        @JsonPropertyDescription("Rebalance recommendations before interruptions (defaults per M12).")
                SpotRebalanceSpec rebalanceRecommendations,
        @JsonPropertyDescription("Pool-wide events: {reclaim_rate, reclaim_fraction, outage_rate, outage_duration} (default: none).")
                SpotEventsSpec events,
        @JsonPropertyDescription("Charge nothing for an instance EC2 interrupts in its first hour (aws-behaviour.md 3.4, MEM: check before relying; default false).")
                Boolean freeIfInterruptedInFirstHour,
        @JsonPropertyDescription("CSV of Spot prices over time: time,instance_type,zone,price_per_hour; a pool's price before its first row is its price_fraction price (default: none, constant prices).")
                Path priceHistory,
        @JsonPropertyDescription("What EC2 does to an interrupted instance: terminate (default; the only behaviour of an Auto Scaling group), stop or hibernate (refused here, as AWS refuses them for groups).")
                SpotInterruptionBehavior interruptionBehavior) {

    public static final SpotInterruptionBand DEFAULT_BAND = SpotInterruptionBand.UNDER_5;
    /** An assumption, not an AWS number: Spot at 35 % of On-Demand (the Advisor shows 60-90 % savings). */
    public static final double DEFAULT_PRICE_FRACTION = 0.35;
    public static final SpotSpec DEFAULT = new SpotSpec(null, null, null, null, null, null, null, null, null, null);

    public SpotSpec {
        interruptionBand = interruptionBand == null ? DEFAULT_BAND : interruptionBand;
        priceFraction = priceFraction == null ? new Fraction(DEFAULT_PRICE_FRACTION) : priceFraction;
        pools = pools == null ? List.of() : List.copyOf(pools);
        rebalanceRecommendations = rebalanceRecommendations == null ? SpotRebalanceSpec.DEFAULT : rebalanceRecommendations;
        events = events == null ? SpotEventsSpec.NONE : events;
        freeIfInterruptedInFirstHour = freeIfInterruptedInFirstHour == null ? Boolean.FALSE : freeIfInterruptedInFirstHour;
        interruptionBehavior = interruptionBehavior == null ? SpotInterruptionBehavior.TERMINATE : interruptionBehavior;
    }

    public void validate(String path, Findings f, Ec2AsgSpec group) {
        validateNumbers(path, f, interruptionRate, priceFraction, capacityScore);
        // aws-behaviour.md 3.3: stop and hibernate need a persistent Spot request or a maintain-type
        // EC2 Fleet / Spot Fleet; Auto Scaling groups launch one-time requests and terminate.
        f.require(interruptionBehavior == SpotInterruptionBehavior.TERMINATE, path + ".interruption_behavior",
                "expected terminate (an Auto Scaling group always terminates interrupted Spot instances; stop and"
                        + " hibernate need persistent Spot requests or a maintain-type fleet), found " + interruptionBehavior);
        if (priceHistory != null) { // only existence here; the rows are checked when the run starts
            f.require(java.nio.file.Files.isRegularFile(priceHistory), path + ".price_history",
                    "expected a CSV file of Spot prices, found no file at " + priceHistory);
        }
        rebalanceRecommendations.validate(path + ".rebalance_recommendations", f);
        events.validate(path + ".events", f);
        for (int i = 0; i < pools.size(); i++) {
            if (f.present(pools.get(i), path + ".pools[" + i + "]", "a pool, like {type: c6g.large, zone: 1}")) {
                pools.get(i).validate(path + ".pools[" + i + "]", f, group);
            }
        }
    }

    static void validateNumbers(String path, Findings f, Rate rate, Fraction price, Double score) {
        if (rate != null) {
            f.require(rate.perSecond() >= 0, path + ".interruption_rate", "expected a rate >= 0, like 0.1/d, found " + rate);
        }
        if (price != null) {
            f.require(price.value() > 0 && price.value() <= 1, path + ".price_fraction",
                    "expected a fraction of the On-Demand price in (0, 1] (Spot never costs more), found " + price);
        }
        if (score != null) {
            f.require(score >= 0 && Double.isFinite(score), path + ".capacity_score", "expected a score >= 0, found " + score);
        }
    }

    /** The override for pool ({@code type}, 1-based {@code zone}), or null: a zone-specific one first. */
    public SpotPoolSpec override(String type, int zone) {
        SpotPoolSpec any = null;
        for (SpotPoolSpec p : pools) {
            if (type.equals(p.type())) {
                if (p.zone() != null && p.zone() == zone) {
                    return p;
                }
                if (p.zone() == null && any == null) {
                    any = p;
                }
            }
        }
        return any;
    }
}

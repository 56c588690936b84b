package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.List;

/**
 * Fargate Spot (aws-behaviour.md 5.5, 5.6): how often tasks are interrupted (an interruption band
 * read as in M13), the price discount, periods without Spot capacity, and how often a task
 * waiting for Spot capacity is retried (M20).
 */
public record FargateSpotSpec(
        @JsonPropertyDescription("Interruption band read as a monthly interruption probability per task (M13): <5%, 5-10% (default), 10-15%, 15-20%, >20%.")
                SpotInterruptionBand interruptionBand,
        @JsonPropertyDescription("Fargate Spot discount on the on-demand price (default 70%).") Fraction discount,
        @JsonPropertyDescription("Periods with no Spot capacity: [{start: 2h, duration: 20m, reclaim: 50%}] (default none).")
                List<Outage> noCapacity,
        @JsonPropertyDescription("How often a task waiting for Spot capacity is retried (default 60s, M20).") SimDuration retryInterval) {

    public static final FargateSpotSpec DEFAULT = new FargateSpotSpec(null, null, null, null);

    public FargateSpotSpec {
        interruptionBand = interruptionBand == null ? SpotInterruptionBand.FROM_5_TO_10 : interruptionBand;
        discount = discount == null ? new Fraction(0.70) : discount;
        noCapacity = noCapacity == null ? List.of() : List.copyOf(noCapacity);
        retryInterval = retryInterval == null ? SimDuration.ofSeconds(60) : retryInterval;
    }

    public void validate(String path, Findings f) {
        f.require(retryInterval.micros() > 0, path + ".retry_interval", "expected an interval > 0s, found " + retryInterval);
        for (int i = 0; i < noCapacity.size(); i++) {
            Outage o = noCapacity.get(i);
            String p = path + ".no_capacity[" + i + "]";
            if (f.present(o, p, "a period {start: 2h, duration: 20m}")) {
                f.present(o.start(), p + ".start", "the start of the period, like 2h");
                if (f.present(o.duration(), p + ".duration", "the length of the period, like 20m")) {
                    f.require(o.duration().micros() > 0, p + ".duration", "expected a duration > 0s, found " + o.duration());
                }
            }
        }
    }

    /**
     * A period with no Fargate Spot capacity: no new Spot task is placed during it, and at its
     * start AWS takes back {@code reclaim} of the running Spot tasks (each independently), which
     * get the two-minute warning.
     */
    public record Outage(
            @Required @JsonPropertyDescription("When the period starts (simulation time).") SimDuration start,
            @Required @JsonPropertyDescription("How long it lasts.") SimDuration duration,
            @JsonPropertyDescription("Share of running Spot tasks interrupted when it starts, each independently (default 0%).")
                    Fraction reclaim) {
        public Outage {
            reclaim = reclaim == null ? new Fraction(0) : reclaim;
        }
    }
}

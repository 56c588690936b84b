package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * Rebalance recommendations (aws-behaviour.md 3.2, M12): with probability {@code probability} a
 * recommendation precedes an interruption by a lead time drawn from an exponential of mean
 * {@code leadTimeMean} truncated to [{@code leadTimeMin}, {@code leadTimeMax}]; otherwise it
 * arrives with the notice. A fraction {@code falseAlarmFraction} of all recommendations is never
 * followed by an interruption.
 */
public record SpotRebalanceSpec(
        @JsonPropertyDescription("Chance a recommendation arrives before the interruption notice (default 0.8, M12).")
                Fraction probability,
        @JsonPropertyDescription("Mean of the exponential lead time before the notice (default 15m, M12).") SimDuration leadTimeMean,
        @JsonPropertyDescription("Lower truncation of the lead time (default 2m, M12).") SimDuration leadTimeMin,
        @JsonPropertyDescription("Upper truncation of the lead time (default 2h, M12).") SimDuration leadTimeMax,
        @JsonPropertyDescription("Fraction of recommendations never followed by an interruption (default 0.3, M12).")
                Fraction falseAlarmFraction) {

    public static final SpotRebalanceSpec DEFAULT = new SpotRebalanceSpec(null, null, null, null, null);

    public SpotRebalanceSpec {
        probability = probability == null ? new Fraction(0.8) : probability;
        leadTimeMean = leadTimeMean == null ? SimDuration.ofSeconds(900) : leadTimeMean;
        leadTimeMin = leadTimeMin == null ? SimDuration.ofSeconds(120) : leadTimeMin;
        leadTimeMax = leadTimeMax == null ? SimDuration.ofSeconds(7200) : leadTimeMax;
        falseAlarmFraction = falseAlarmFraction == null ? new Fraction(0.3) : falseAlarmFraction;
    }

    public void validate(String path, Findings f) {
        f.require(leadTimeMean.micros() > 0, path + ".lead_time_mean", "expected a duration > 0s, found " + leadTimeMean);
        f.require(leadTimeMin.compareTo(leadTimeMax) <= 0, path + ".lead_time_min",
                "expected lead_time_min <= lead_time_max, found " + leadTimeMin + " > " + leadTimeMax);
        f.require(falseAlarmFraction.value() < 1, path + ".false_alarm_fraction",
                "expected a fraction below 1, found " + falseAlarmFraction);
    }
}

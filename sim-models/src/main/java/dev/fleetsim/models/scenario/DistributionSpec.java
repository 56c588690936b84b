package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.fleetsim.models.scenario.units.SimDuration;

/** A distribution of durations, chosen by its {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DistributionSpec.Exponential.class, name = "exponential"),
    @JsonSubTypes.Type(value = DistributionSpec.Constant.class, name = "constant")
})
public sealed interface DistributionSpec {

    /** Mean of the distribution. */
    SimDuration mean();

    /** Exponential with the given mean. */
    record Exponential(SimDuration mean) implements DistributionSpec {}

    /** Always exactly {@code value}. */
    record Constant(SimDuration value) implements DistributionSpec {
        @Override
        public SimDuration mean() {
            return value;
        }
    }
}

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

    /** Adds what is wrong with this spec to {@code findings}; {@code path} is where it was written. */
    void validate(String path, Findings findings);

    /** Exponential with the given mean. */
    record Exponential(SimDuration mean) implements DistributionSpec {
        @Override
        public void validate(String path, Findings f) {
            if (f.present(mean, path + ".mean", "the mean, a duration like 40ms")) {
                f.require(mean.micros() > 0, path + ".mean", "expected a mean > 0, found " + mean);
            }
        }
    }

    /** Always exactly {@code value}. */
    record Constant(SimDuration value) implements DistributionSpec {
        @Override
        public void validate(String path, Findings f) {
            f.present(value, path + ".value", "the value, a duration like 40ms");
        }
    }
}

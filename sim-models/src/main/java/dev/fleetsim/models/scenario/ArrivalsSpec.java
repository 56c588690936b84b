package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.fleetsim.models.scenario.units.Rate;

/** An arrival process, chosen by its {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = ArrivalsSpec.Poisson.class, name = "poisson")})
public sealed interface ArrivalsSpec {

    /** Adds what is wrong with this spec to {@code findings}; {@code path} is where it was written. */
    void validate(String path, Findings findings);

    /** Homogeneous Poisson arrivals at a constant {@code rate}. */
    record Poisson(Rate rate) implements ArrivalsSpec {
        @Override
        public void validate(String path, Findings f) {
            if (f.present(rate, path + ".rate", "a rate with a unit, like 800/s")) {
                f.require(rate.perSecond() > 0, path + ".rate", "expected a rate > 0, found " + rate);
            }
        }
    }
}

package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** An arrival process, chosen by its {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = ArrivalsSpec.Poisson.class, name = "poisson")})
public sealed interface ArrivalsSpec {

    /** Homogeneous Poisson arrivals at a constant {@code rate}. */
    record Poisson(dev.fleetsim.models.scenario.units.Rate rate) implements ArrivalsSpec {}
}

package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A fleet that serves requests, chosen by its {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = FleetSpec.FixedPool.class, name = "fixed-pool")})
public sealed interface FleetSpec {

    String name();

    /**
     * A fixed pool of identical servers with one unbounded FIFO queue: the M/M/c (or G/G/c)
     * station of queueing theory, useful as a reference and for validating the kernel.
     */
    record FixedPool(String name, Integer servers) implements FleetSpec {}
}

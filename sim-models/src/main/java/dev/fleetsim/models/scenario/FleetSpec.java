package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A fleet that serves requests, chosen by its {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FleetSpec.FixedPool.class, name = "fixed-pool"),
    @JsonSubTypes.Type(value = Ec2AsgSpec.class, name = "ec2-asg"),
    @JsonSubTypes.Type(value = LambdaSpec.class, name = "lambda"),
    @JsonSubTypes.Type(value = FargateSpec.class, name = "fargate")
})
public sealed interface FleetSpec permits FleetSpec.FixedPool, Ec2AsgSpec, LambdaSpec, FargateSpec {

    String name();

    /** Adds what is wrong with this fleet (beyond its name) to {@code findings}. */
    void validate(String path, Findings findings);

    /**
     * A fixed pool of identical servers with one unbounded FIFO queue: the M/M/c (or G/G/c)
     * station of queueing theory, useful as a reference and for validating the kernel.
     */
    record FixedPool(
            @Required @JsonPropertyDescription("Fleet name; workloads target it.") String name,
            @Required @JsonPropertyDescription("Identical servers sharing one unbounded FIFO queue.") Integer servers,
            @JsonPropertyDescription("Price of one server for one hour in USD, billed per second (default 0).")
                    Double pricePerServerHour)
            implements FleetSpec {
        @Override
        public void validate(String path, Findings f) {
            if (f.present(servers, path + ".servers", "the number of servers")) {
                f.require(servers >= 1, path + ".servers", "expected an integer >= 1, found " + servers);
            }
            if (pricePerServerHour != null) {
                f.require(pricePerServerHour >= 0 && Double.isFinite(pricePerServerHour), path + ".price_per_server_hour",
                        "expected a price >= 0 in USD, found " + pricePerServerHour);
            }
        }

        public double priceOrZero() {
            return pricePerServerHour == null ? 0 : pricePerServerHour;
        }
    }
}

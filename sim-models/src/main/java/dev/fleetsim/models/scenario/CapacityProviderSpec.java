package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * One item of an ECS capacity provider strategy (aws-behaviour.md 5.4): the provider, its base
 * (tasks placed there first; only one provider may have one) and its weight (share of the tasks
 * beyond the base; API default 0).
 */
public record CapacityProviderSpec(
        @Required @JsonPropertyDescription("FARGATE or FARGATE_SPOT.") Provider provider,
        @JsonPropertyDescription("Tasks placed on this provider first, 0 to 100000 (default 0); only one provider may have a base.")
                Integer base,
        @JsonPropertyDescription("Share of the tasks beyond the base, 0 to 1000 (default 0, as the API).") Integer weight) {

    public static final int MAX_BASE = 100_000;
    public static final int MAX_WEIGHT = 1000;

    public CapacityProviderSpec {
        base = base == null ? 0 : base;
        weight = weight == null ? 0 : weight;
    }

    public void validate(String path, Findings f) {
        f.present(provider, path + ".provider", "a capacity provider (FARGATE, FARGATE_SPOT)");
        f.require(base >= 0 && base <= MAX_BASE, path + ".base", "expected an integer from 0 to " + MAX_BASE + ", found " + base);
        f.require(weight >= 0 && weight <= MAX_WEIGHT, path + ".weight",
                "expected an integer from 0 to " + MAX_WEIGHT + ", found " + weight);
    }

    /** Fargate's two capacity providers. */
    public enum Provider implements YamlEnum {
        FARGATE("FARGATE"),
        FARGATE_SPOT("FARGATE_SPOT");

        private final String yamlName;

        Provider(String yamlName) {
            this.yamlName = yamlName;
        }

        @Override
        public String yamlName() {
            return yamlName;
        }

        @Override
        public String toString() {
            return yamlName;
        }
    }
}

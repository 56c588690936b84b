package dev.fleetsim.models.scaling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.fleetsim.models.scenario.ScalingPolicySpec;

/** MaxCapacityBreachBehavior of a predictive policy (aws-behaviour.md §2.9). */
public enum MaxCapacityBreach {
    /** HonorMaxCapacity (default): the forecast capacity is clamped to the group maximum. */
    HONOR("honor"),
    /** IncreaseMaxCapacity: max is raised to forecast x (1 + max_capacity_buffer/100) when that exceeds it. */
    INCREASE("increase");

    private final String yamlName;

    MaxCapacityBreach(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in scenarios. */
    @JsonValue
    public String yamlName() {
        return yamlName;
    }

    /** Reads a scenario name; an unknown one fails with "expected one of ..., found '...'". */
    @JsonCreator
    public static MaxCapacityBreach fromYaml(String text) {
        return ScalingPolicySpec.YamlWords.parse(values(), text);
    }

    @Override
    public String toString() {
        return yamlName;
    }
}

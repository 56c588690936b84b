package dev.fleetsim.models.sweep;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.fleetsim.models.scenario.ScalingPolicySpec;

/** How a sweep combines its axes into points. */
public enum SweepMode {
    /** Every combination (Cartesian product); the first axis varies slowest. */
    GRID("grid"),
    /** The k-th value of every axis together; all axes must have the same length. */
    ZIP("zip");

    private final String yamlName;

    SweepMode(String yamlName) {
        this.yamlName = yamlName;
    }

    @JsonValue
    public String yamlName() {
        return yamlName;
    }

    @Override
    public String toString() {
        return yamlName;
    }

    @JsonCreator
    public static SweepMode fromYaml(String text) {
        return ScalingPolicySpec.YamlWords.parse(values(), text);
    }
}

package dev.fleetsim.models.scaling;

import dev.fleetsim.models.scenario.YamlEnum;

/** How the change is expressed (AWS AdjustmentType). */
public enum AdjustmentType implements YamlEnum {
    /** Add the adjustment to the capacity (negative removes). */
    CHANGE_IN_CAPACITY("change-in-capacity"),
    /** Add this percentage of the capacity, rounded as aws-behaviour.md §2.3 says. */
    PERCENT_CHANGE_IN_CAPACITY("percent-change-in-capacity"),
    /** Set the capacity to the adjustment. */
    EXACT_CAPACITY("exact-capacity");

    private final String yamlName;

    AdjustmentType(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String toString() {
        return yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}

package dev.fleetsim.models.scaling;

import dev.fleetsim.models.scenario.YamlEnum;

/** How the change is expressed (AWS AdjustmentType). */
public enum AdjustmentType implements YamlEnum {
    /** Add the adjustment to the capacity (negative removes). */
    CHANGE_IN_CAPACITY,
    /** Add this percentage of the capacity, rounded as aws-behaviour.md §2.3 says. */
    PERCENT_CHANGE_IN_CAPACITY,
    /** Set the capacity to the adjustment. */
    EXACT_CAPACITY;

    @Override
    public String toString() {
        return yamlName();
    }
}

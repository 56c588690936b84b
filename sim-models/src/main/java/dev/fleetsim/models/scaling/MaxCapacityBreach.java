package dev.fleetsim.models.scaling;

import dev.fleetsim.models.scenario.YamlEnum;

/** MaxCapacityBreachBehavior of a predictive policy (aws-behaviour.md §2.9). */
public enum MaxCapacityBreach implements YamlEnum {
    /** HonorMaxCapacity (default): the forecast capacity is clamped to the group maximum. */
    HONOR,
    /** IncreaseMaxCapacity: max is raised to forecast x (1 + max_capacity_buffer/100) when that exceeds it. */
    INCREASE;

    /** The name used in scenarios. */

    @Override
    public String toString() {
        return yamlName();
    }
}

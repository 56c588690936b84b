package dev.fleetsim.models.sweep;

import dev.fleetsim.models.scenario.YamlEnum;

/** How a sweep combines its axes into points. */
public enum SweepMode implements YamlEnum {
    /** Every combination (Cartesian product); the first axis varies slowest. */
    GRID("grid"),
    /** The k-th value of every axis together; all axes must have the same length. */
    ZIP("zip");

    private final String yamlName;

    SweepMode(String yamlName) {
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

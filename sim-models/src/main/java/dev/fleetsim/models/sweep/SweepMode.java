package dev.fleetsim.models.sweep;

import dev.fleetsim.models.scenario.YamlEnum;

/** How a sweep combines its axes into points. */
public enum SweepMode implements YamlEnum {
    /** Every combination (Cartesian product); the first axis varies slowest. */
    GRID,
    /** The k-th value of every axis together; all axes must have the same length. */
    ZIP;

    @Override
    public String toString() {
        return yamlName();
    }
}

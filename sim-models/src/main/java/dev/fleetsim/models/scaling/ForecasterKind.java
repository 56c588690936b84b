package dev.fleetsim.models.scaling;

import dev.fleetsim.models.scenario.YamlEnum;

/** The forecasters a predictive policy can use (M8; pluggable through {@link Forecaster}). */
public enum ForecasterKind implements YamlEnum {
    /** {@link SeasonalForecaster}: hour-of-week (or hour-of-day) seasonality plus trend, by weighted least squares. */
    SEASONAL;

    /** The name used in scenarios. */

    /** A new forecaster of this kind. */
    public Forecaster create() {
        return new SeasonalForecaster();
    }

    @Override
    public String toString() {
        return yamlName();
    }
}

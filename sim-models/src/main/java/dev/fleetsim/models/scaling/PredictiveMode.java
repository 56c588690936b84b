package dev.fleetsim.models.scaling;

import dev.fleetsim.models.scenario.YamlEnum;

/** Predictive scaling mode (aws-behaviour.md §2.9). */
public enum PredictiveMode implements YamlEnum {
    /** ForecastOnly (the AWS default): forecasts are made and recorded, capacity is not changed. */
    FORECAST_ONLY,
    /** ForecastAndScale: the forecast raises the capacity floor ahead of each hour. */
    FORECAST_AND_SCALE;

    /** The name used in scenarios. */

    @Override
    public String toString() {
        return yamlName();
    }
}

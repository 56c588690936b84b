package dev.fleetsim.models.scaling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.fleetsim.models.scenario.ScalingPolicySpec;

/** Predictive scaling mode (aws-behaviour.md §2.9). */
public enum PredictiveMode {
    /** ForecastOnly (the AWS default): forecasts are made and recorded, capacity is not changed. */
    FORECAST_ONLY("forecast-only"),
    /** ForecastAndScale: the forecast raises the capacity floor ahead of each hour. */
    FORECAST_AND_SCALE("forecast-and-scale");

    private final String yamlName;

    PredictiveMode(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in scenarios. */
    @JsonValue
    public String yamlName() {
        return yamlName;
    }

    /** Reads a scenario name; an unknown one fails with "expected one of ..., found '...'". */
    @JsonCreator
    public static PredictiveMode fromYaml(String text) {
        return ScalingPolicySpec.YamlWords.parse(values(), text);
    }

    @Override
    public String toString() {
        return yamlName;
    }
}

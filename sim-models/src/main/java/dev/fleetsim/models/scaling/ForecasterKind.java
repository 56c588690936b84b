package dev.fleetsim.models.scaling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.fleetsim.models.scenario.ScalingPolicySpec;

/** The forecasters a predictive policy can use (M8; pluggable through {@link Forecaster}). */
public enum ForecasterKind {
    /** {@link SeasonalForecaster}: hour-of-week (or hour-of-day) seasonality plus trend, by weighted least squares. */
    SEASONAL("seasonal");

    private final String yamlName;

    ForecasterKind(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in scenarios. */
    @JsonValue
    public String yamlName() {
        return yamlName;
    }

    /** Reads a scenario name; an unknown one fails with "expected one of ..., found '...'". */
    @JsonCreator
    public static ForecasterKind fromYaml(String text) {
        return ScalingPolicySpec.YamlWords.parse(values(), text);
    }

    /** A new forecaster of this kind. */
    public Forecaster create() {
        return new SeasonalForecaster();
    }

    @Override
    public String toString() {
        return yamlName;
    }
}

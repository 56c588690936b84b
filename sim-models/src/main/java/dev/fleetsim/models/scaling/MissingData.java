package dev.fleetsim.models.scaling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.fleetsim.core.metrics.TreatMissingData;
import dev.fleetsim.models.scenario.ScalingPolicySpec;

/** TreatMissingData, in scenario spelling. */
public enum MissingData {
    MISSING("missing", TreatMissingData.MISSING),
    NOT_BREACHING("not_breaching", TreatMissingData.NOT_BREACHING),
    BREACHING("breaching", TreatMissingData.BREACHING),
    IGNORE("ignore", TreatMissingData.IGNORE);

    private final String yamlName;
    private final TreatMissingData treatment;

    MissingData(String yamlName, TreatMissingData treatment) {
        this.yamlName = yamlName;
        this.treatment = treatment;
    }

    public TreatMissingData treatment() {
        return treatment;
    }

    @JsonValue
    @Override
    public String toString() {
        return yamlName;
    }

    @JsonCreator
    public static MissingData fromYaml(String text) {
        return ScalingPolicySpec.YamlWords.parse(values(), text);
    }
}

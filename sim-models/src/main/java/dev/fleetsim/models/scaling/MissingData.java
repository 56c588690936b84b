package dev.fleetsim.models.scaling;

import dev.fleetsim.models.scenario.YamlEnum;
import dev.fleetsim.core.metrics.TreatMissingData;

/** TreatMissingData, in scenario spelling. */
public enum MissingData implements YamlEnum {
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

    @Override
    public String toString() {
        return yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}

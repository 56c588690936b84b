package dev.fleetsim.models.scaling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.fleetsim.core.metrics.Statistic;
import dev.fleetsim.models.scenario.ScalingPolicySpec;

/** The statistics a step or simple policy may aggregate its metric with (MetricAggregationType). */
public enum PolicyStatistic {
    AVERAGE("average", Statistic.AVERAGE),
    MINIMUM("minimum", Statistic.MINIMUM),
    MAXIMUM("maximum", Statistic.MAXIMUM);

    private final String yamlName;
    private final Statistic statistic;

    PolicyStatistic(String yamlName, Statistic statistic) {
        this.yamlName = yamlName;
        this.statistic = statistic;
    }

    public Statistic statistic() {
        return statistic;
    }

    @JsonValue
    @Override
    public String toString() {
        return yamlName;
    }

    @JsonCreator
    public static PolicyStatistic fromYaml(String text) {
        return ScalingPolicySpec.YamlWords.parse(values(), text);
    }
}

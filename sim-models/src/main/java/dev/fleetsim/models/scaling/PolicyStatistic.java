package dev.fleetsim.models.scaling;

import dev.fleetsim.models.scenario.YamlEnum;
import dev.fleetsim.core.metrics.Statistic;

/** The statistics a step or simple policy may aggregate its metric with (MetricAggregationType). */
public enum PolicyStatistic implements YamlEnum {
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

    @Override
    public String toString() {
        return yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}

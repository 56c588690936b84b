package dev.fleetsim.models.scaling;

import dev.fleetsim.models.scenario.YamlEnum;
import dev.fleetsim.core.metrics.Statistic;

/** The statistics a step or simple policy may aggregate its metric with (MetricAggregationType). */
public enum PolicyStatistic implements YamlEnum {
    AVERAGE(Statistic.AVERAGE),
    MINIMUM(Statistic.MINIMUM),
    MAXIMUM(Statistic.MAXIMUM);

    private final Statistic statistic;

    PolicyStatistic(Statistic statistic) {
        this.statistic = statistic;
    }

    public Statistic statistic() {
        return statistic;
    }

    @Override
    public String toString() {
        return yamlName();
    }
}

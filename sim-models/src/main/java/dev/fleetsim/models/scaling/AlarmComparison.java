package dev.fleetsim.models.scaling;

import dev.fleetsim.core.metrics.ComparisonOperator;
import dev.fleetsim.models.scenario.YamlEnum;

/** An alarm's comparison, written as the operator. */
public enum AlarmComparison implements YamlEnum {
    // Listed with the two-character operators first, so "=>" suggests ">=".
    GREATER_OR_EQUAL(">=", ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD),
    GREATER(">", ComparisonOperator.GREATER_THAN_THRESHOLD),
    LESS_OR_EQUAL("<=", ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD),
    LESS("<", ComparisonOperator.LESS_THAN_THRESHOLD);

    private final String symbol;
    private final ComparisonOperator operator;

    AlarmComparison(String symbol, ComparisonOperator operator) {
        this.symbol = symbol;
        this.operator = operator;
    }

    public ComparisonOperator operator() {
        return operator;
    }

    /** True for {@code >} and {@code >=}: the alarm watches the metric rise above the threshold. */
    public boolean upper() {
        return this == GREATER || this == GREATER_OR_EQUAL;
    }

    @Override
    public String yamlName() {
        return symbol;
    }

    @Override
    public String toString() {
        return symbol;
    }
}

package dev.fleetsim.core.metrics;

/**
 * The four static-threshold comparison operators of a CloudWatch metric alarm. A datapoint
 * <em>breaches</em> when {@code datapoint OP threshold} holds.
 */
public enum ComparisonOperator {
    GREATER_THAN_THRESHOLD,
    GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    LESS_THAN_THRESHOLD,
    LESS_THAN_OR_EQUAL_TO_THRESHOLD;

    public boolean breaches(double datapoint, double threshold) {
        return switch (this) {
            case GREATER_THAN_THRESHOLD -> datapoint > threshold;
            case GREATER_THAN_OR_EQUAL_TO_THRESHOLD -> datapoint >= threshold;
            case LESS_THAN_THRESHOLD -> datapoint < threshold;
            case LESS_THAN_OR_EQUAL_TO_THRESHOLD -> datapoint <= threshold;
        };
    }
}

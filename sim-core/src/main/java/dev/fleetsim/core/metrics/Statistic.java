package dev.fleetsim.core.metrics;

/**
 * The CloudWatch statistics a period offers (aws-behaviour.md §1.1). Percentiles are left out:
 * they need the raw samples, and keeping those would break the flat-memory rule. Scaling
 * policies use Average, Sum, Minimum, Maximum or SampleCount only.
 */
public enum Statistic {
    AVERAGE,
    SUM,
    MINIMUM,
    MAXIMUM,
    SAMPLE_COUNT;

    /**
     * This statistic of a period summarised by its sample count, sum, minimum and maximum.
     * Returns {@code NaN} when {@code count == 0}: a period without samples has no datapoint at
     * all (CloudWatch shows nothing, not zero).
     */
    public double of(long count, double sum, double min, double max) {
        if (count == 0) {
            return Double.NaN;
        }
        return switch (this) {
            case AVERAGE -> sum / count;
            case SUM -> sum;
            case MINIMUM -> min;
            case MAXIMUM -> max;
            case SAMPLE_COUNT -> count;
        };
    }
}

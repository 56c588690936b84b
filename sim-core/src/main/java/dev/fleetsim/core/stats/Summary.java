package dev.fleetsim.core.stats;

/**
 * One statistic across replications: the mean with its Student-t 95% interval, and the range.
 * With fewer than two replications the interval is undefined and both bounds are NaN.
 */
public record Summary(long n, double mean, double ci95Low, double ci95High, double min, double max) {

    public boolean hasInterval() {
        return !Double.isNaN(ci95Low);
    }

    /**
     * This summary with its interval intersected with [{@code low}, {@code high}], the values the
     * statistic can take (e.g. a count cannot be negative, a probability cannot exceed 1). The
     * Student-t interval is symmetric and can cross such a bound with few or skewed replications;
     * the true mean lies inside the bounds, so cutting the interval there keeps its 95% coverage.
     */
    public Summary within(double low, double high) {
        if (!hasInterval()) {
            return this;
        }
        return new Summary(n, mean, Math.max(low, ci95Low), Math.min(high, ci95High), min, max);
    }

    /** Half-width of the 95% interval (half its length once cut by {@link #within}); NaN without one. */
    public double halfWidth() {
        return (ci95High - ci95Low) / 2;
    }

    /** True if {@code value} lies inside the 95% interval (inclusive). */
    public boolean intervalContains(double value) {
        return hasInterval() && value >= ci95Low && value <= ci95High;
    }
}

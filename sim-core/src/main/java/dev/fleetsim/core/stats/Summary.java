package dev.fleetsim.core.stats;

/**
 * One statistic across replications: the mean with its Student-t 95% interval, and the range.
 * With fewer than two replications the interval is undefined and both bounds are NaN.
 */
public record Summary(long n, double mean, double ci95Low, double ci95High, double min, double max) {

    public boolean hasInterval() {
        return !Double.isNaN(ci95Low);
    }

    /** Half-width of the 95% interval; NaN without one. */
    public double halfWidth() {
        return (ci95High - ci95Low) / 2;
    }

    /** True if {@code value} lies inside the 95% interval (inclusive). */
    public boolean intervalContains(double value) {
        return hasInterval() && value >= ci95Low && value <= ci95High;
    }
}

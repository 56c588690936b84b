package dev.fleetsim.cli.html;

import org.jfree.chart.axis.NumberAxis;

/**
 * The x axis of the timeline charts: minutes or hours since the start of the run, and how
 * per-minute values are grouped into points. Long horizons are drawn with at most
 * {@link #MAX_POINTS} points per series (each the mean, or for counts the sum, of a few minutes)
 * so a month-long run still gives a page a browser opens quickly.
 */
final class TimeAxis {
    static final int MAX_POINTS = 1440;

    private final int minutes;
    private final int bucket;
    private final boolean hours;

    TimeAxis(int minutes) {
        this.minutes = minutes;
        this.bucket = Math.max(1, (minutes + MAX_POINTS - 1) / MAX_POINTS);
        this.hours = minutes >= 180;
    }

    /** Points per series. */
    int points() {
        return (minutes + bucket - 1) / bucket;
    }

    /** Minutes per point: 1 unless the horizon is long. */
    int bucket() {
        return bucket;
    }

    /** x of point {@code p}: the end of its last minute. */
    double x(int p) {
        return toUnit(Math.min(minutes, (p + 1) * bucket));
    }

    /** x of a time in seconds since the start. */
    double xOfSeconds(double seconds) {
        return toUnit(seconds / 60.0);
    }

    private double toUnit(double minute) {
        return hours ? minute / 60.0 : minute;
    }

    NumberAxis axis() {
        NumberAxis a = new NumberAxis(hours ? "time since start (h)" : "time since start (min)");
        a.setAutoRangeIncludesZero(true);
        a.setLowerMargin(0);
        a.setUpperMargin(0);
        return a;
    }

    /** Per-point means of a per-minute level, NaN minutes ignored (NaN if all are). */
    double[] means(double[] perMinute) {
        double[] out = new double[points()];
        for (int p = 0; p < out.length; p++) {
            double sum = 0;
            int n = 0;
            for (int m = p * bucket; m < Math.min(perMinute.length, (p + 1) * bucket); m++) {
                if (!Double.isNaN(perMinute[m])) {
                    sum += perMinute[m];
                    n++;
                }
            }
            out[p] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }

    /** Per-point maxima: a short peak (p99, concurrency) must not be averaged away. */
    double[] maxima(double[] perMinute) {
        double[] out = new double[points()];
        for (int p = 0; p < out.length; p++) {
            double max = Double.NaN;
            for (int m = p * bucket; m < Math.min(perMinute.length, (p + 1) * bucket); m++) {
                if (!Double.isNaN(perMinute[m]) && !(perMinute[m] <= max)) max = perMinute[m];
            }
            out[p] = max;
        }
        return out;
    }

    /** Per-point sums of a per-minute count, NaN minutes ignored. */
    double[] sums(double[] perMinute) {
        double[] out = new double[points()];
        for (int m = 0; m < Math.min(perMinute.length, minutes); m++) {
            if (!Double.isNaN(perMinute[m])) out[m / bucket] += perMinute[m];
        }
        return out;
    }
}

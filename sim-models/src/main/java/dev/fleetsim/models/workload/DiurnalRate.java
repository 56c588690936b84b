package dev.fleetsim.models.workload;

import dev.fleetsim.core.kernel.SimTime;

/**
 * A daily sinusoid with a weekly shape:
 * λ(t) = mean · w(t) · (1 + a·cos(2π(t − peak)/1d)), with a = (r − 1)/(r + 1) for the peak/trough
 * ratio r, so that the rate's mean over a day is {@code mean} and its maximum over minimum is r.
 * w(t) is {@code weekendFactor} on Saturday and Sunday (days 5 and 6 counted from time 0, Monday
 * 00:00) and 1 otherwise.
 *
 * <p>Windows are 15-minute slices of the day with the exact maximum of λ on the slice as ceiling
 * (the cosine's maximum on an interval is at an end, unless the interval contains the peak). The
 * rate changes by at most πa/48 of the mean within a slice, so thinning keeps 98% or more of
 * its candidates over a day, whatever the ratio (99% at 3:1).
 */
final class DiurnalRate implements RateFunction {
    static final long WINDOW = 15 * SimTime.MICROS_PER_MINUTE;
    private static final long DAY = SimTime.MICROS_PER_DAY;
    private static final double OMEGA = 2 * Math.PI / DAY;

    private final double mean;
    private final double amplitude;
    private final long peak;
    private final double weekendFactor;

    private long windowEnd = Long.MIN_VALUE;
    private double dayMean;
    private double ceiling;

    /**
     * @param peakToTrough  ratio of the maximum rate to the minimum, >= 1
     * @param peakAt        time of day of the peak, microseconds after midnight
     * @param weekendFactor multiplier on days 5 and 6 of each week, >= 0
     */
    DiurnalRate(double meanPerSecond, double peakToTrough, long peakAt, double weekendFactor) {
        if (!(meanPerSecond > 0) || !(peakToTrough >= 1) || Double.isInfinite(peakToTrough) || peakAt < 0
                || peakAt >= DAY || !(weekendFactor >= 0) || Double.isInfinite(weekendFactor)) {
            throw new IllegalArgumentException("bad diurnal parameters: mean " + meanPerSecond + ", ratio "
                    + peakToTrough + ", peak " + peakAt + " us, weekend factor " + weekendFactor);
        }
        this.mean = meanPerSecond;
        this.amplitude = (peakToTrough - 1) / (peakToTrough + 1);
        this.peak = peakAt;
        this.weekendFactor = weekendFactor;
    }

    @Override
    public void seek(long t) {
        if (t < windowEnd) {
            return;
        }
        long start = t - Math.floorMod(t, WINDOW);
        windowEnd = start + WINDOW;
        long dayOfWeek = Math.floorMod(Math.floorDiv(t, DAY), 7);
        dayMean = dayOfWeek >= 5 ? mean * weekendFactor : mean;
        // Does [start, windowEnd) contain a peak time?
        double maxCos = Math.floorMod(peak - start, DAY) < WINDOW ? 1.0 : Math.max(cos(start), cos(windowEnd));
        ceiling = dayMean * (1 + amplitude * maxCos);
    }

    private double cos(long t) {
        return Math.cos(OMEGA * Math.floorMod(t - peak, DAY));
    }

    @Override
    public double ceiling() {
        return ceiling;
    }

    @Override
    public long windowEnd() {
        return windowEnd;
    }

    @Override
    public double rateAt(long t) {
        return dayMean * (1 + amplitude * cos(t));
    }
}

package dev.fleetsim.models.workload;

/** A constant rate: one window for all time, so the engine reduces to exponential gaps. */
final class ConstantRate implements RateFunction {
    private final double perSecond;

    ConstantRate(double perSecond) {
        if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("rate must be finite and >= 0: " + perSecond);
        }
        this.perSecond = perSecond;
    }

    @Override
    public void seek(long t) {}

    @Override
    public double ceiling() {
        return perSecond;
    }

    @Override
    public long windowEnd() {
        return Long.MAX_VALUE;
    }

    @Override
    public double rateAt(long t) {
        return perSecond;
    }
}

package dev.fleetsim.models.lambda;

/**
 * The one AWS account every lambda fleet of a scenario runs in (aws-behaviour.md 4.3): a
 * concurrency quota shared by all functions. Functions with reserved concurrency are capped by
 * their reservation, which is withheld from the others; the rest share the unreserved pool. In
 * the legacy scaling mode (4.4, pre-Nov 2023) the account also owns the one burst bucket.
 */
public final class LambdaAccount {
    private final int limit;
    private int reserved;
    private int unreservedInUse;
    private int peakUnreservedInUse;
    private ScalingBucket legacyBucket;
    private LambdaBilling.FreeTier freeTier;
    /** On-demand GB-s billed so far in the window, per architecture (x86_64, arm64), for the tiers. */
    private final double[] billedGbSeconds = new double[2];
    /** Invoke requests per second: 10 × the concurrency quota (4.3), as a bucket holding one second's worth. */
    private ScalingBucket requestRate;

    public LambdaAccount(int limit) {
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    /**
     * Takes one Invoke request of the account's request-rate quota at {@code now}. AWS documents
     * the quota (10 × the concurrency quota per second) but not its window; the model is a bucket
     * of one second's worth, refilled continuously.
     */
    boolean tryRequest(long now) {
        if (requestRate == null) {
            requestRate = new ScalingBucket(10 * limit, 10L * limit * 3600, now);
        }
        return requestRate.tryTake(now);
    }

    /** Withholds {@code n} for a function's reserved concurrency. */
    void reserve(int n) {
        reserved += n;
        if (limit - reserved < 0) {
            throw new IllegalArgumentException("reservations " + reserved + " exceed the account limit " + limit);
        }
    }

    /** Concurrency left to functions without a reservation. */
    int unreservedPool() {
        return limit - reserved;
    }

    /** Takes one unit of the unreserved pool if one is free. */
    boolean tryTakeUnreserved() {
        if (unreservedInUse >= unreservedPool()) {
            return false;
        }
        unreservedInUse++;
        peakUnreservedInUse = Math.max(peakUnreservedInUse, unreservedInUse);
        return true;
    }

    void releaseUnreserved() {
        unreservedInUse--;
    }

    int unreservedInUse() {
        return unreservedInUse;
    }

    /** The largest unreserved concurrency in use at any moment of the run. */
    public int peakUnreservedInUse() {
        return peakUnreservedInUse;
    }

    /** The account's free tier for the window, created (full) by the first fleet that bills. */
    LambdaBilling.FreeTier freeTier(LambdaPrices prices, long windowMicros) {
        if (freeTier == null) {
            freeTier = new LambdaBilling.FreeTier(prices, windowMicros);
        }
        return freeTier;
    }

    /**
     * Prices {@code gbSeconds} of on-demand duration through the monthly tiers, after what the
     * account's earlier fleets of the same architecture used (fleets bill in scenario order).
     */
    double tieredDurationUsd(LambdaPrices prices, int architecture, double gbSeconds, double months) {
        double usd = prices.tieredDurationUsd(billedGbSeconds[architecture], gbSeconds, months);
        billedGbSeconds[architecture] += gbSeconds;
        return usd;
    }

    /** The account's shared legacy burst bucket, created by the first function that uses it. */
    ScalingBucket legacyBucket(int burst, long refillPerHour, long now) {
        if (legacyBucket == null) {
            legacyBucket = new ScalingBucket(burst, refillPerHour, now);
        }
        return legacyBucket;
    }
}

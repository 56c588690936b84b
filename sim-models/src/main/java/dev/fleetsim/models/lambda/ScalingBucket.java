package dev.fleetsim.models.lambda;

import dev.fleetsim.core.kernel.SimTime;

/**
 * The scaling-rate token bucket of M15 (aws-behaviour.md 4.4): at most {@code burst} tokens,
 * refilled continuously at {@code refillPerHour}; creating an environment takes one. Exact in
 * integer time: the level is kept in token-microseconds-per-hour units (one token =
 * {@link SimTime#MICROS_PER_HOUR} units), so a refill of r tokens per hour adds exactly r units per
 * simulated microsecond and no rounding ever accumulates.
 */
final class ScalingBucket {
    private static final long UNIT = SimTime.MICROS_PER_HOUR;
    private final long capacity;
    private final long refillPerHour;
    private long level;
    private long updatedAt;

    /** A full bucket at {@code now}. */
    ScalingBucket(int burst, long refillPerHour, long now) {
        this.capacity = burst * UNIT;
        this.refillPerHour = refillPerHour;
        this.level = capacity;
        this.updatedAt = now;
    }

    /** Takes one token if there is one at {@code now}. */
    boolean tryTake(long now) {
        refill(now);
        if (level < UNIT) {
            return false;
        }
        level -= UNIT;
        return true;
    }

    /** Whole tokens available at {@code now}. */
    long tokens(long now) {
        refill(now);
        return level / UNIT;
    }

    private void refill(long now) {
        long elapsed = now - updatedAt;
        updatedAt = now;
        long missing = capacity - level;
        // elapsed × rate may overflow for long idle gaps; the bucket is full long before that.
        if (missing == 0 || elapsed >= missing / refillPerHour + 1) {
            level = capacity;
        } else {
            level += elapsed * refillPerHour;
        }
    }
}

package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.Rate;

/**
 * How fast a function may add execution environments (aws-behaviour.md 4.4, M15): a token bucket
 * holding at most {@code burst} environments, refilled continuously at {@code refill}. Creating an
 * environment takes a token; none left means a 429. In {@code per-function} mode (since Nov 2023)
 * every function has its own bucket (1,000, +100/s); in {@code legacy-account} mode one bucket is
 * shared by the whole account (3,000 in us-east-1, +500/min).
 */
public record LambdaScalingRateSpec(
        @JsonPropertyDescription("per-function (default; 1,000 environments per 10 s, refilled continuously) or legacy-account (pre-Nov-2023 account burst).")
                LambdaWords.ScalingMode mode,
        @JsonPropertyDescription("Bucket size in environments (default 1000 per-function, 3000 legacy-account).") Integer burst,
        @JsonPropertyDescription("Refill rate in environments (default 100/s per-function, 500/min legacy-account).") Rate refill) {

    public static final int PER_FUNCTION_BURST = 1000;
    public static final Rate PER_FUNCTION_REFILL = new Rate(100);
    public static final int LEGACY_BURST = 3000;
    public static final Rate LEGACY_REFILL = new Rate(500 / 60.0);
    /** A bucket larger than this is effectively no limit; it keeps the token arithmetic inside a long. */
    public static final int MAX_BURST = 1_000_000;

    // After the constants the compact constructor reads (static fields initialise in order).
    public static final LambdaScalingRateSpec DEFAULT = new LambdaScalingRateSpec(null, null, null);

    public LambdaScalingRateSpec {
        mode = mode == null ? LambdaWords.ScalingMode.PER_FUNCTION : mode;
        boolean legacy = mode == LambdaWords.ScalingMode.LEGACY_ACCOUNT;
        burst = burst == null ? (legacy ? LEGACY_BURST : PER_FUNCTION_BURST) : burst;
        refill = refill == null ? (legacy ? LEGACY_REFILL : PER_FUNCTION_REFILL) : refill;
    }

    public void validate(String path, Findings f) {
        f.require(burst >= 1 && burst <= MAX_BURST, path + ".burst",
                "expected an integer from 1 to " + MAX_BURST + " environments, found " + burst);
        f.require(refill.perSecond() * 3600 >= 1, path + ".refill",
                "expected a refill of at least 1/h, found " + refill);
    }

    /** Refill in whole environments per hour, the bucket's integer unit. */
    public long refillPerHour() {
        return Math.round(refill.perSecond() * 3600);
    }
}

package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * Asynchronous invocation settings (aws-behaviour.md 4.5, M16). Throttled events go back on the
 * internal queue and are retried with exponential backoff until {@code max_event_age}; events
 * whose function fails are retried {@code max_retry_attempts} times, about 1 and 2 minutes later.
 * Events that run out of age or retries go to the on-failure destination / DLQ if one is set,
 * otherwise they are discarded.
 */
public record LambdaAsyncSpec(
        @JsonPropertyDescription("MaximumRetryAttempts for function errors, 0 to 2 (default 2).") Integer maxRetryAttempts,
        @JsonPropertyDescription("MaximumEventAgeInSeconds, 60s to 6h (default 6h).") SimDuration maxEventAge,
        @JsonPropertyDescription("Whether failed events go to a dead-letter queue or on-failure destination (default true); either way they are counted.")
                Boolean deadLetter,
        @JsonPropertyDescription("Queue dwell before the first attempt when capacity is free: uniform from 0 to this (default 100ms, M16).")
                SimDuration dwell,
        @JsonPropertyDescription("First throttle-retry delay, doubled per retry (default 1s, M16).") SimDuration throttleBackoffBase,
        @JsonPropertyDescription("Largest throttle-retry delay (default 5m, M16).") SimDuration throttleBackoffCap,
        @JsonPropertyDescription("Relative jitter on throttle retries, uniform +/- (default 20%, M16).") Fraction throttleJitter,
        @JsonPropertyDescription("Delay before the first function-error retry; the n-th waits n times it (default 1m).")
                SimDuration errorRetryDelay,
        @JsonPropertyDescription("Relative jitter on function-error retries, uniform +/- (default 10%, M16).") Fraction errorJitter) {

    public static final SimDuration MIN_EVENT_AGE = SimDuration.ofSeconds(60);
    public static final SimDuration MAX_EVENT_AGE = SimDuration.ofSeconds(21_600);

    // After the constants the compact constructor reads (static fields initialise in order).
    public static final LambdaAsyncSpec DEFAULT = new LambdaAsyncSpec(null, null, null, null, null, null, null, null, null);

    public LambdaAsyncSpec {
        maxRetryAttempts = maxRetryAttempts == null ? 2 : maxRetryAttempts;
        maxEventAge = maxEventAge == null ? MAX_EVENT_AGE : maxEventAge;
        deadLetter = deadLetter == null ? Boolean.TRUE : deadLetter;
        dwell = dwell == null ? SimDuration.ofMillis(100) : dwell;
        throttleBackoffBase = throttleBackoffBase == null ? SimDuration.ofSeconds(1) : throttleBackoffBase;
        throttleBackoffCap = throttleBackoffCap == null ? SimDuration.ofSeconds(300) : throttleBackoffCap;
        throttleJitter = throttleJitter == null ? new Fraction(0.2) : throttleJitter;
        errorRetryDelay = errorRetryDelay == null ? SimDuration.ofSeconds(60) : errorRetryDelay;
        errorJitter = errorJitter == null ? new Fraction(0.1) : errorJitter;
    }

    public void validate(String path, Findings f) {
        f.require(maxRetryAttempts >= 0 && maxRetryAttempts <= 2, path + ".max_retry_attempts",
                "expected an integer from 0 to 2 (MaximumRetryAttempts), found " + maxRetryAttempts);
        f.require(maxEventAge.compareTo(MIN_EVENT_AGE) >= 0 && maxEventAge.compareTo(MAX_EVENT_AGE) <= 0,
                path + ".max_event_age", "expected a duration from 60s to 6h (MaximumEventAgeInSeconds), found " + maxEventAge);
        f.require(throttleBackoffBase.micros() > 0, path + ".throttle_backoff_base",
                "expected a delay > 0, found " + throttleBackoffBase);
        f.require(throttleBackoffCap.compareTo(throttleBackoffBase) >= 0, path + ".throttle_backoff_cap",
                "expected a cap of at least throttle_backoff_base (" + throttleBackoffBase + "), found " + throttleBackoffCap);
        f.require(errorRetryDelay.micros() > 0, path + ".error_retry_delay", "expected a delay > 0, found " + errorRetryDelay);
    }
}

package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.List;

/**
 * A workload's client retry policy: a request that fails for one of the causes in {@code on} is
 * sent again after an exponential backoff with jitter, up to {@code max_attempts} attempts in all,
 * the way AWS SDKs retry throttles (aws-behaviour.md 4.5: "retrying is the caller's job"). The
 * delay before attempt n + 1 is d = min(max_delay, base_delay × 2^(n−1)), then jittered: full
 * U(0, d), equal d/2 + U(0, d/2), or none. The defaults are a modelling choice (AWS does not
 * publish one SDK-wide policy): 3 attempts, 100 ms base, 20 s cap, full jitter, throttles only.
 */
public record RetrySpec(
        @JsonPropertyDescription("Attempts in all, the first included, 1 to 100 (default 3).") Integer maxAttempts,
        @JsonPropertyDescription("Backoff before the second attempt, doubled for each later one (default 100ms).") SimDuration baseDelay,
        @JsonPropertyDescription("Largest backoff (default 20s).") SimDuration maxDelay,
        @JsonPropertyDescription("full (default), equal or none.") Jitter jitter,
        @JsonPropertyDescription("Failure causes retried: throttled, interrupted (default [throttled]).") List<Cause> on) {

    public RetrySpec {
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        baseDelay = baseDelay == null ? SimDuration.ofMillis(100) : baseDelay;
        maxDelay = maxDelay == null ? SimDuration.ofSeconds(20) : maxDelay;
        jitter = jitter == null ? Jitter.FULL : jitter;
        on = on == null || on.isEmpty() ? List.of(Cause.THROTTLED) : List.copyOf(on);
    }

    public void validate(String path, Findings f) {
        f.require(maxAttempts >= 1 && maxAttempts <= 100, path + ".max_attempts",
                "expected an integer from 1 to 100, found " + maxAttempts);
        f.require(baseDelay.micros() > 0, path + ".base_delay", "expected a delay > 0, found " + baseDelay);
        f.require(maxDelay.compareTo(baseDelay) >= 0, path + ".max_delay",
                "expected a max_delay of at least base_delay (" + baseDelay + "), found " + maxDelay);
        for (int i = 0; i < on.size(); i++) {
            f.present(on.get(i), path + ".on[" + i + "]", "a failure cause (throttled, interrupted)");
        }
    }

    /** Why a request failed, as a fleet reports it to the workload. */
    public enum Cause implements YamlEnum {
        /** Refused at once for lack of capacity (Lambda's 429). */
        THROTTLED,
        /** Lost with the Spot instance serving it. */
        INTERRUPTED;

        @Override
        public String toString() {
            return yamlName();
        }
    }

    /** How the backoff is randomised. */
    public enum Jitter implements YamlEnum {
        FULL,
        EQUAL,
        NONE;

        @Override
        public String toString() {
            return yamlName();
        }
    }
}

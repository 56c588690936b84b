package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * Service-level objectives the report checks, per replication and overall. All optional.
 *
 * @param latencyP50     the median latency must not exceed this
 * @param latencyP90     the 90th percentile must not exceed this
 * @param latencyP99     the 99th percentile must not exceed this
 * @param latencyP999    the 99.9th percentile must not exceed this
 * @param maxErrorRatio  (throttled + dropped + timed out + interrupted) / total must not exceed this
 * @param window         the name of a statistics window to judge instead of the whole measured period
 */
public record SloSpec(
        @JsonPropertyDescription("Median latency must not exceed this.") SimDuration latencyP50,
        @JsonPropertyDescription("90th percentile latency must not exceed this.") SimDuration latencyP90,
        @JsonPropertyDescription("99th percentile latency must not exceed this.") SimDuration latencyP99,
        @JsonPropertyDescription("99.9th percentile latency must not exceed this.") SimDuration latencyP999,
        @JsonPropertyDescription("Failed (throttled, dropped, timed out, interrupted) / total must not exceed this.")
                Fraction maxErrorRatio,
        @JsonPropertyDescription("Judge the objectives on the requests of this window (see windows) instead of the whole measured period.")
                String window) {

    public static final SloSpec NONE = new SloSpec(null, null, null, null, null, null);

    public void validate(String path, Findings f) {
        f.require(latencyP50 != null || latencyP90 != null || latencyP99 != null || latencyP999 != null
                || maxErrorRatio != null, path, "expected at least one objective (latency_p50, latency_p90, "
                + "latency_p99, latency_p999, max_error_ratio), found none");
    }
}

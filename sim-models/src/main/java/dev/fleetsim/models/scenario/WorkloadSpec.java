package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * A stream of requests routed to one fleet.
 *
 * @param name        workload name; also names its random streams ({@code arrivals/NAME})
 * @param arrivals    the arrival process
 * @param serviceTime the service demand of one request on one server
 * @param target      the name of the fleet that serves it
 * @param timeout     client timeout: a request unanswered this long after arriving is counted
 *                    {@code timed_out}; none by default
 * @param retry       client retries of failed requests (throttled, interrupted); none by default
 */
public record WorkloadSpec(
        @Required @JsonPropertyDescription("Workload name; also names its random streams.") String name,
        @Required @JsonPropertyDescription("The arrival process.") ArrivalsSpec arrivals,
        @Required @JsonPropertyDescription("Work one request needs on one server.") DistributionSpec serviceTime,
        @Required @JsonPropertyDescription("Name of the fleet that serves this workload.") String target,
        @JsonPropertyDescription("Client timeout; unanswered requests count as timed_out (default: none).")
                SimDuration timeout,
        @JsonPropertyDescription("Client retries of failed requests: {max_attempts, base_delay, max_delay, jitter, on} (default: none).")
                RetrySpec retry) {

    /** A workload without client retries. */
    public WorkloadSpec(String name, ArrivalsSpec arrivals, DistributionSpec serviceTime, String target, SimDuration timeout) {
        this(name, arrivals, serviceTime, target, timeout, null);
    }
}

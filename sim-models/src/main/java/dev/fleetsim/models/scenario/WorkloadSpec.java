package dev.fleetsim.models.scenario;

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
 */
public record WorkloadSpec(String name, ArrivalsSpec arrivals, DistributionSpec serviceTime, String target,
        SimDuration timeout) {}

package dev.fleetsim.models.scenario;

/**
 * A stream of requests routed to one fleet.
 *
 * @param name        workload name; also names its random streams ({@code arrivals/NAME})
 * @param arrivals    the arrival process
 * @param serviceTime the service demand of one request on one server
 * @param target      the name of the fleet that serves it
 */
public record WorkloadSpec(String name, ArrivalsSpec arrivals, DistributionSpec serviceTime, String target) {}

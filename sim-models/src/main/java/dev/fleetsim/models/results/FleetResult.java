package dev.fleetsim.models.results;

/**
 * What one fleet did in one replication (measured window only).
 *
 * @param meanCapacity    time-weighted mean capacity (servers or instances)
 * @param peakCapacity    largest capacity held
 * @param instanceHours   capacity × hours over the measured window
 * @param utilization     time-weighted busy / capacity
 * @param meanWaitMs      mean queueing delay before service, over all served requests
 * @param waitProbability fraction of served requests that waited at all
 */
public record FleetResult(
        String name,
        String type,
        double meanCapacity,
        double peakCapacity,
        double instanceHours,
        double utilization,
        double meanWaitMs,
        double waitProbability) {}

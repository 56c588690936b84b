package dev.fleetsim.models.results;

/**
 * One minute of one replication, for the time-series CSV.
 *
 * @param minute      minute index from the start of the run (warm-up included)
 * @param arrivals    requests that arrived in the minute
 * @param completed   requests answered in the minute (served)
 * @param inFlight    requests in the system at the end of the minute
 * @param p50Ms       median latency of the requests answered in the minute (NaN if none)
 * @param p99Ms       99th percentile of the same
 * @param capacity    capacity of each fleet at the end of the minute, in fleet order
 * @param desired     desired capacity of each fleet at the end of the minute, in fleet order
 */
public record MinuteRow(long minute, long arrivals, long completed, long inFlight, double p50Ms, double p99Ms,
        double[] capacity, double[] desired) {}

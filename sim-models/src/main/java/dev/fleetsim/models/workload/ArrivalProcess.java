package dev.fleetsim.models.workload;

/**
 * When requests arrive. An arrival process is created bound to its scheduler, its own random
 * stream, its listener and an end time; {@link #start()} schedules the first arrival, and from
 * then on it schedules itself, one event per arrival, until the end time.
 */
public interface ArrivalProcess {
    void start();
}

package dev.fleetsim.models.workload;

/**
 * When requests arrive. An arrival process is created bound to its scheduler, its own random
 * stream, its listener and an end time; {@link #start()} schedules the first arrival, and from
 * then on it schedules itself, one event per arrival, until the end time. Only the next arrival
 * is ever pending, and nothing is allocated per arrival.
 */
public interface ArrivalProcess extends AutoCloseable {
    void start();

    /**
     * Releases what the process holds (a trace's open file). A process closes itself when it
     * reaches its end time; call this when a run stops before that. Idempotent.
     */
    @Override
    default void close() {}
}

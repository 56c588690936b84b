package dev.fleetsim.benchmarks;

/**
 * One event list under the hold model: {@code pending} events are always waiting; running an
 * event removes the earliest one and schedules a replacement at now + the next increment.
 */
interface HoldKernel {

    /** Runs exactly {@code events} events and returns the clock afterwards (raw bits for SSJ). */
    long run(int events);

    /** Events currently pending; constant under the hold model. */
    int pending();
}

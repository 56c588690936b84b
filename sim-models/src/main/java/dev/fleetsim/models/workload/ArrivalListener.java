package dev.fleetsim.models.workload;

/** Told when an arrival process produces an arrival (at {@code Scheduler.now()}). */
@FunctionalInterface
public interface ArrivalListener {
    void arrival();
}

package dev.fleetsim.models.fleet;

import dev.fleetsim.models.billing.CostLedger;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.workload.RequestSink;

/**
 * What the replication runner needs of any fleet: it takes requests, has a current capacity,
 * and reports its own statistics over the measured window.
 */
public interface Fleet extends RequestSink {
    String name();

    /** The scenario's fleet type, e.g. {@code fixed-pool}. */
    String type();

    /** Serving units now (servers, instances, tasks, environments). */
    double capacity();

    /** The measured window starts: forget time-weighted statistics gathered before. */
    void startMeasurement(long time);

    /** The measured window ends at {@code time} (the horizon); freeze time-weighted statistics. */
    void endMeasurement(long time);

    /** Adds this fleet's results under {@code [fleets, NAME, ...]}; called after the drain. */
    void report(ResultValues out);

    /** Adds what this fleet cost over the measured window to the ledger. */
    void bill(CostLedger ledger);
}

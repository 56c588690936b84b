package dev.fleetsim.models.fleet;

import dev.fleetsim.models.billing.CostLedger;
import dev.fleetsim.models.results.MinuteGauges;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scaling.ScalingActivity;
import java.util.List;
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

    /** Capacity the fleet is trying to reach (desired capacity); fixed fleets are always there. */
    default double desiredCapacity() {
        return capacity();
    }

    /** Every scaling change made to this fleet in the run, in time order; none for fixed fleets. */
    default List<ScalingActivity> scalingActivities() {
        return List.of();
    }

    /**
     * Writes this fleet's chart gauges at the end of a simulated minute (instances pending, warm
     * pool, Spot, concurrency, cold starts; see {@link MinuteGauges}). Capacity and desired
     * capacity are recorded for every fleet already; fleets with nothing more write nothing.
     */
    default void sampleMinute(MinuteGauges gauges) {}
}

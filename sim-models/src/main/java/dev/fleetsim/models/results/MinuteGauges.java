package dev.fleetsim.models.results;

/**
 * Where a fleet writes its per-minute chart data, once at the end of every simulated minute (see
 * {@code Fleet.sampleMinute}). Levels are states (instances in service, concurrency); counts are
 * events, given as a running total so a fleet needs no per-minute bookkeeping of its own: the
 * series keeps the increase over the minute. A fleet writes only the gauges it has, and the HTML
 * report draws a chart only for gauges that exist, so new fleet types add charts by writing here.
 */
public interface MinuteGauges {
    /** Instances (or tasks) serving requests. */
    String IN_SERVICE = "in_service";
    /** Instances launching or warm-starting: counted in desired capacity, not yet serving. */
    String PENDING = "pending";
    /** Instances in the warm pool (being prepared or ready). */
    String WARM_POOL = "warm_pool";
    /** Group members running on Spot; the rest of the members are On-Demand. */
    String SPOT = "spot";
    /** Group members running On-Demand. */
    String ON_DEMAND = "on_demand";
    /** Spot interruptions (reclaims), a count. */
    String SPOT_INTERRUPTIONS = "spot_interruptions";
    /** Lambda concurrent executions. */
    String CONCURRENCY = "concurrency";
    /** Lambda cold starts, a count. */
    String COLD_STARTS = "cold_starts";
    /** Requests throttled, a count. */
    String THROTTLES = "throttles";

    /** The value of {@code name} at the end of the minute. */
    void level(String name, double value);

    /**
     * The running total of events {@code name} so far; the series stores the increase over the
     * minute. A total that went down (a counter reset at the end of the warm-up) counts from zero.
     */
    void count(String name, double runningTotal);
}

package dev.fleetsim.models.results;

import dev.fleetsim.core.stats.LatencyRecorder;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Counts and latencies of the requests of one replication. Only requests that arrive at or after
 * the end of the warm-up are measured, so the initial transient does not bias the statistics.
 * Separately, every request (warm-up included) feeds the current minute's counters, which the
 * time series reads and resets once a minute. Measured requests also feed the statistics windows
 * their arrival time falls in ({@link WindowStats}); without windows that costs one branch.
 */
public final class RequestStats {
    private final long measureFrom;
    private final LatencyRecorder latency;
    private final WindowStats windows;
    private final boolean windowed;
    private long total;
    private long served;
    private long timedOut;
    private long dropped;
    private long interrupted;
    private long throttled;
    private long invocations;
    private long coldStarts;

    private long inSystem;
    private long minuteArrivals;
    private long minuteCompleted;
    private final Histogram minuteLatency;

    /** Statistics for requests arriving from {@code measureFrom}, with latencies up to a day. */
    public RequestStats(long measureFrom) {
        this(measureFrom, 0);
    }

    /**
     * Statistics for requests arriving from {@code measureFrom} in a run whose requests all end
     * by {@code longest} (the horizon plus the drain): no latency exceeds it, so none is clamped.
     */
    public RequestStats(long measureFrom, long longest) {
        this(measureFrom, longest, List.of());
    }

    /** As {@link #RequestStats(long, long)}, also measuring each of {@code windows} on its own. */
    public RequestStats(long measureFrom, long longest, List<TimeWindow> windows) {
        this.measureFrom = measureFrom;
        this.windows = new WindowStats(windows, longest);
        this.windowed = !windows.isEmpty();
        this.latency = LatencyRecorder.coveringUpTo(longest);
        this.minuteLatency = new Histogram(1, latency.highestTrackableMicros(), 2);
    }

    /** True if a request that arrived at {@code arrivalTime} counts. */
    public boolean measured(long arrivalTime) {
        return arrivalTime >= measureFrom;
    }

    public void arrived(long arrivalTime) {
        inSystem++;
        minuteArrivals++;
        if (measured(arrivalTime)) {
            total++;
            if (windowed) windows.arrived(arrivalTime);
        }
    }

    /** A request finished service at {@code endTime}. */
    public void served(long arrivalTime, long endTime) {
        inSystem--;
        minuteCompleted++;
        long l = endTime - arrivalTime;
        minuteLatency.recordValue(Math.min(l, latency.highestTrackableMicros()));
        if (measured(arrivalTime)) {
            served++;
            latency.record(l);
            if (windowed) windows.served(arrivalTime, l);
        }
    }

    /** A request's client gave up before it was answered. */
    public void timedOut(long arrivalTime) {
        inSystem--;
        if (measured(arrivalTime)) {
            timedOut++;
            if (windowed) windows.failed(arrivalTime);
        }
    }

    /** A request was turned away: no room to queue it, or the instance serving it was lost. */
    public void dropped(long arrivalTime) {
        inSystem--;
        if (measured(arrivalTime)) {
            dropped++;
            if (windowed) windows.failed(arrivalTime);
        }
    }

    /** A request was lost with the Spot instance serving it (reclaimed while it was queued or in service). */
    public void interrupted(long arrivalTime) {
        inSystem--;
        if (measured(arrivalTime)) {
            interrupted++;
            if (windowed) windows.failed(arrivalTime);
        }
    }

    /**
     * A synchronous request was refused at once (Lambda's 429: no concurrency or no scaling
     * allowance); its client got an error without waiting.
     */
    public void throttled(long arrivalTime) {
        inSystem--;
        if (measured(arrivalTime)) {
            throttled++;
            if (windowed) windows.failed(arrivalTime);
        }
    }

    /**
     * A request started on an execution environment, {@code cold} if it waited for that
     * environment's INIT. Counted for the cold-start ratio (async retries count once per attempt).
     */
    public void invocationStarted(long arrivalTime, boolean cold) {
        if (measured(arrivalTime)) {
            invocations++;
            if (cold) {
                coldStarts++;
            }
        }
    }

    public long throttled() {
        return throttled;
    }

    /** Cold-started invocations / invocations started, of measured requests; 0 when none started (no fleet reports starts). */
    public double coldStartRatio() {
        return invocations == 0 ? 0 : coldStarts / (double) invocations;
    }

    public long interrupted() {
        return interrupted;
    }

    public long dropped() {
        return dropped;
    }

    public long timedOut() {
        return timedOut;
    }

    public long total() {
        return total;
    }

    public long served() {
        return served;
    }

    /** Measured requests not finished yet: still queued or in service. */
    public long inFlight() {
        return total - served - timedOut - dropped - interrupted - throttled;
    }

    public LatencyRecorder latency() {
        return latency;
    }

    /** The per-window statistics (empty without windows). */
    public WindowStats windows() {
        return windows;
    }

    /** Closes the current minute: a row of its counters, then resets them. */
    public MinuteRow closeMinute(long minute, double[] capacity, double[] desired) {
        boolean any = minuteLatency.getTotalCount() > 0;
        MinuteRow row = new MinuteRow(minute, minuteArrivals, minuteCompleted, inSystem,
                any ? minuteLatency.getValueAtPercentile(50) / 1000.0 : Double.NaN,
                any ? minuteLatency.getValueAtPercentile(99) / 1000.0 : Double.NaN, capacity, desired);
        minuteArrivals = 0;
        minuteCompleted = 0;
        minuteLatency.reset();
        return row;
    }
}

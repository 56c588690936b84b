package dev.fleetsim.models.spot;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.results.ResultValues;
import java.util.ArrayDeque;
import java.util.List;

/**
 * What a group's Spot capacity did in the measurement window: interruptions per pool (counted at
 * reclaim), and replacement times: from a reclaim to the next instance the group launched after
 * it entering service (first in, first out), or, with Capacity Rebalancing, to the at-risk
 * instance's own replacement entering service (0 when it was in service before the reclaim).
 */
public final class SpotTally {
    private final List<SpotPool> pools;
    private final long[] interruptions;
    private final ArrayDeque<Long> awaitingReplacement = new ArrayDeque<>();
    private long windowStart;
    private long windowEnd = Long.MAX_VALUE;
    private long replaced;
    private long recommendations;
    private long rebalanceLaunches;
    private long rebalanceSkipped;
    private long launchFailures;
    private double replacementMicros;

    public SpotTally(List<SpotPool> pools, long startTime) {
        this.pools = pools;
        this.interruptions = new long[pools.size()];
        this.windowStart = startTime;
    }

    private boolean inWindow(long t) {
        return t >= windowStart && t <= windowEnd;
    }

    /**
     * An instance of {@code pool} was reclaimed at {@code now}; with {@code awaitReplacement} the
     * group's next launch replaces it (see {@link #enteredService}), otherwise its replacement is
     * reported through {@link #replaced} or there is none (it was leaving the group anyway).
     */
    public void reclaimed(SpotPool pool, long now, boolean awaitReplacement) {
        if (inWindow(now)) {
            interruptions[pool.index()]++;
        }
        if (awaitReplacement) {
            awaitingReplacement.addLast(now);
        }
    }

    /** The replacement for the instance reclaimed at {@code reclaimTime} entered service at {@code now}. */
    public void replaced(long reclaimTime, long now) {
        if (inWindow(now)) {
            replaced++;
            replacementMicros += now - reclaimTime;
        }
    }

    /** A rebalance recommendation arrived (Capacity Rebalancing on). */
    public void recommended(long now) {
        if (inWindow(now)) {
            recommendations++;
        }
    }

    /** Capacity Rebalancing launched a replacement. */
    public void rebalanceLaunched(long now) {
        if (inWindow(now)) {
            rebalanceLaunches++;
        }
    }

    /** Capacity Rebalancing skipped a replacement: the candidate pool was riskier (M11). */
    public void rebalanceSkipped(long now) {
        if (inWindow(now)) {
            rebalanceSkipped++;
        }
    }

    /** A Spot launch failed: its pool had no capacity (an outage). */
    public void launchFailed(long now) {
        if (inWindow(now)) {
            launchFailures++;
        }
    }

    public long launchFailures() {
        return launchFailures;
    }

    public long recommendations() {
        return recommendations;
    }

    public long rebalanceLaunches() {
        return rebalanceLaunches;
    }

    public long rebalanceSkipped() {
        return rebalanceSkipped;
    }

    /** An instance launched at {@code launchTime} entered service at {@code now}. */
    public void enteredService(long launchTime, long now) {
        Long reclaim = awaitingReplacement.peekFirst();
        if (reclaim != null && launchTime >= reclaim) {
            awaitingReplacement.removeFirst();
            replaced(reclaim, now);
        }
    }

    public void startMeasurement(long time) {
        windowStart = time;
        java.util.Arrays.fill(interruptions, 0);
        replaced = 0;
        replacementMicros = 0;
        recommendations = rebalanceLaunches = rebalanceSkipped = launchFailures = 0;
    }

    public void endMeasurement(long time) {
        windowEnd = time;
    }

    public long interruptions() {
        long n = 0;
        for (long k : interruptions) {
            n += k;
        }
        return n;
    }

    public long interruptions(SpotPool pool) {
        return interruptions[pool.index()];
    }

    /** Mean reclaim-to-replacement-InService time in ms, or NaN if nothing was replaced. */
    public double meanReplacementMs() {
        return replaced == 0 ? Double.NaN : replacementMicros / replaced / SimTime.MICROS_PER_MILLI;
    }

    /**
     * Adds {@code fleets.NAME.spot_interruptions}, {@code .pools.POOL.interruptions} (pools the
     * group could use), {@code .mean_replacement_ms} (0 when nothing was replaced),
     * {@code .spot_launch_failures} (launches into a pool in a capacity outage), and with
     * {@code rebalancing} the Capacity Rebalancing counts {@code rebalance_recommendations},
     * {@code rebalance_launches} and {@code rebalance_skipped}.
     */
    public void report(ResultValues out, String fleet, boolean rebalancing) {
        if (rebalancing) {
            out.put(recommendations, "fleets", fleet, "rebalance_recommendations");
            out.put(rebalanceLaunches, "fleets", fleet, "rebalance_launches");
            out.put(rebalanceSkipped, "fleets", fleet, "rebalance_skipped");
        }
        out.put(interruptions(), "fleets", fleet, "spot_interruptions");
        for (SpotPool p : pools) {
            out.put(interruptions[p.index()], "fleets", fleet, "pools", p.name(), "interruptions");
        }
        double mean = meanReplacementMs();
        out.put(Double.isNaN(mean) ? 0 : mean, "fleets", fleet, "mean_replacement_ms");
        out.put(launchFailures, "fleets", fleet, "spot_launch_failures");
    }
}

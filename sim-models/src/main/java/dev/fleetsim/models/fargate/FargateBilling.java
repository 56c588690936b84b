package dev.fleetsim.models.fargate;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.billing.CostLedger;
import dev.fleetsim.models.billing.HourlyUsage;
import dev.fleetsim.models.results.ResultValues;
import java.util.ArrayList;
import java.util.List;

/**
 * What a service's tasks cost (aws-behaviour.md 5.6): each task from the start of its image pull
 * until it stops, per second (rounded up) with a one-minute minimum, on its configured vCPU,
 * memory and ephemeral storage above the 20 GB included; Fargate Spot at the on-demand price less
 * the discount.
 *
 * <p>Only the measurement window is charged: a billed period contributes its overlap with the
 * window (a short period's minimum may reach into the window, or be cut at its end), as
 * {@code Ec2Billing} does. Periods still open when the window ends are charged up to it.
 */
final class FargateBilling {
    static final long MINIMUM_MICROS = SimTime.seconds(60);
    static final double INCLUDED_STORAGE_GB = 20;

    private final double onDemandUsdPerHour;
    private final double spotUsdPerHour;
    private final double vcpu;
    private final double memoryGb;

    private long windowStart;
    private long windowEnd = Long.MAX_VALUE;
    private boolean frozen;
    private double onDemandMicros;
    private double spotMicros;
    /** On-Demand (FARGATE) task time hour by hour: what Compute Savings Plans may cover. */
    private HourlyUsage usage = new HourlyUsage();
    /** Periods closed before the window started whose minimum may reach into it. */
    private final List<long[]> tails = new ArrayList<>();

    FargateBilling(double onDemandUsdPerHour, double spotDiscount, double vcpu, double memoryGb, long startTime) {
        this.onDemandUsdPerHour = onDemandUsdPerHour;
        this.spotUsdPerHour = onDemandUsdPerHour * (1 - spotDiscount);
        this.vcpu = vcpu;
        this.memoryGb = memoryGb;
        this.windowStart = startTime;
    }

    /** A task billed from {@code from} stopped at {@code to}. */
    void closed(boolean spot, long from, long to) {
        if (frozen) {
            return;
        }
        long end = billedEnd(from, to);
        if (end <= windowStart) {
            if (end > to) {
                tails.add(new long[] {spot ? 1 : 0, from, end});
            }
            return;
        }
        add(spot, from, end);
    }

    /** The end of the billed period [from, to]: at least a minute, rounded up to a whole second. */
    static long billedEnd(long from, long to) {
        long length = Math.max(MINIMUM_MICROS, to - from);
        long seconds = (length + SimTime.MICROS_PER_SECOND - 1) / SimTime.MICROS_PER_SECOND;
        return from + seconds * SimTime.MICROS_PER_SECOND;
    }

    private void add(boolean spot, long from, long end) {
        long overlap = Math.min(end, windowEnd) - Math.max(from, windowStart);
        if (overlap > 0) {
            if (spot) {
                spotMicros += overlap;
            } else {
                onDemandMicros += overlap;
                long start = Math.max(from, windowStart);
                usage.addRunning("fargate", "on-demand", "task", -1, start, start + overlap, onDemandUsdPerHour);
            }
        }
    }

    void startMeasurement(long time) {
        windowStart = time;
        onDemandMicros = 0;
        spotMicros = 0;
        usage = new HourlyUsage();
        for (long[] t : tails) {
            add(t[0] == 1, t[1], t[2]);
        }
        tails.clear();
    }

    /** The window ends at {@code time}; {@code open} lists the periods still running as {spot, from}. */
    void endMeasurement(long time, List<long[]> open) {
        windowEnd = time;
        for (long[] o : open) {
            add(o[0] == 1, o[1], billedEnd(o[1], time));
        }
        frozen = true;
    }

    double onDemandUsd() {
        return onDemandMicros / SimTime.MICROS_PER_HOUR * onDemandUsdPerHour;
    }

    double spotUsd() {
        return spotMicros / SimTime.MICROS_PER_HOUR * spotUsdPerHour;
    }

    /** Billed task-hours in the window. */
    double taskHours() {
        return (onDemandMicros + spotMicros) / SimTime.MICROS_PER_HOUR;
    }

    /** Accrues the window's cost under service {@code fargate}: on-demand, and spot if the strategy uses it. */
    void bill(CostLedger ledger, boolean usesSpot) {
        ledger.accrue("fargate", "on-demand", onDemandUsd());
        if (usesSpot) {
            ledger.accrue("fargate", "spot", spotUsd());
        }
        ledger.usage().addAll(usage); // FARGATE_SPOT is never covered by a Savings Plan
    }

    void report(ResultValues out, String name) {
        out.put(onDemandUsd() + spotUsd(), "fleets", name, "cost_usd");
        out.put(taskHours(), "fleets", name, "task_hours");
        // The result contract's per-fleet capacity-hours: for Fargate the capacity unit is a task.
        out.put(taskHours(), "fleets", name, "instance_hours");
        out.put(taskHours() * vcpu, "fleets", name, "vcpu_hours");
        out.put(taskHours() * memoryGb, "fleets", name, "gb_hours");
        out.put(spotMicros / SimTime.MICROS_PER_HOUR, "fleets", name, "spot_task_hours");
    }
}

package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.billing.HourlyUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * What a group's instances cost (aws-behaviour.md 3.4 and the billing notes of section 6).
 *
 * <ul>
 *   <li>Instance time is billed per second with a 60-second minimum <em>per start</em>:
 *       each running period (a launch, or a warm-pool instance started from stopped or
 *       hibernated) is billed max(60 s, its length rounded up to a whole second), at the
 *       instance's hourly price: its type's On-Demand price, or its Spot pool's Spot price in
 *       force over the period (3.4; Spot time is kept apart, with what it would have cost On-Demand). A period runs from launch (or start) until the instance stops
 *       (warm pool) or terminates.</li>
 *   <li>Each instance's EBS root volume is billed per second (60 s minimum, like instances since
 *       the 2017 change) from launch to termination, whatever the instance's state, at
 *       {@code ebs GiB × price per GB-month / 730 h}. So a stopped or hibernated warm-pool
 *       instance costs its volume only.</li>
 * </ul>
 *
 * <p>Only the measurement window [start, end] is charged: a billed period contributes its overlap
 * with the window (a short period's 60-second minimum may reach into the window, or be cut at
 * its end). Periods still open at the end of the window are charged up to it.
 */
final class Ec2Billing {
    /** The minimum billed per instance start and per volume (Linux per-second billing). */
    static final long MINIMUM_MICROS = SimTime.seconds(60);
    /** The month over which a GB-month price is prorated (the AWS Pricing Calculator's). */
    static final double HOURS_PER_MONTH = 730;

    private final double ebsUsdPerHour;

    private long windowStart;
    private long windowEnd = Long.MAX_VALUE;
    private boolean started;
    private boolean frozen;
    private double onDemandMicros;
    private double spotMicros;
    private double onDemandUsd;
    private double spotUsd;
    /** Spot time priced at its type's On-Demand price. */
    private double spotAtOnDemandUsd;
    private double volumeMicros;
    /** On-Demand instance time hour by hour, by type and zone: what commitments may cover. */
    private HourlyUsage usage = new HourlyUsage();
    /** Periods closed before the window started whose minimum may reach into it. */
    private final List<Tail> tails = new ArrayList<>();

    /** A closed period: the volume's ({@code instance} null) or an instance's running time. */
    private record Tail(Instance instance, long start, long end) {}

    /**
     * @param ebsGib            root volume size per instance
     * @param ebsUsdPerGbMonth  storage price
     * @param startTime         charges count from here until {@link #startMeasurement} says otherwise
     */
    Ec2Billing(int ebsGib, double ebsUsdPerGbMonth, long startTime) {
        this.ebsUsdPerHour = ebsGib * ebsUsdPerGbMonth / HOURS_PER_MONTH;
        this.windowStart = startTime;
    }

    /** The instance was launched now: its volume exists and it is running. */
    void launched(Instance i, long now) {
        i.runningSince = now;
    }

    /** A warm-pool instance starts running again (a new start, with its own minimum). */
    void startRunning(Instance i, long now) {
        if (i.runningSince < 0) {
            i.runningSince = now;
        }
    }

    /** The instance stops running (into a stopped or hibernated warm pool). */
    void stopRunning(Instance i, long now) {
        if (i.runningSince >= 0) {
            close(i, i.runningSince, now);
            i.runningSince = -1;
        }
    }

    /** EC2 interrupted the instance in its first hour: its running time is not charged (3.4, MEM). */
    void forgiveRunning(Instance i) {
        i.runningSince = -1;
    }

    /** The instance is terminated: its running period and its volume end. */
    void terminated(Instance i, long now) {
        stopRunning(i, now);
        close(null, i.launchTime, now);
    }

    /** Billed length of a period of {@code micros}: whole seconds, at least the minimum. */
    static long billedMicros(long micros) {
        long s = SimTime.MICROS_PER_SECOND;
        long rounded = (micros + s - 1) / s * s;
        return Math.max(MINIMUM_MICROS, rounded);
    }

    /** Closes a period of {@code running} (null: the volume). */
    private void close(Instance running, long start, long end) {
        if (frozen) {
            return;
        }
        long chargedEnd = start + billedMicros(end - start);
        add(running, start, chargedEnd);
        if (!started && chargedEnd > end) {
            tails.removeIf(t -> t.end() <= end);
            tails.add(new Tail(running, start, chargedEnd));
        }
    }

    private void add(Instance running, long start, long end) {
        long overlap = Math.min(end, windowEnd) - Math.max(start, windowStart);
        if (overlap <= 0) {
            return;
        }
        if (running == null) {
            volumeMicros += overlap;
            return;
        }
        double hours = overlap / (double) SimTime.MICROS_PER_HOUR;
        if (running.spotPool != null) {
            spotMicros += overlap;
            long from = Math.max(start, windowStart);
            spotUsd += running.spotPool.price().usd(from, from + overlap); // at the prices in force, second by second
            spotAtOnDemandUsd += hours * running.type.pricePerHour();
        } else {
            onDemandMicros += overlap;
            onDemandUsd += hours * running.type.pricePerHour();
            long from = Math.max(start, windowStart);
            usage.addRunning("ec2", "on-demand", running.type.name(), running.zone, from, from + overlap, running.type.pricePerHour());
        }
    }

    /** The window starts: forget earlier charges, except minimums that reach past {@code time}. */
    void startMeasurement(long time) {
        onDemandMicros = spotMicros = volumeMicros = 0;
        onDemandUsd = spotUsd = spotAtOnDemandUsd = 0;
        usage = new HourlyUsage();
        windowStart = time;
        started = true;
        for (Tail t : tails) {
            add(t.instance(), t.start(), t.end());
        }
        tails.clear();
    }

    /** The window ends: charge the periods of {@code alive} instances up to {@code time}, then freeze. */
    void endMeasurement(long time, Iterable<Instance> alive) {
        windowEnd = time;
        for (Instance i : alive) {
            if (i.runningSince >= 0) {
                add(i, i.runningSince, time);
            }
            add(null, i.launchTime, time);
        }
        frozen = true;
    }

    /** Billed instance-hours in the window, On-Demand and Spot. */
    double instanceHours() {
        return (onDemandMicros + spotMicros) / SimTime.MICROS_PER_HOUR;
    }

    /** Billed Spot instance-hours in the window. */
    double spotInstanceHours() {
        return spotMicros / SimTime.MICROS_PER_HOUR;
    }

    /** On-Demand usage hour by hour in the window (final after endMeasurement). */
    HourlyUsage usage() {
        return usage;
    }

    double onDemandUsd() {
        return onDemandUsd;
    }

    double spotUsd() {
        return spotUsd;
    }

    /** What the Spot time would have cost at On-Demand prices, minus what it cost. */
    double spotSavingsUsd() {
        return spotAtOnDemandUsd - spotUsd;
    }

    /** Billed EBS volume-hours (one per instance) in the window. */
    double volumeHours() {
        return volumeMicros / SimTime.MICROS_PER_HOUR;
    }

    double ebsUsd() {
        return volumeHours() * ebsUsdPerHour;
    }
}

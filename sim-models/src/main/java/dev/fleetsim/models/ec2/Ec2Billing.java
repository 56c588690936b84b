package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.SimTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a group's instances cost (aws-behaviour.md 3.4 and the billing notes of section 6).
 *
 * <ul>
 *   <li>On-Demand instance time is billed per second with a 60-second minimum <em>per start</em>:
 *       each running period (a launch, or a warm-pool instance started from stopped or
 *       hibernated) is billed max(60 s, its length rounded up to a whole second), at the
 *       type's hourly price. A period runs from launch (or start) until the instance stops
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

    private final double pricePerHour;
    private final double ebsUsdPerHour;

    private long windowStart;
    private long windowEnd = Long.MAX_VALUE;
    private boolean started;
    private boolean frozen;
    private double runningMicros;
    private double volumeMicros;
    /** Periods closed before the window started whose minimum may reach into it. */
    private final List<long[]> tails = new ArrayList<>();

    /**
     * @param pricePerHour      On-Demand USD per instance-hour
     * @param ebsGib            root volume size per instance
     * @param ebsUsdPerGbMonth  storage price
     * @param startTime         charges count from here until {@link #startMeasurement} says otherwise
     */
    Ec2Billing(double pricePerHour, int ebsGib, double ebsUsdPerGbMonth, long startTime) {
        this.pricePerHour = pricePerHour;
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
            close(false, i.runningSince, now);
            i.runningSince = -1;
        }
    }

    /** The instance is terminated: its running period and its volume end. */
    void terminated(Instance i, long now) {
        stopRunning(i, now);
        close(true, i.launchTime, now);
    }

    /** Billed length of a period of {@code micros}: whole seconds, at least the minimum. */
    static long billedMicros(long micros) {
        long s = SimTime.MICROS_PER_SECOND;
        long rounded = (micros + s - 1) / s * s;
        return Math.max(MINIMUM_MICROS, rounded);
    }

    private void close(boolean volume, long start, long end) {
        if (frozen) {
            return;
        }
        long chargedEnd = start + billedMicros(end - start);
        add(volume, start, chargedEnd);
        if (!started && chargedEnd > end) {
            tails.removeIf(t -> t[2] <= end);
            tails.add(new long[] {volume ? 1 : 0, start, chargedEnd});
        }
    }

    private void add(boolean volume, long start, long end) {
        long overlap = Math.min(end, windowEnd) - Math.max(start, windowStart);
        if (overlap > 0) {
            if (volume) {
                volumeMicros += overlap;
            } else {
                runningMicros += overlap;
            }
        }
    }

    /** The window starts: forget earlier charges, except minimums that reach past {@code time}. */
    void startMeasurement(long time) {
        runningMicros = 0;
        volumeMicros = 0;
        windowStart = time;
        started = true;
        for (long[] t : tails) {
            add(t[0] == 1, t[1], t[2]);
        }
        tails.clear();
    }

    /** The window ends: charge the periods of {@code alive} instances up to {@code time}, then freeze. */
    void endMeasurement(long time, Iterable<Instance> alive) {
        windowEnd = time;
        for (Instance i : alive) {
            if (i.runningSince >= 0) {
                add(false, i.runningSince, time);
            }
            add(true, i.launchTime, time);
        }
        frozen = true;
    }

    /** Billed On-Demand instance-hours in the window. */
    double instanceHours() {
        return runningMicros / SimTime.MICROS_PER_HOUR;
    }

    double onDemandUsd() {
        return instanceHours() * pricePerHour;
    }

    /** Billed EBS volume-hours (one per instance) in the window. */
    double volumeHours() {
        return volumeMicros / SimTime.MICROS_PER_HOUR;
    }

    double ebsUsd() {
        return volumeHours() * ebsUsdPerHour;
    }
}

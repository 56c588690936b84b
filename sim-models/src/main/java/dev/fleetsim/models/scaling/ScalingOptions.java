package dev.fleetsim.models.scaling;

import dev.fleetsim.core.kernel.SimTime;

/**
 * Settings of the scaling model that are not per policy: how late CloudWatch datapoints become
 * visible to alarms (M1, aws-behaviour.md §1.1 GAP). Standard-resolution series (periods of 60 s
 * or more) and high-resolution ones (10 s, 30 s) have their own range.
 *
 * @param lagMinMicros lowest delay of a standard datapoint (M1 default 30 s)
 * @param lagMaxMicros highest delay of a standard datapoint (M1 default 90 s)
 * @param highResLagMinMicros lowest delay of a high-resolution datapoint (M1 default 10 s)
 * @param highResLagMaxMicros highest delay of a high-resolution datapoint (M1 default 20 s)
 */
public record ScalingOptions(long lagMinMicros, long lagMaxMicros, long highResLagMinMicros, long highResLagMaxMicros) {

    /** M1's defaults: U(30 s, 90 s) standard, U(10 s, 20 s) high resolution. */
    public static final ScalingOptions DEFAULTS = new ScalingOptions(SimTime.seconds(30), SimTime.seconds(90),
            SimTime.seconds(10), SimTime.seconds(20));

    /** Datapoints visible the instant their period ends (M1's "ideal" sweep value). */
    public static final ScalingOptions NO_LAG = fixedLag(0);

    public ScalingOptions {
        if (lagMinMicros < 0 || lagMaxMicros < lagMinMicros || highResLagMinMicros < 0
                || highResLagMaxMicros < highResLagMinMicros) {
            throw new IllegalArgumentException("expected 0 <= min <= max for both lag ranges, found [" + lagMinMicros
                    + ", " + lagMaxMicros + "] and [" + highResLagMinMicros + ", " + highResLagMaxMicros + "] us");
        }
    }

    /** The same delay for every datapoint of every resolution. */
    public static ScalingOptions fixedLag(long micros) {
        return new ScalingOptions(micros, micros, micros, micros);
    }
}

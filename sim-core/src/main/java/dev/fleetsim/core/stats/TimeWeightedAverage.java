package dev.fleetsim.core.stats;

/**
 * Time-weighted average of a piecewise-constant quantity (capacity, busy servers, queue length).
 *
 * <p>Call {@link #update(long, double)} whenever the quantity changes; the integral accumulates
 * only from {@link #reset(long)} on, so a warm-up period is excluded by resetting at its end.
 * Exact integration in integer time; the area is kept as a double of value × microseconds.
 */
public final class TimeWeightedAverage {
    private long start;
    private long lastTime;
    private double lastValue;
    private double area;
    private double max;

    public TimeWeightedAverage(long startTime, double initialValue) {
        this.start = startTime;
        this.lastTime = startTime;
        this.lastValue = initialValue;
        this.max = initialValue;
    }

    /** The quantity takes {@code value} from {@code time} on. */
    public void update(long time, double value) {
        if (time < lastTime) {
            throw new IllegalArgumentException("time went backwards: " + time + " < " + lastTime);
        }
        area += lastValue * (time - lastTime);
        lastTime = time;
        lastValue = value;
        max = Math.max(max, value);
    }

    /** Forgets everything before {@code time}, keeping the current value. */
    public void reset(long time) {
        update(time, lastValue);
        start = time;
        area = 0;
        max = lastValue;
    }

    /** Average over [reset time, {@code time}]; the current value if the interval is empty. */
    public double average(long time) {
        if (time < lastTime) {
            throw new IllegalArgumentException("time went backwards: " + time + " < " + lastTime);
        }
        long span = time - start;
        if (span == 0) {
            return lastValue;
        }
        return (area + lastValue * (time - lastTime)) / span;
    }

    /** Largest value held since the last reset. */
    public double max() {
        return max;
    }

    public double current() {
        return lastValue;
    }
}

package dev.fleetsim.core.metrics;

/**
 * Feeds a piecewise-constant quantity (CPU utilisation, in-service count, backlog) into a
 * {@link MetricSeries} as <em>one sample per period: its time-weighted mean over the period</em>.
 *
 * <h2>Why time-weighted, and why one sample</h2>
 * A gauge changes at arbitrary instants (every request start and end for CPU). Recording each
 * change as a sample would weight a value held for 1 µs like one held for 59 s. Sampling it on a
 * timer would cost events and still carry sampling error. Integrating the value between changes
 * is exact and costs O(1) per change with no extra events. One sample per period matches what a
 * CloudWatch datapoint of such a metric is: EC2 publishes an instance's CPUUtilization as one
 * value per period (aws-behaviour.md §1.1). So for a gauge-fed series Average = Minimum = Maximum
 * = Sum = the period's time-weighted mean, and SampleCount = 1. A group metric that averages
 * per-instance datapoints is a model-level composition (one series per instance, or a group-level
 * utilisation gauge); this class stays one gauge → one series.
 *
 * <h2>Undefined stretches</h2>
 * Before the first {@link #set} and after {@link #clear} the gauge has no value: that time is
 * left out of the mean, and a period with no defined time at all gets no sample, i.e. it is
 * missing (as CloudWatch shows nothing for an instance that was not running).
 *
 * <h2>Closing periods</h2>
 * The gauge attaches itself to the series, which asks it for its mean just before closing each
 * period, whoever triggers the close (an alarm evaluating exactly at the boundary, another
 * recorder, an end-of-run flush). So an alarm sees a complete datapoint whatever the order of
 * same-instant events. A series accepts one gauge.
 */
public final class TimeWeightedGauge {
    private final MetricSeries series;
    private boolean defined;
    private double value;
    /** The integral below covers the open period up to this time. */
    private long integratedTo;
    /** ∫ value dt over the defined part of the open period, in value·µs. */
    private double integral;
    /** Microseconds of the open period during which the gauge had a value. */
    private long definedMicros;

    /** Attaches a new, undefined gauge to {@code series}. */
    public TimeWeightedGauge(MetricSeries series) {
        this.series = series;
        this.integratedTo = series.periodStart(series.openPeriod());
        series.attachFeeder(this::periodClosing);
    }

    /**
     * From {@code time} on, the gauge reads {@code value}. Closes every period of the series that
     * ended at or before {@code time} first.
     *
     * @throws IllegalArgumentException if {@code time} is before the gauge's last change or
     *     before the series' open period, or {@code value} is not finite
     */
    public void set(long time, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("gauge value must be finite: " + value);
        }
        moveTo(time);
        this.value = value;
        this.defined = true;
    }

    /** From {@code time} on, the gauge has no value (the metric stops reporting). */
    public void clear(long time) {
        moveTo(time);
        this.defined = false;
    }

    /** Whether the gauge currently has a value. */
    public boolean isDefined() {
        return defined;
    }

    /** The current value; {@code NaN} while undefined. */
    public double value() {
        return defined ? value : Double.NaN;
    }

    /** The series this gauge feeds. */
    public MetricSeries series() {
        return series;
    }

    private void moveTo(long time) {
        if (time < integratedTo) {
            throw new IllegalArgumentException("gauge time went backwards: " + time
                    + " us is before " + integratedTo + " us");
        }
        series.advanceTo(time); // calls periodClosing for each finished period
        integrateTo(time);
    }

    private void integrateTo(long time) {
        if (defined) {
            long dt = time - integratedTo;
            integral += value * dt;
            definedMicros += dt;
        }
        integratedTo = time;
    }

    private void periodClosing(long periodIndex) {
        integrateTo(series.periodEnd(periodIndex));
        if (definedMicros > 0) {
            series.record(series.periodStart(periodIndex), integral / definedMicros);
        }
        integral = 0.0;
        definedMicros = 0;
    }
}

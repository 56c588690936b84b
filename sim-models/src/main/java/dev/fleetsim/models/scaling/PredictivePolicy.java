package dev.fleetsim.models.scaling;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.Statistic;

/**
 * Predictive scaling (aws-behaviour.md §2.9; the forecast algorithm is GAP → M8).
 *
 * <p><b>Load.</b> The policy learns from the target's own one-minute history of its load metric:
 * each closed minute's <i>load</i> = metric datapoint × in-service capacity read when the period
 * closes (CPU: percent-instances, i.e. 100 = one instance fully busy; request count per target:
 * requests per minute; a minute without requests has load 0). A CPU minute without a datapoint
 * is missing. A seed CSV ({@link LoadHistory#readCsv}) may add history from before the run.
 *
 * <p><b>Schedule.</b> One event per hour, at the start of hour {@code h} minus the scheduling
 * buffer. At that event, once the history holds 24 h of minutes: if {@code h} is a multiple of 6
 * or no forecast exists yet, the forecast is refreshed for hours {@code h … h+47} from every
 * hour with data before {@code h} within the 14-day look-back (the hour in progress counts with
 * the minutes it has so far). Then hour {@code h}'s forecast applies:
 * capacity = ceil(forecast load / target).
 *
 * <p><b>Applying</b> (forecast-and-scale): with {@code honor}, floor = min(capacity, max); with
 * {@code increase}, if capacity × (1 + buffer/100) exceeds max, max is raised to its ceiling
 * (and stays raised), and floor = capacity. If floor &gt; desired, desired is raised to it. The
 * floor holds until the next hour's apply event: the {@link ScalingController} never scales in
 * below it, while dynamic policies may go higher (desired = the larger). Predictive scaling never
 * scales in. In forecast-only mode nothing changes; the floor it would have set is recorded.
 */
public final class PredictivePolicy {
    private static final double EPS = 1e-9;
    /** The documented forecast horizon: 48 hourly values. */
    public static final int HORIZON_HOURS = 48;
    /** The documented refresh interval, in hours. */
    public static final int REFRESH_HOURS = 6;

    private final String name;
    private final ScalableTarget target;
    private final Scheduler scheduler;
    private final ScalingMetric metric;
    private final double targetValue;
    private final PredictiveMode mode;
    private final long bufferMicros;
    private final MaxCapacityBreach breach;
    private final double maxBufferPercent;
    private final Forecaster forecaster;
    private final LoadHistory history;
    private final ForecastReport report;
    private final Event applyEvent = this::applyHour;

    private double[] forecast;
    private long forecastFirstHour;
    private int floor;
    private long nextHour;
    private long handle = Scheduler.NO_HANDLE;
    private MetricSeries series;

    PredictivePolicy(String name, ScalableTarget target, Scheduler scheduler, ScalingMetric metric, double targetValue,
            PredictiveMode mode, long bufferMicros, MaxCapacityBreach breach, double maxBufferPercent,
            Forecaster forecaster, LoadHistory history) {
        this.name = name;
        this.target = target;
        this.scheduler = scheduler;
        this.metric = metric;
        this.targetValue = targetValue;
        this.mode = mode;
        this.bufferMicros = bufferMicros;
        this.breach = breach;
        this.maxBufferPercent = maxBufferPercent;
        this.forecaster = forecaster;
        this.history = history;
        this.report = new ForecastReport(name, mode);
    }

    public String name() {
        return name;
    }

    /** What the policy forecast and did. */
    public ForecastReport report() {
        return report;
    }

    /** The history it learns from (tests and seeds add to it). */
    LoadHistory history() {
        return history;
    }

    /**
     * The capacity floor in force now: 0 in forecast-only mode and while there is no forecast.
     * The controller never scales in below it.
     */
    int floor() {
        return mode == PredictiveMode.FORECAST_AND_SCALE ? floor : 0;
    }

    /** Subscribes to the metric's one-minute periods and schedules the first apply event. */
    void start() {
        series = target.metric(metric);
        target.addPeriodListener(metric, (s, p) -> history.record(p, loadOf(s, p)));
        long now = scheduler.now();
        nextHour = Math.floorDiv(now + bufferMicros, SimTime.MICROS_PER_HOUR) + 1;
        schedule();
    }

    /**
     * Fills in the measured load of every forecast hour that has ended by now. The hourly event
     * does this for the hours before it; the run's end calls it for the last hours, which no
     * later event would fill in.
     */
    void fillActualsToNow() {
        long now = scheduler.now();
        series.advanceTo(now);
        report.fillActuals(history, LoadHistory.hourAt(now));
    }

    void stop() {
        scheduler.cancel(handle);
        handle = Scheduler.NO_HANDLE;
    }

    private double loadOf(MetricSeries s, long p) {
        if (!s.hasDatapoint(p)) {
            return metric == ScalingMetric.REQUEST_COUNT_PER_TARGET ? 0 : Double.NaN;
        }
        return s.datapoint(p, Statistic.AVERAGE) * target.inServiceCapacity();
    }

    private void schedule() {
        handle = scheduler.scheduleAt(nextHour * SimTime.MICROS_PER_HOUR - bufferMicros, applyEvent);
    }

    private void applyHour() {
        long h = nextHour;
        nextHour++;
        schedule();
        long now = scheduler.now();
        series.advanceTo(now); // close every finished minute, so the history is current
        report.fillActuals(history, LoadHistory.hourAt(now));
        if (!history.enoughForForecast()) {
            floor = 0;
            return;
        }
        if (forecast == null || Math.floorMod(h, REFRESH_HOURS) == 0 || h - forecastFirstHour >= forecast.length) {
            forecast = forecaster.forecast(history, h, HORIZON_HOURS);
            forecastFirstHour = h;
        }
        double load = forecast[(int) (h - forecastFirstHour)];
        int capacity = capacityFor(load);
        int desired = target.desiredCapacity();
        int max = target.maxCapacity();
        int wanted = capacity;
        if (breach == MaxCapacityBreach.HONOR) {
            wanted = Math.min(capacity, max);
        }
        report.add(new ForecastReport.Hour(h, load, capacity, wanted, desired, Double.NaN));
        if (mode != PredictiveMode.FORECAST_AND_SCALE) {
            return;
        }
        floor = wanted;
        String why = "forecast load " + Texts.number(load) + " for hour " + SimCalendar.toInstant(h * SimTime.MICROS_PER_HOUR)
                + ": ceil(" + Texts.number(load) + " / " + Texts.number(targetValue) + ") = " + capacity;
        if (breach == MaxCapacityBreach.INCREASE) {
            double withBuffer = capacity * (1 + maxBufferPercent / 100);
            int newMax = (int) Math.ceil(withBuffer - EPS);
            if (newMax > max) {
                target.setLimits(null, newMax, null, name, why + "; max raised to ceil(" + capacity + " x (1 + "
                        + Texts.number(maxBufferPercent) + "%)) = " + newMax);
                report.countMaxRaise();
            }
        } else if (capacity > max) {
            why += " (clamped to max " + max + ")";
        }
        if (floor > target.desiredCapacity()) {
            target.setDesiredCapacity(floor, name, why);
        }
    }

    /** ceil(load / target): the capacity that holds the metric at the target under {@code load}. */
    int capacityFor(double load) {
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil(load / targetValue - EPS));
    }
}

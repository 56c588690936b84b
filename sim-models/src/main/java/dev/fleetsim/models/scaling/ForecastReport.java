package dev.fleetsim.models.scaling;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.results.ResultValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one predictive policy forecast and did, one row per forecast hour (24 rows a simulated
 * day), for the report: forecast vs actual load, the capacity the forecast asked for, and what
 * the policy changed or, in forecast-only mode, would have changed.
 */
public final class ForecastReport {

    /**
     * One forecast hour.
     *
     * @param hour             absolute simulation hour (0 starts at time 0)
     * @param forecastLoad     forecast mean one-minute load (metric × in-service capacity)
     * @param forecastCapacity ceil(forecastLoad / target), before any clamp to max
     * @param floor            the capacity floor applied (forecast-and-scale) or that would have been
     * @param desiredBefore    desired capacity when the hour's forecast was applied (start − buffer)
     * @param actualLoad       measured mean one-minute load of the hour; NaN until the hour is over
     */
    public record Hour(long hour, double forecastLoad, int forecastCapacity, int floor, int desiredBefore,
            double actualLoad) {

        /** Whether the forecast asked for more capacity than the group had when it was applied. */
        public boolean askedForMore() {
            return floor > desiredBefore;
        }

        Hour withActual(double actual) {
            return new Hour(hour, forecastLoad, forecastCapacity, floor, desiredBefore, actual);
        }
    }

    private final String policy;
    private final PredictiveMode mode;
    private final List<Hour> hours = new ArrayList<>();
    private int maxRaises;

    ForecastReport(String policy, PredictiveMode mode) {
        this.policy = policy;
        this.mode = mode;
    }

    public String policy() {
        return policy;
    }

    public PredictiveMode mode() {
        return mode;
    }

    /** Every forecast hour so far, in order. */
    public List<Hour> hours() {
        return Collections.unmodifiableList(hours);
    }

    /** How many times the policy raised the group maximum (max_capacity_breach: increase). */
    public int maxRaises() {
        return maxRaises;
    }

    void add(Hour h) {
        hours.add(h);
    }

    void countMaxRaise() {
        maxRaises++;
    }

    /** Fills in the measured load of every row whose hour has ended. */
    void fillActuals(LoadHistory history, long currentHour) {
        for (int i = hours.size() - 1; i >= 0; i--) {
            Hour h = hours.get(i);
            if (h.hour() >= currentHour) {
                continue;
            }
            if (!Double.isNaN(h.actualLoad())) {
                break;
            }
            hours.set(i, h.withActual(history.hourlyMean(h.hour())));
        }
    }

    /** Rows whose hour lies wholly in [fromMicros, toMicros). */
    public List<Hour> hoursWithin(long fromMicros, long toMicros) {
        List<Hour> out = new ArrayList<>();
        for (Hour h : hours) {
            long start = h.hour() * SimTime.MICROS_PER_HOUR;
            if (start >= fromMicros && start + SimTime.MICROS_PER_HOUR <= toMicros) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * Mean absolute percentage error of the load forecast, in percent, over {@code rows} with a
     * measured load &gt; 0; NaN if there is none.
     */
    public static double mape(List<Hour> rows) {
        double sum = 0;
        int n = 0;
        for (Hour h : rows) {
            if (h.actualLoad() > 0) {
                sum += Math.abs(h.forecastLoad() - h.actualLoad()) / h.actualLoad();
                n++;
            }
        }
        return n == 0 ? Double.NaN : 100 * sum / n;
    }

    /**
     * Adds, under {@code fleets.FLEET.predictive}, for the hours wholly inside the measurement
     * window [fromMicros, toMicros): {@code mape} (percent; 0 when no hour has both a forecast and
     * a measured load), {@code forecast_hours}, {@code hours_above_desired} (hours whose forecast
     * capacity floor exceeded desired capacity when applied: the raises made in
     * forecast-and-scale, the raises it would have made in forecast-only), {@code
     * mean_forecast_capacity} and {@code max_raises}.
     */
    public void report(ResultValues out, String fleet, long fromMicros, long toMicros) {
        List<Hour> rows = hoursWithin(fromMicros, toMicros);
        double mape = mape(rows);
        int above = 0;
        double capacity = 0;
        for (Hour h : rows) {
            above += h.askedForMore() ? 1 : 0;
            capacity += h.forecastCapacity();
        }
        out.put(Double.isNaN(mape) ? 0 : mape, "fleets", fleet, "predictive", "mape");
        out.put(rows.size(), "fleets", fleet, "predictive", "forecast_hours");
        out.put(above, "fleets", fleet, "predictive", "hours_above_desired");
        out.put(rows.isEmpty() ? 0 : capacity / rows.size(), "fleets", fleet, "predictive", "mean_forecast_capacity");
        out.put(maxRaises, "fleets", fleet, "predictive", "max_raises");
    }
}

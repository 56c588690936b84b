package dev.fleetsim.models.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-minute gauges of one replication's fleets: fleet, then gauge name, then one value per
 * minute (index = minute, aligned with {@link MinuteRow#minute()}). Fleets and gauges keep the
 * order in which they were first written, so renderings are stable.
 */
public final class FleetSeries {
    /** No gauges: results built before gauges existed, or fleets that write none. */
    public static final FleetSeries EMPTY = new FleetSeries(Map.of());

    private final Map<String, Map<String, double[]>> series;

    private FleetSeries(Map<String, Map<String, double[]>> series) {
        this.series = series;
    }

    /** Gauges of {@code fleet} by name, or an empty map. */
    public Map<String, double[]> of(String fleet) {
        return series.getOrDefault(fleet, Map.of());
    }

    /** True if {@code fleet} wrote gauge {@code name}. */
    public boolean has(String fleet, String name) {
        return of(fleet).containsKey(name);
    }

    /** The values of {@code fleet}'s gauge {@code name}, one per minute; a copy. */
    public double[] values(String fleet, String name) {
        double[] v = of(fleet).get(name);
        if (v == null) {
            throw new IllegalArgumentException("no gauge " + fleet + "." + name);
        }
        return v.clone();
    }

    /**
     * Collects gauges minute by minute during a replication. Call {@link #forFleet} for each fleet
     * at the end of each minute, then {@link #endMinute}; a gauge first written in a later minute
     * reads 0 for the minutes before it.
     */
    public static final class Recorder {
        private final Map<String, Map<String, double[]>> values = new LinkedHashMap<>();
        private final Map<String, Map<String, Double>> lastTotals = new LinkedHashMap<>();
        private int minutes;

        /** The sink for {@code fleet}'s gauges of the current minute. */
        public MinuteGauges forFleet(String fleet) {
            Map<String, double[]> gauges = values.computeIfAbsent(fleet, f -> new LinkedHashMap<>());
            Map<String, Double> totals = lastTotals.computeIfAbsent(fleet, f -> new LinkedHashMap<>());
            return new MinuteGauges() {
                @Override
                public void level(String name, double value) {
                    slot(gauges, name)[minutes] = value;
                }

                @Override
                public void count(String name, double runningTotal) {
                    double last = totals.getOrDefault(name, 0.0);
                    slot(gauges, name)[minutes] = runningTotal >= last ? runningTotal - last : runningTotal;
                    totals.put(name, runningTotal);
                }
            };
        }

        /** Closes the current minute. */
        public void endMinute() {
            minutes++;
        }

        private double[] slot(Map<String, double[]> gauges, String name) {
            double[] v = gauges.get(name);
            if (v == null || v.length <= minutes) {
                // Grow by doubling: a month-long horizon has 43,200 minutes, written once each.
                double[] grown = new double[Math.max(16, Math.max(minutes + 1, v == null ? 0 : v.length * 2))];
                if (v != null) System.arraycopy(v, 0, grown, 0, v.length);
                gauges.put(name, grown);
                v = grown;
            }
            return v;
        }

        /** The gauges of the minutes closed so far. */
        public FleetSeries build() {
            Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
            values.forEach((fleet, gauges) -> {
                Map<String, double[]> g = new LinkedHashMap<>();
                gauges.forEach((name, v) -> g.put(name, java.util.Arrays.copyOf(v, minutes)));
                if (!g.isEmpty()) out.put(fleet, Collections.unmodifiableMap(g));
            });
            return new FleetSeries(Collections.unmodifiableMap(out));
        }
    }

    /** Fleets that wrote at least one gauge, in order. */
    public List<String> fleets() {
        return List.copyOf(series.keySet());
    }
}

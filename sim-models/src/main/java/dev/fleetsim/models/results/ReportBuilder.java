package dev.fleetsim.models.results;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.stats.LatencyRecorder;
import dev.fleetsim.core.stats.ReplicationTally;
import dev.fleetsim.core.stats.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Aggregates replication results, in replication order, into a {@link Report}. */
public final class ReportBuilder {
    private ReportBuilder() {}

    /** Percentiles reported for latency, by result key. */
    static final Map<String, Double> PERCENTILES = orderedPercentiles();

    private static Map<String, Double> orderedPercentiles() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p50", 50.0);
        m.put("p90", 90.0);
        m.put("p99", 99.0);
        m.put("p999", 99.9);
        return m;
    }

    public static Report build(String scenario, long seed, double horizonSeconds, double warmupSeconds,
            List<ReplicationResult> results) {
        Map<String, Summary> requests = new LinkedHashMap<>();
        requests.put("total", summarise("total", results, r -> r.total()));
        requests.put("served", summarise("served", results, r -> r.served()));
        requests.put("throttled", summarise("throttled", results, r -> r.throttled()));
        requests.put("dropped", summarise("dropped", results, r -> r.dropped()));
        requests.put("timed_out", summarise("timed_out", results, r -> r.timedOut()));
        requests.put("interrupted", summarise("interrupted", results, r -> r.interrupted()));

        Map<String, Summary> latency = new LinkedHashMap<>();
        for (Map.Entry<String, Double> p : PERCENTILES.entrySet()) {
            double pct = p.getValue();
            latency.put(p.getKey(), summarise(p.getKey(), results,
                    r -> SimTime.toMillis(r.latency().percentileMicros(pct))));
        }
        latency.put("max", summarise("max", results, r -> SimTime.toMillis(r.latency().maxMicros())));
        latency.put("mean", summarise("mean", results, r -> r.latency().meanMicros() / 1000.0));

        LatencyRecorder pooled = new LatencyRecorder();
        for (ReplicationResult r : results) pooled.add(r.latency());
        Map<String, Double> pooledMs = new LinkedHashMap<>();
        for (Map.Entry<String, Double> p : PERCENTILES.entrySet()) {
            pooledMs.put(p.getKey(), SimTime.toMillis(pooled.percentileMicros(p.getValue())));
        }
        pooledMs.put("max", SimTime.toMillis(pooled.maxMicros()));
        pooledMs.put("mean", pooled.meanMicros() / 1000.0);

        Map<String, Map<String, Summary>> fleets = new LinkedHashMap<>();
        int fleetCount = results.isEmpty() ? 0 : results.get(0).fleets().size();
        for (int f = 0; f < fleetCount; f++) {
            int i = f;
            Map<String, Summary> m = new LinkedHashMap<>();
            m.put("mean_capacity", summarise("mean_capacity", results, r -> r.fleets().get(i).meanCapacity()));
            m.put("peak_capacity", summarise("peak_capacity", results, r -> r.fleets().get(i).peakCapacity()));
            m.put("instance_hours", summarise("instance_hours", results, r -> r.fleets().get(i).instanceHours()));
            m.put("utilization", summarise("utilization", results, r -> r.fleets().get(i).utilization()));
            m.put("mean_wait_ms", summarise("mean_wait_ms", results, r -> r.fleets().get(i).meanWaitMs()));
            m.put("wait_probability", summarise("wait_probability", results, r -> r.fleets().get(i).waitProbability()));
            fleets.put(results.get(0).fleets().get(f).name(), m);
        }
        return new Report(scenario, seed, results.size(), horizonSeconds, warmupSeconds, requests, latency,
                pooledMs, fleets, List.copyOf(results));
    }

    private static Summary summarise(String name, List<ReplicationResult> results, ToDoubleFunction<ReplicationResult> f) {
        ReplicationTally t = new ReplicationTally(name);
        for (ReplicationResult r : results) t.add(f.applyAsDouble(r));
        return t.summary();
    }
}

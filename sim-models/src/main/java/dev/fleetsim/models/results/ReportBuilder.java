package dev.fleetsim.models.results;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.stats.LatencyRecorder;
import dev.fleetsim.core.stats.ReplicationTally;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aggregates replication results, in replication order, into a {@link Report}. */
public final class ReportBuilder {
    private ReportBuilder() {}

    /** Latency percentiles reported, by result key. */
    public static final Map<String, Double> PERCENTILES = Map.of("p50", 50.0, "p90", 90.0, "p99", 99.0, "p999", 99.9);
    private static final List<String> PERCENTILE_ORDER = List.of("p50", "p90", "p99", "p999");

    /** All scalar results of one replication, latency statistics included, in report order. */
    public static ResultValues valuesOf(ReplicationResult r) {
        ResultValues all = new ResultValues();
        Map<List<String>, Double> v = r.values().asMap();
        // Keep the contract's order: requests, latency_ms, then the rest.
        v.forEach((k, x) -> {
            if (k.get(0).equals("requests")) all.put(x, k.toArray(String[]::new));
        });
        LatencyRecorder l = r.latency();
        for (String p : PERCENTILE_ORDER) {
            all.put(SimTime.toMillis(l.percentileMicros(PERCENTILES.get(p))), "latency_ms", p);
        }
        all.put(SimTime.toMillis(l.maxMicros()), "latency_ms", "max");
        all.put(l.meanMicros() / 1000.0, "latency_ms", "mean");
        double total = r.values().get("requests", "total");
        double failed = r.values().get("requests", "throttled") + r.values().get("requests", "dropped")
                + r.values().get("requests", "timed_out") + r.values().get("requests", "interrupted");
        all.put(total == 0 ? 0 : failed / total, "error_ratio");
        v.forEach((k, x) -> {
            if (!k.get(0).equals("requests")) all.put(x, k.toArray(String[]::new));
        });
        return all;
    }

    public static Report build(ScenarioSpec spec, List<ReplicationResult> results) {
        Map<List<String>, ReplicationTally> tallies = new LinkedHashMap<>();
        for (ReplicationResult r : results) {
            valuesOf(r).asMap().forEach((k, x) ->
                    tallies.computeIfAbsent(k, key -> new ReplicationTally(String.join(".", key))).add(x));
        }
        LatencyRecorder pooled = LatencyRecorder.pooled(results.stream().map(ReplicationResult::latency).toList());
        Map<List<String>, dev.fleetsim.core.stats.Summary> stats = new LinkedHashMap<>();
        tallies.forEach((k, t) -> stats.put(k, t.summary()));

        Map<String, Double> pooledMs = new LinkedHashMap<>();
        for (String p : PERCENTILE_ORDER) {
            pooledMs.put(p, SimTime.toMillis(pooled.percentileMicros(PERCENTILES.get(p))));
        }
        pooledMs.put("max", SimTime.toMillis(pooled.maxMicros()));
        pooledMs.put("mean", pooled.meanMicros() / 1000.0);
        SloReport slo = SloReport.evaluate(spec.sloOrNone(), results, pooled);
        return new Report(spec.name(), spec.seed(), results.size(), spec.horizon().seconds(), spec.warmup().seconds(),
                stats, pooledMs, slo, List.copyOf(results));
    }
}

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
        latency(all, r.latency());
        double total = r.values().get("requests", "total");
        double failed = r.values().get("requests", "throttled") + r.values().get("requests", "dropped")
                + r.values().get("requests", "timed_out") + r.values().get("requests", "interrupted");
        all.put(total == 0 ? 0 : failed / total, "error_ratio");
        v.forEach((k, x) -> {
            if (!k.get(0).equals("requests") && !k.get(0).equals("windows")) all.put(x, k.toArray(String[]::new));
        });
        // Statistics windows last, each as requests, latency_ms, error_ratio (absent without windows).
        r.windowLatency().forEach((name, recorder) -> {
            double wTotal = r.values().get("windows", name, "requests", "total");
            all.put(wTotal, "windows", name, "requests", "total");
            all.put(r.values().get("windows", name, "requests", "served"), "windows", name, "requests", "served");
            double wFailed = r.values().get("windows", name, "requests", "failed");
            all.put(wFailed, "windows", name, "requests", "failed");
            latency(all, recorder, "windows", name);
            all.put(wTotal == 0 ? 0 : wFailed / wTotal, "windows", name, "error_ratio");
        });
        return all;
    }

    /** {@code prefix.latency_ms.p50 ... mean} of {@code l}. */
    private static void latency(ResultValues all, LatencyRecorder l, String... prefix) {
        for (String p : PERCENTILE_ORDER) {
            all.put(SimTime.toMillis(l.percentileMicros(PERCENTILES.get(p))), path(prefix, "latency_ms", p));
        }
        all.put(SimTime.toMillis(l.maxMicros()), path(prefix, "latency_ms", "max"));
        all.put(l.meanMicros() / 1000.0, path(prefix, "latency_ms", "mean"));
    }

    private static String[] path(String[] prefix, String... rest) {
        String[] p = java.util.Arrays.copyOf(prefix, prefix.length + rest.length);
        System.arraycopy(rest, 0, p, prefix.length, rest.length);
        return p;
    }

    public static Report build(ScenarioSpec spec, List<ReplicationResult> results) {
        Map<List<String>, ReplicationTally> tallies = new LinkedHashMap<>();
        for (ReplicationResult r : results) {
            valuesOf(r).asMap().forEach((k, x) ->
                    tallies.computeIfAbsent(k, key -> new ReplicationTally(String.join(".", key))).add(x));
        }
        LatencyRecorder pooled = LatencyRecorder.pooled(results.stream().map(ReplicationResult::latency).toList());
        Map<List<String>, dev.fleetsim.core.stats.Summary> stats = new LinkedHashMap<>();
        tallies.forEach((k, t) -> stats.put(k, StatisticRange.of(String.join(".", k)).clip(t.summary())));

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

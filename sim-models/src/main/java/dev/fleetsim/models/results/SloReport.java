package dev.fleetsim.models.results;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.stats.LatencyRecorder;
import dev.fleetsim.models.scenario.SloSpec;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether each objective held. Per replication, each objective is checked on that replication's
 * own result; overall, on all replications pooled (the pooled latency histogram, total errors over
 * total requests), which is what a user of the whole period would have seen. With a
 * {@code window}, both are computed from the requests of that statistics window only.
 *
 * @param objectives the verdicts, in the order latency p50, p90, p99, p999, error ratio
 * @param window     the statistics window judged, or null for the whole measured period
 */
public record SloReport(List<Objective> objectives, String window) {

    /**
     * One objective's verdicts.
     *
     * @param name         e.g. {@code latency_p99}
     * @param target       as written, e.g. {@code 300ms} or {@code 0.1%}
     * @param targetValue  the limit in the unit of {@code actual} (ms, or a fraction)
     * @param actual       the pooled value
     * @param perReplication the value in each replication
     */
    public record Objective(String name, String target, double targetValue, double actual, double[] perReplication) {
        public boolean held() {
            return actual <= targetValue;
        }

        public boolean heldIn(int replication) {
            return perReplication[replication] <= targetValue;
        }

        public int replicationsHeld() {
            int n = 0;
            for (int r = 0; r < perReplication.length; r++) if (heldIn(r)) n++;
            return n;
        }
    }

    /** True if every objective held overall (vacuously true without objectives). */
    public boolean held() {
        return objectives.stream().allMatch(Objective::held);
    }

    public boolean isEmpty() {
        return objectives.isEmpty();
    }

    static SloReport evaluate(SloSpec slo, List<ReplicationResult> results, LatencyRecorder pooled) {
        String w = slo.window();
        List<LatencyRecorder> latencies = results.stream()
                .map(r -> w == null ? r.latency() : r.windowLatency().get(w)).toList();
        LatencyRecorder judged = w == null ? pooled : LatencyRecorder.pooled(latencies);
        List<Objective> out = new ArrayList<>();
        latency(out, "latency_p50", 50, slo.latencyP50(), latencies, judged);
        latency(out, "latency_p90", 90, slo.latencyP90(), latencies, judged);
        latency(out, "latency_p99", 99, slo.latencyP99(), latencies, judged);
        latency(out, "latency_p999", 99.9, slo.latencyP999(), latencies, judged);
        if (slo.maxErrorRatio() != null) {
            double[] per = new double[results.size()];
            double failed = 0;
            double total = 0;
            for (int r = 0; r < per.length; r++) {
                ResultValues v = results.get(r).values();
                double f = w != null ? v.get("windows", w, "requests", "failed")
                        : v.get("requests", "throttled") + v.get("requests", "dropped")
                                + v.get("requests", "timed_out") + v.get("requests", "interrupted");
                double t = w != null ? v.get("windows", w, "requests", "total") : v.get("requests", "total");
                per[r] = t == 0 ? 0 : f / t;
                failed += f;
                total += t;
            }
            out.add(new Objective("max_error_ratio", slo.maxErrorRatio().toString(), slo.maxErrorRatio().value(),
                    total == 0 ? 0 : failed / total, per));
        }
        return new SloReport(List.copyOf(out), w);
    }

    private static void latency(List<Objective> out, String name, double pct, SimDuration target,
            List<LatencyRecorder> latencies, LatencyRecorder pooled) {
        if (target == null) {
            return;
        }
        double[] per = new double[latencies.size()];
        for (int r = 0; r < per.length; r++) {
            per[r] = SimTime.toMillis(latencies.get(r).percentileMicros(pct));
        }
        out.add(new Objective(name, target.toString(), SimTime.toMillis(target.micros()),
                SimTime.toMillis(pooled.percentileMicros(pct)), per));
    }
}

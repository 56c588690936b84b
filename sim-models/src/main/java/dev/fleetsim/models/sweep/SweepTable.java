package dev.fleetsim.models.sweep;

import dev.fleetsim.core.stats.ReplicationTally;
import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.StatisticRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished sweep: for every point, every result statistic summarised across its replications
 * (mean, Student-t 95 % interval, min, max), aggregated in replication order from the task
 * results, however and wherever the tasks ran.
 */
public final class SweepTable {
    private final SweepManifest manifest;
    private final List<Map<String, String>> points;
    private final List<Map<String, Summary>> stats;
    private final List<String> keys;
    private final Map<String, List<String>> paths;

    private SweepTable(SweepManifest manifest, List<Map<String, String>> points, List<Map<String, Summary>> stats,
            Map<String, List<String>> paths) {
        this.manifest = manifest;
        this.points = points;
        this.stats = stats;
        this.keys = List.copyOf(paths.keySet());
        this.paths = paths;
    }

    /**
     * Aggregates {@code results}, which must hold every task of the sweep exactly once; a
     * missing task is an error naming it.
     */
    public static SweepTable of(SweepManifest manifest, SweepPlan plan, Map<Long, TaskResult> results) {
        int reps = plan.replications();
        List<Map<String, Summary>> stats = new ArrayList<>();
        Map<String, List<String>> paths = new LinkedHashMap<>();
        for (int p = 0; p < plan.points().size(); p++) {
            Map<String, ReplicationTally> tallies = new LinkedHashMap<>();
            for (int r = 0; r < reps; r++) {
                long task = (long) p * reps + r;
                TaskResult t = results.get(task);
                if (t == null) {
                    throw new SweepException("task " + task + " (point " + p + ", replication " + r
                            + ") has no result: the sweep is incomplete");
                }
                for (Map.Entry<List<String>, Double> e : t.values()) {
                    String key = String.join(".", e.getKey());
                    if (!paths.containsKey(key)) {
                        insert(paths, key, e.getKey());
                    }
                    tallies.computeIfAbsent(key, ReplicationTally::new).add(e.getValue());
                }
            }
            Map<String, Summary> s = new LinkedHashMap<>();
            tallies.forEach((k, tally) -> s.put(k, StatisticRange.of(k).clip(tally.summary())));
            stats.add(s);
        }
        return new SweepTable(manifest, plan.points(), stats, paths);
    }

    /**
     * Adds a key first seen at a later point next to the keys it shares the longest path prefix
     * with, so that results nest into one object per prefix (a Spot pool or purchase option that
     * only some points have stays inside its fleet's or cost's object).
     */
    private static void insert(Map<String, List<String>> paths, String key, List<String> path) {
        List<Map.Entry<String, List<String>>> entries = new ArrayList<>(paths.entrySet());
        int at = entries.size();
        int best = 0;
        for (int i = 0; i < entries.size(); i++) {
            List<String> other = entries.get(i).getValue();
            int common = 0;
            while (common < Math.min(other.size(), path.size()) - 1 && other.get(common).equals(path.get(common))) {
                common++;
            }
            if (common > 0 && common >= best) {
                best = common;
                at = i + 1;
            }
        }
        paths.clear();
        for (int i = 0; i < entries.size(); i++) {
            if (i == at) {
                paths.put(key, path);
            }
            paths.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        if (at == entries.size()) {
            paths.put(key, path);
        }
    }

    public SweepManifest manifest() {
        return manifest;
    }

    public List<Map<String, String>> points() {
        return points;
    }

    /** Every statistic's dotted key ({@code latency_ms.p99}), in first-seen order. */
    public List<String> keys() {
        return keys;
    }

    /** The result path of a dotted key: {@code [fleets, web, pools, c6g.large/az1, interruptions]}. */
    public List<String> path(String key) {
        return paths.get(key);
    }

    /** Point {@code p}'s summary of {@code key}, or null if that point has no such result. */
    public Summary stat(int p, String key) {
        return stats.get(p).get(key);
    }
}

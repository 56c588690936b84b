package dev.fleetsim.models.sweep;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Combines the directories of a sharded sweep ({@code --shard K/N}) into the whole sweep's
 * results. Refuses sets that are not exactly one complete sweep: shards of different sweeps, a
 * shard missing or given twice, a task missing or in the wrong shard.
 */
public final class SweepMerge {
    private SweepMerge() {}

    /** The merged results; {@link #manifest} and {@link #plan} describe the whole sweep. */
    public record Merged(SweepManifest manifest, SweepPlan plan, Map<Long, TaskResult> results) {}

    public static Merged merge(List<SweepDirectory> shards) {
        if (shards.isEmpty()) {
            throw new SweepException("merge: expected the directories of a sharded sweep, found none");
        }
        SweepManifest first = shards.get(0).manifest();
        int n = first.shard().n();
        SweepDirectory[] byK = new SweepDirectory[n + 1];
        for (SweepDirectory d : shards) {
            SweepManifest m = d.manifest();
            if (!m.sameSweep(first)) {
                throw new SweepException("merge: " + d.path() + " holds another sweep than " + shards.get(0).path()
                        + " (scenario, parameters, replications or seed differ)");
            }
            if (m.shard().n() != n) {
                throw new SweepException("merge: " + d.path() + " is shard " + m.shard() + ", expected one of " + n + " shards");
            }
            if (byK[m.shard().k()] != null) {
                throw new SweepException("merge: shard " + m.shard() + " given twice: " + byK[m.shard().k()].path() + " and " + d.path());
            }
            byK[m.shard().k()] = d;
        }
        for (int k = 1; k <= n; k++) {
            if (byK[k] == null) {
                throw new SweepException("merge: shard " + k + "/" + n + " is missing; expected all " + n + " shards");
            }
        }
        SweepPlan plan = new SweepPlan(first.mode(), first.axes(), first.replications());
        Map<Long, TaskResult> all = new TreeMap<>();
        for (int k = 1; k <= n; k++) {
            Shard shard = new Shard(k, n);
            Map<Long, TaskResult> done = byK[k].results();
            for (long t = 0; t < plan.taskCount(); t++) {
                if (shard.includes(t) && !done.containsKey(t)) {
                    throw new SweepException("merge: shard " + shard + " (" + byK[k].path() + ") is incomplete: task " + t
                            + " has no result; finish it with: " + finish(byK[k]));
                }
            }
            for (TaskResult r : done.values()) {
                if (!shard.includes(r.task()) || r.task() >= plan.taskCount()) {
                    throw new SweepException("merge: " + byK[k].path() + " holds task " + r.task() + ", which is not in shard " + shard);
                }
                all.put(r.task(), r);
            }
        }
        return new Merged(first.withShard(Shard.ALL), plan, all);
    }

    /** The command that finishes an incomplete shard, and what of it the manifest does not record. */
    private static String finish(SweepDirectory shard) {
        SweepManifest m = shard.manifest();
        return m.command(shard.path().toString()) + " (from the directory it ran in"
                + (m.file() == null ? "; FILE: the scenario file, which this older manifest does not record" : "")
                + "; --max-events is not recorded: add it if the shard ran with one)";
    }
}

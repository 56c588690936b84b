package dev.fleetsim.models.fargate;

import dev.fleetsim.models.ec2.Instance;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's tasks (every one not yet STOPPED, in launch order) and the choices made over them:
 * the provider a new task goes to and the task a scale-in stops, both by the strategy's split
 * ({@link ProviderSplit}, M20). Lookups by serving target are for the load balancer's drain
 * notices; nothing here runs per request.
 */
final class TaskRoster {
    private final ProviderSplit split;
    private final List<FargateTask> tasks = new ArrayList<>();
    private final Map<Instance, FargateTask> byTarget = new IdentityHashMap<>();

    TaskRoster(ProviderSplit split) {
        this.split = split;
    }

    void add(FargateTask t) {
        tasks.add(t);
        byTarget.put(t.target, t);
    }

    void remove(FargateTask t) {
        tasks.remove(t);
        byTarget.remove(t.target);
    }

    /** The task served by {@code target}, or null once it has stopped. */
    FargateTask of(Instance target) {
        return byTarget.get(target);
    }

    /** The tasks, in launch order (read-only use). */
    List<FargateTask> all() {
        return tasks;
    }

    /** Whether the next task goes to FARGATE_SPOT. */
    boolean nextIsSpot() {
        return split.isSpot(split.next(providerCounts()));
    }

    /** Live tasks of revision {@code rev} (−1: all). */
    int live(int rev) {
        int n = 0;
        for (FargateTask t : tasks) {
            if (t.live() && (rev < 0 || t.revision == rev)) {
                n++;
            }
        }
        return n;
    }

    /** Live tasks on Fargate Spot. */
    int liveSpot() {
        int n = 0;
        for (FargateTask t : tasks) {
            if (t.live() && t.spot) {
                n++;
            }
        }
        return n;
    }

    /**
     * The task scale-in stops: from the provider most over its share, of revision {@code rev}
     * (−1: any; older revisions first), a task not yet healthy first, else the newest.
     */
    FargateTask pickToStop(int rev) {
        int provider = split.removeFrom(providerCounts());
        boolean spot = provider >= 0 && split.isSpot(provider);
        FargateTask best = null;
        for (FargateTask t : tasks) {
            if (t.live() && (rev < 0 || t.revision == rev) && t.spot == spot && (best == null || rank(t) > rank(best))) {
                best = t;
            }
        }
        if (best == null) { // the provider has none of that revision: any live one
            for (FargateTask t : tasks) {
                if (t.live() && (rev < 0 || t.revision == rev) && (best == null || rank(t) > rank(best))) {
                    best = t;
                }
            }
        }
        return best;
    }

    /** Older revision first, then not yet serving, then newest. */
    private static long rank(FargateTask t) {
        long notServing = t.healthy ? 0 : 1;
        return ((long) (Integer.MAX_VALUE - t.revision) << 33) | (notServing << 32) | t.id;
    }

    /** Live tasks per provider of the strategy. */
    private int[] providerCounts() {
        int[] counts = new int[split.providers()];
        for (FargateTask t : tasks) {
            if (t.live()) {
                for (int i = 0; i < counts.length; i++) {
                    if (split.isSpot(i) == t.spot) {
                        counts[i]++;
                        break;
                    }
                }
            }
        }
        return counts;
    }
}

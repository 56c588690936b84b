package dev.fleetsim.models.ec2;

import dev.fleetsim.models.scenario.WarmPoolSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The warm pool's bookkeeping (aws-behaviour.md 2.10): which instances are in it, how big it
 * should be, which one a scale-out takes. The transitions themselves are
 * {@link InstanceLifecycle}'s.
 *
 * <ul>
 *   <li>Size = max(min_size, prepared − desired, 0), where prepared is
 *       max_group_prepared_capacity or else the group's max. Instances still being prepared
 *       (Warmed:Pending) and instances on their way back from a scale-in count toward it. Short:
 *       launch into the pool (balanced across zones); long: terminate the surplus, those still
 *       being prepared first, newest first.</li>
 *   <li>A scale-out takes a ready instance (Warmed:Stopped, Running or Hibernated), from the zone
 *       where the group has the fewest instances among the zones that have one; instances still
 *       being prepared are not taken.</li>
 * </ul>
 */
final class WarmPool {
    private final WarmPoolSpec spec;
    private final InstanceLifecycle lifecycle;
    private final int zones;
    private final List<Instance> instances = new ArrayList<>();
    private int returning;

    WarmPool(WarmPoolSpec spec, InstanceLifecycle lifecycle, int zones) {
        this.spec = spec;
        this.lifecycle = lifecycle;
        this.zones = zones;
    }

    WarmPoolSpec spec() {
        return spec;
    }

    /** The size the pool should have for a group with {@code desired} and {@code max}. */
    int targetSize(int desired, int max) {
        int prepared = spec.maxGroupPreparedCapacity() != null ? spec.maxGroupPreparedCapacity() : max;
        return Math.max(0, Math.max(spec.minSize(), prepared - desired));
    }

    /** Launches into, or terminates from, the pool until it has its target size. */
    void adjust(int desired, int max) {
        int target = targetSize(desired, max);
        while (instances.size() + returning < target) {
            instances.add(lifecycle.launchIntoPool(fewestZone()));
        }
        while (instances.size() + returning > target && !instances.isEmpty()) {
            Instance surplus = surplus();
            instances.remove(surplus);
            lifecycle.terminateFromPool(surplus);
        }
    }

    /** Fills the pool to its target size with instances ready from the start (balanced across zones). */
    void prefill(int desired, int max) {
        for (int k = targetSize(desired, max) - instances.size(); k > 0; k--) {
            instances.add(lifecycle.readyInPool(fewestZone()));
        }
    }

    /** A ready instance for a scale-out, removed from the pool; null if none is ready. */
    Instance takeReady(int[] groupZoneCounts) {
        Instance best = null;
        for (Instance i : instances) {
            boolean ready = i.state != InstanceState.WARMED_PENDING;
            if (ready && (best == null || groupZoneCounts[i.zone] < groupZoneCounts[best.zone])) {
                best = i;
            }
        }
        if (best != null) {
            instances.remove(best);
        }
        return best;
    }

    /** A scaled-in instance will come back once drained. */
    void expectReturn() {
        returning++;
    }

    /** A scaled-in instance is back in the pool. */
    void returned(Instance i) {
        returning--;
        instances.add(i);
    }

    /** A pool instance's launch was abandoned (its launch hook timed out with ABANDON). */
    void abandoned(Instance i) {
        instances.remove(i);
    }

    List<Instance> instances() {
        return instances;
    }

    private Instance surplus() {
        Instance pick = null;
        for (Instance i : instances) {
            boolean preparing = i.state == InstanceState.WARMED_PENDING;
            boolean pickPreparing = pick != null && pick.state == InstanceState.WARMED_PENDING;
            if (pick == null || (preparing && !pickPreparing)
                    || (preparing == pickPreparing && i.launchTime >= pick.launchTime)) {
                pick = i;
            }
        }
        return pick;
    }

    private int fewestZone() {
        int[] count = new int[zones];
        for (Instance i : instances) {
            count[i.zone]++;
        }
        int best = 0;
        for (int z = 1; z < zones; z++) {
            if (count[z] < count[best]) {
                best = z;
            }
        }
        return best;
    }
}

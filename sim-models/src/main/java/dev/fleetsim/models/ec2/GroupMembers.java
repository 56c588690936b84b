package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import java.util.ArrayList;
import java.util.List;

/**
 * The instances that count toward a group's desired capacity (Pending and InService), their
 * spread over Availability Zones, and the group's scaling activity: an activity is in progress
 * while any instance launching into the group or leaving it (draining, terminate hook, return to
 * the warm pool) has not finished.
 */
final class GroupMembers {
    private final Scheduler scheduler;
    private final List<Instance> members = new ArrayList<>();
    private final int[] zoneCounts;
    /** Spot members per pool. */
    private final int[] spotCounts;
    /** Capacity units (instance weights) of all members and of the On-Demand ones. */
    private int units;
    private int onDemandUnits;
    private java.util.function.Consumer<Instance> leftListener = i -> {};
    private int inActivity;
    private long lastActivityEndedAt = Long.MIN_VALUE;

    GroupMembers(Scheduler scheduler, int zones, int spotPools) {
        this.scheduler = scheduler;
        this.zoneCounts = new int[zones];
        this.spotCounts = new int[spotPools];
    }

    /** {@code i} joins the group; {@code activity}: as part of a scaling activity. */
    void joined(Instance i, boolean activity) {
        members.add(i);
        count(i, 1);
        if (activity) {
            activityStarted(i);
        }
    }

    void left(Instance i) {
        if (members.remove(i)) {
            count(i, -1);
            leftListener.accept(i);
        }
    }

    /** Hears every member that leaves, after it left. */
    void onLeft(java.util.function.Consumer<Instance> listener) {
        this.leftListener = listener;
    }

    private void count(Instance i, int delta) {
        zoneCounts[i.zone] += delta;
        units += delta * i.weight();
        if (i.spotPool != null) {
            spotCounts[i.spotPool.index()] += delta;
        } else {
            onDemandUnits += delta * i.weight();
        }
    }

    /** Capacity units of the members: what desired capacity counts (the member count without weights). */
    int units() {
        return units;
    }

    /** Capacity units of the On-Demand members: what the On-Demand base and percentage count. */
    int onDemandUnits() {
        return onDemandUnits;
    }

    /** Spot members per pool; the live array, do not modify. */
    int[] spotCounts() {
        return spotCounts;
    }

    void activityStarted(Instance i) {
        if (!i.inActivity) {
            i.inActivity = true;
            inActivity++;
        }
    }

    void activityEnded(Instance i) {
        if (i.inActivity) {
            i.inActivity = false;
            if (--inActivity == 0) {
                lastActivityEndedAt = scheduler.now();
            }
        }
    }

    boolean activityInProgress() {
        return inActivity > 0;
    }

    long lastActivityEndedAt() {
        return lastActivityEndedAt;
    }

    int size() {
        return members.size();
    }

    /** The live list, in joining order; do not modify. */
    List<Instance> list() {
        return members;
    }

    /** Members per zone; the live array, do not modify. */
    int[] zoneCounts() {
        return zoneCounts;
    }

    /** The zone with the fewest members, lowest index on ties: where the next launch goes. */
    int fewestZone() {
        int best = 0;
        for (int z = 1; z < zoneCounts.length; z++) {
            if (zoneCounts[z] < zoneCounts[best]) {
                best = z;
            }
        }
        return best;
    }

    /** Capacity units of InService members still inside a warm-up of {@code warmupMicros} (not those in service from the start). */
    int warming(long warmupMicros) {
        long now = scheduler.now();
        int n = 0;
        for (Instance i : members) {
            if (i.state == InstanceState.IN_SERVICE && i.warmupApplies && now - i.inServiceAt < warmupMicros) {
                n += i.weight();
            }
        }
        return n;
    }
}

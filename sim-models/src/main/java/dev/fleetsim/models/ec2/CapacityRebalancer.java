package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.spot.SpotTally;

/**
 * Capacity Rebalancing (aws-behaviour.md 2.13, M11): on a Spot instance's rebalance
 * recommendation the group launches a replacement Spot instance in the same zone, into the pool
 * the allocation strategy picks, unless that pool's hazard is above the at-risk instance's pool's
 * (M11); at the interruption notice it launches one anyway if the instance has none yet. When the replacement enters service, the at-risk instance is scaled in (drained, then
 * its terminate hook). If the at-risk instance leaves first (reclaimed, scaled in, failed), the
 * replacement simply takes its place; if the replacement leaves first, the at-risk instance stays.
 * While replacements are launching, the group runs above desired capacity by their number (and may
 * exceed max, which AWS allows by up to 10 %).
 */
final class CapacityRebalancer {
    private final AutoScalingGroup group;
    private final InstanceLifecycle lifecycle;
    private final PurchasePlanner planner;
    private final SpotTally tally;
    private final Scheduler scheduler;
    private int inProgress;

    CapacityRebalancer(AutoScalingGroup group, InstanceLifecycle lifecycle, PurchasePlanner planner, SpotTally tally,
            Scheduler scheduler) {
        this.group = group;
        this.lifecycle = lifecycle;
        this.planner = planner;
        this.tally = tally;
        this.scheduler = scheduler;
    }

    /** Replacements launched and not yet in service: the group's capacity above desired. */
    int inProgress() {
        return inProgress;
    }

    /** Instance {@code i} received its rebalance recommendation now. */
    void recommended(Instance i) {
        i.rebalanceHandle = Scheduler.NO_HANDLE;
        long now = scheduler.now();
        tally.recommended(now);
        if (i.replacedBy != null || i.state == InstanceState.TERMINATED || !group.members().list().contains(i)) {
            return;
        }
        Placement where = planner.spotIn(i.zone, group.members());
        if (where == null || where.spotPool().hazardPerMicro() > i.spotPool.hazardPerMicro() || !withinMargin(where)) {
            tally.rebalanceSkipped(now);
            return;
        }
        launchReplacement(i, where, now);
    }

    /**
     * Instance {@code i} got its two-minute interruption notice. With Capacity Rebalancing the
     * group launches a replacement now if it has none yet, whatever the pools' risk (2.13: "If the
     * 2-minute notice then arrives, the group launches a replacement anyway"), within the margin
     * above max; without it, the group replaces the instance only after the reclaim.
     */
    void noticed(Instance i) {
        long now = scheduler.now();
        // A launch cut short by its notice served nothing: the group replaces it after the reclaim.
        if (i.replacedBy != null || i.replacedEarly || i.inServiceAt == Long.MIN_VALUE
                || !group.members().list().contains(i)) {
            return;
        }
        Placement where = planner.spotIn(i.zone, group.members());
        if (where == null || !withinMargin(where)) {
            tally.rebalanceSkipped(now);
            return;
        }
        launchReplacement(i, where, now);
    }

    private boolean withinMargin(Placement where) {
        return group.current() + where.type().weight() <= group.max() + aboveMaxMargin(group.max());
    }

    private void launchReplacement(Instance i, Placement where, long now) {
        inProgress += where.type().weight(); // before the launch, so the group does not scale it back in
        Instance r = lifecycle.launch(where);
        r.rebalanceLaunch = true;
        r.replaces = i;
        i.replacedBy = r;
        tally.rebalanceLaunched(now);
    }

    /** {@code r} entered service: if it replaces an at-risk instance, that one goes now. */
    void enteredService(Instance r) {
        Instance old = r.replaces;
        if (old == null) {
            return;
        }
        r.replaces = null;
        old.replacedBy = null;
        old.replacedEarly = true;
        inProgress -= r.weight();
        group.members().left(old);
        if (!old.noticed) {
            lifecycle.scaleIn(old, false); // a noticed one is on its way to the reclaim
        }
    }

    /** Member {@code i} left the group (any reason): undo its pairing, if any. */
    void left(Instance i) {
        if (i.replacedBy != null) {
            inProgress -= i.replacedBy.weight();
            i.replacedBy.replaces = null;
            i.replacedBy = null;
        } else if (i.replaces != null) {
            inProgress -= i.weight();
            i.replaces.replacedBy = null;
            i.replaces = null;
        }
    }

    /**
     * How far above max Capacity Rebalancing may take the group while replacements launch
     * (aws-behaviour.md 2.11, 2.13): 10 % of max or one instance, whichever is greater, in whole
     * units (a fractional instance cannot launch, so 10 % is rounded down).
     */
    static int aboveMaxMargin(int max) {
        return Math.max(1, max / 10);
    }
}

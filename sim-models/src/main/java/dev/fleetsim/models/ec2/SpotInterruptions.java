package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.spot.InterruptionClock;
import dev.fleetsim.models.spot.RebalanceClock;
import dev.fleetsim.models.spot.SpotPool;
import dev.fleetsim.models.spot.SpotTally;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * The Spot life of a group's instances (aws-behaviour.md 3.1, 3.2; M12, M13): at launch each Spot
 * instance draws its time to the interruption notice (and, with Capacity Rebalancing, to its
 * rebalance recommendation); the notice takes it out of the load balancer while its in-flight
 * requests carry on; 120 s later the reclaim loses whatever is still on it (counted
 * {@code interrupted}) and the group replaces it.
 */
final class SpotInterruptions {
    /** Hears Spot notices and reclaims as they happen (tests, traces). */
    interface Observer {
        Observer NONE = new Observer() {};

        default void noticed(Instance i) {}

        default void reclaimed(Instance i) {}
    }

    private final AutoScalingGroup group;
    private final InstanceLifecycle lifecycle;
    private final Scheduler scheduler;
    private final LoadBalancer balancer;
    private final InterruptionClock clock;
    private final SpotTally tally;
    private CapacityRebalancer rebalancer;
    private RebalanceClock rebalanceClock;
    private Observer observer = Observer.NONE;
    private Ec2Billing freeFirstHour;

    SpotInterruptions(AutoScalingGroup group, InstanceLifecycle lifecycle, Scheduler scheduler, LoadBalancer balancer,
            InterruptionClock clock, SpotTally tally) {
        this.group = group;
        this.lifecycle = lifecycle;
        this.scheduler = scheduler;
        this.balancer = balancer;
        this.clock = clock;
        this.tally = tally;
    }

    /** Turns on Capacity Rebalancing: Spot launches also draw recommendation times from {@code recommendations}. */
    void attachRebalancer(CapacityRebalancer capacityRebalancer, RebalanceClock recommendations) {
        this.rebalancer = capacityRebalancer;
        this.rebalanceClock = recommendations;
    }

    /** Turns on the first-hour rule: an instance reclaimed within an hour of launch is not charged for running. */
    void freeIfInterruptedInFirstHour(Ec2Billing billing) {
        this.freeFirstHour = billing;
    }

    void observe(Observer o) {
        this.observer = o;
    }

    /** Spot instance {@code i} was just created: schedule its notice (and recommendation). */
    void launched(Instance i) {
        long t = clock.timeToNotice(i.spotPool);
        if (t != InterruptionClock.NEVER) {
            i.spotHandle = scheduler.scheduleAfter(t, () -> notice(i));
        }
        if (rebalancer != null) {
            long r = rebalanceClock.timeToRecommendation(i.spotPool, t);
            if (r != InterruptionClock.NEVER) {
                i.rebalanceHandle = scheduler.scheduleAfter(r, () -> rebalancer.recommended(i));
            }
        }
    }

    /** An instance entered service ({@code launched}: after a launch by the group, not at the start). */
    void enteredService(Instance i, boolean launched) {
        if (i.replacingReclaimAt >= 0) {
            tally.replaced(i.replacingReclaimAt, scheduler.now());
            i.replacingReclaimAt = -1;
        } else if (launched && !i.rebalanceLaunch) { // a rebalance launch replaces its own at-risk instance
            tally.enteredService(i.launchTime, scheduler.now());
        }
        if (rebalancer != null) {
            rebalancer.enteredService(i);
        }
    }

    /** Spot instance {@code i} terminated: nothing more happens to it. */
    void gone(Instance i) {
        if (i.spotHandle != Scheduler.NO_HANDLE) {
            scheduler.cancel(i.spotHandle);
            i.spotHandle = Scheduler.NO_HANDLE;
        }
        if (i.rebalanceHandle != Scheduler.NO_HANDLE) {
            scheduler.cancel(i.rebalanceHandle);
            i.rebalanceHandle = Scheduler.NO_HANDLE;
        }
    }

    /**
     * The two-minute notice: the instance leaves the balancer at once (no new requests) and
     * stops counting as in service, while its in-flight requests carry on; a Pending instance
     * stops its launch. It stays a member (scale-in skips it) until the reclaim. An instance
     * already leaving (draining, terminate hook) carries on until the reclaim.
     */
    private void notice(Instance i) {
        i.noticed = true;
        i.spotHandle = scheduler.scheduleAfter(InterruptionClock.NOTICE_MICROS, () -> reclaim(i));
        if (i.state == InstanceState.IN_SERVICE) {
            lifecycle.leaveService(i);
            i.state = InstanceState.TERMINATING;
            balancer.markUnhealthy(i);
        } else if (i.state == InstanceState.PENDING) {
            lifecycle.cancelStep(i);
            i.state = InstanceState.TERMINATING;
        }
        if (rebalancer != null) {
            rebalancer.noticed(i);
        }
        observer.noticed(i);
    }

    /** The reclaim: whatever is still queued or running on it is lost (interrupted); the group replaces it. */
    private void reclaim(Instance i) {
        i.spotHandle = Scheduler.NO_HANDLE;
        lifecycle.cancelStep(i);
        if (i.registered) {
            balancer.markUnhealthy(i);
        }
        i.draining = false;
        i.server.cutAll(true);
        boolean member = group.members().list().contains(i);
        Instance launching = i.replacedBy; // its Capacity Rebalancing replacement, still launching
        if (member) {
            group.members().left(i);
        }
        long now = scheduler.now();
        if (launching != null) {
            tally.reclaimed(i.spotPool, now, false);
            launching.replacingReclaimAt = now; // the replacement time ends when it enters service
        } else if (i.replacedEarly) {
            tally.reclaimed(i.spotPool, now, false);
            tally.replaced(now, now); // its replacement was in service before the reclaim
        } else {
            // Lost serving capacity is made good by the group's next launch. A non-member was leaving
            // anyway, and an instance reclaimed before it ever served lost no capacity: the loss it
            // was launched for is still waiting for the launch that does enter service.
            tally.reclaimed(i.spotPool, now, member && i.inServiceAt != Long.MIN_VALUE);
        }
        observer.reclaimed(i);
        if (freeFirstHour != null && scheduler.now() - i.launchTime < dev.fleetsim.core.kernel.SimTime.MICROS_PER_HOUR) {
            freeFirstHour.forgiveRunning(i);
        }
        lifecycle.terminated(i);
        if (member) {
            group.reconcile();
        }
    }

    /**
     * A correlated reclaim event in {@code pool}: each of its live Spot instances not yet noticed
     * gets its notice now with probability {@code fraction} (one uniform each, in launch order).
     */
    void reclaimEvent(SpotPool pool, double fraction, DoubleSupplier uniform) {
        for (Instance i : List.copyOf(lifecycle.alive())) {
            if (i.spotPool == pool && !i.noticed && uniform.getAsDouble() < fraction) {
                if (i.spotHandle != Scheduler.NO_HANDLE) {
                    scheduler.cancel(i.spotHandle);
                    i.spotHandle = Scheduler.NO_HANDLE;
                }
                notice(i);
            }
        }
    }
}

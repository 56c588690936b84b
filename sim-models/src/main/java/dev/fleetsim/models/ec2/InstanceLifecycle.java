package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.distribution.DurationSampler;
import dev.fleetsim.models.scenario.WarmPoolSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives instances through their lifecycle (aws-behaviour.md 2.1, 2.7, 2.10; M3, M9):
 *
 * <pre>
 * cold launch:  Pending ─boot─▶ launch hook ─▶ InService
 * warm start:   Warmed:* ─start─▶ Pending ─▶ launch hook ─▶ InService
 * pool fill:    Warmed:Pending ─boot─▶ launch hook ─▶ Warmed:Stopped | Running | Hibernated
 * scale-in:     InService ─deregister, drain─▶ terminate hook ─▶ Terminated   (or back to the pool)
 * unhealthy:    InService ─▶ terminate hook ─▶ Terminated
 * Spot notice:  any ─notice: out of the balancer, in-flight continue─▶ (120 s) reclaim ─▶ Terminated
 * </pre>
 * (Spot notices and reclaims: {@link SpotInterruptions}.)
 *
 * InService means registered with the load balancer and serving; boot time covers everything from
 * the launch request to being ready for traffic (M3), the hook's duration comes after it. A
 * launch whose hook times out with ABANDON is terminated at once (no terminate hook) and the group
 * launches a replacement. An instance scaled in while still Pending skips draining.
 */
final class InstanceLifecycle {
    private final AutoScalingGroup group;
    private final Scheduler scheduler;
    private final GroupMetrics metrics;
    private final LoadBalancer balancer;
    private final Ec2Billing billing;
    private final HealthMonitor health;
    private final InstanceServer.Factory servers;
    private final DurationSampler boot;
    private final DurationSampler warmStart;
    private final LifecycleHook launchHook;
    private final LifecycleHook terminateHook;
    private final long warmupMicros;
    private final boolean protectNew;
    private final InstanceState poolState;
    private final InstanceType poolType;
    private final List<Instance> alive = new ArrayList<>();
    private WarmPool pool;
    private int nextId;
    private SpotInterruptions spot;

    /**
     * @param launchHook    null for none
     * @param terminateHook null for none
     * @param warmupMicros  how long a new instance's metrics stay out of the group aggregate
     * @param poolState     the warm pool's state, or null without a pool
     * @param poolType      the type warm-pool instances are launched as
     */
    InstanceLifecycle(AutoScalingGroup group, Scheduler scheduler, GroupMetrics metrics, LoadBalancer balancer,
            Ec2Billing billing, HealthMonitor health, InstanceServer.Factory servers, DurationSampler boot,
            DurationSampler warmStart, LifecycleHook launchHook, LifecycleHook terminateHook, long warmupMicros,
            boolean protectNew, WarmPoolSpec.PoolState poolState, InstanceType poolType) {
        this.poolType = poolType;
        this.group = group;
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.balancer = balancer;
        this.billing = billing;
        this.health = health;
        this.servers = servers;
        this.boot = boot;
        this.warmStart = warmStart;
        this.launchHook = launchHook;
        this.terminateHook = terminateHook;
        this.warmupMicros = warmupMicros;
        this.protectNew = protectNew;
        this.poolState = poolState == null ? null : switch (poolState) {
            case STOPPED -> InstanceState.WARMED_STOPPED;
            case RUNNING -> InstanceState.WARMED_RUNNING;
            case HIBERNATED -> InstanceState.WARMED_HIBERNATED;
        };
        balancer.onDrained(this::drained);
    }

    void attachSpot(SpotInterruptions interruptions) {
        this.spot = interruptions;
    }

    void attachPool(WarmPool warmPool) {
        this.pool = warmPool;
    }

    /** Instances not yet terminated: group members, pool instances, instances leaving. */
    List<Instance> alive() {
        return alive;
    }

    private Instance create(Placement where, InstanceState state, boolean counted) {
        Instance i = new Instance(nextId++, where.zone(), scheduler.now(), state, where.type(), where.spotPool(), servers);
        i.protectedFromScaleIn = protectNew;
        billing.launched(i, scheduler.now());
        alive.add(i);
        if (counted) {
            metrics.countLaunch();
        }
        if (i.spotPool != null) {
            spot.launched(i);
        }
        return i;
    }

    private Instance createForPool(int zone, InstanceState state, boolean counted) {
        return create(new Placement(zone, poolType, null), state, counted);
    }

    // ---- into the group ----

    /** An instance already in service when the run starts (past warm-up). */
    Instance startInService(Placement where) {
        Instance i = create(where, InstanceState.PENDING, false);
        group.members().joined(i, false);
        enterService(i, false);
        return i;
    }

    /** Launches a new instance into the group where {@code where} says: a cold boot. */
    Instance launch(Placement where) {
        Instance i = create(where, InstanceState.PENDING, true);
        group.members().joined(i, true);
        i.stepHandle = scheduler.scheduleAfter(boot.sampleMicros(), () -> launchHook(i, false));
        return i;
    }

    /** Moves a ready warm-pool instance (already removed from the pool) into the group. */
    void startFromPool(Instance i) {
        if (i.state != InstanceState.WARMED_RUNNING) {
            billing.startRunning(i, scheduler.now());
        }
        i.state = InstanceState.PENDING;
        group.members().joined(i, true);
        metrics.countWarmPoolStart();
        i.stepHandle = scheduler.scheduleAfter(warmStart.sampleMicros(), () -> launchHook(i, false));
    }

    private void launchHook(Instance i, boolean intoPool) {
        i.stepHandle = Scheduler.NO_HANDLE;
        if (launchHook == null) {
            launched(i, intoPool);
            return;
        }
        long drawn = launchHook.draw();
        boolean proceeds = launchHook.proceeds(drawn);
        i.stepHandle = scheduler.scheduleAfter(launchHook.waitMicros(drawn), () -> {
            i.stepHandle = Scheduler.NO_HANDLE;
            if (proceeds) {
                launched(i, intoPool);
            } else {
                abandon(i, intoPool);
            }
        });
    }

    private void launched(Instance i, boolean intoPool) {
        if (intoPool) {
            toPoolState(i);
        } else {
            enterService(i, true);
        }
    }

    private void enterService(Instance i, boolean warmupApplies) {
        i.state = InstanceState.IN_SERVICE;
        i.inServiceAt = scheduler.now();
        i.warmupApplies = warmupApplies;
        metrics.enteredService(i);
        balancer.register(i);
        if (!warmupApplies || warmupMicros == 0) {
            metrics.eligible(i);
        } else {
            i.warmupHandle = scheduler.scheduleAfter(warmupMicros, () -> {
                i.warmupHandle = Scheduler.NO_HANDLE;
                metrics.eligible(i);
            });
        }
        health.watch(i);
        group.members().activityEnded(i);
        if (spot != null) {
            spot.enteredService(i, warmupApplies);
        }
    }

    private void abandon(Instance i, boolean intoPool) {
        if (intoPool) {
            pool.abandoned(i);
            terminated(i);
            group.poolChanged();
        } else {
            group.members().left(i);
            terminated(i);
            group.reconcile();
        }
    }

    // ---- out of the group ----

    /**
     * Scales in member {@code i} (already removed from the group's members): drain it at the
     * balancer, then terminate it, or return it to the warm pool if {@code toPool} and it was in
     * service.
     */
    void scaleIn(Instance i, boolean toPool) {
        group.members().activityStarted(i);
        cancelStep(i);
        boolean inService = i.state == InstanceState.IN_SERVICE;
        if (inService) {
            leaveService(i);
        }
        i.state = InstanceState.TERMINATING;
        i.returningToPool = toPool && inService;
        if (inService) {
            balancer.deregister(i); // the balancer calls drained() when done
        } else {
            drained(i);
        }
    }

    /** Replaces unhealthy member {@code i} (already removed from the members): no draining. */
    void terminateUnhealthy(Instance i) {
        group.members().activityStarted(i);
        leaveService(i);
        i.state = InstanceState.TERMINATING;
        balancer.markUnhealthy(i);
        i.server.cutAll();
        terminateHook(i);
    }

    void leaveService(Instance i) {
        metrics.leftService(i);
        if (i.warmupHandle != Scheduler.NO_HANDLE) {
            scheduler.cancel(i.warmupHandle);
            i.warmupHandle = Scheduler.NO_HANDLE;
        }
        health.unwatch(i);
    }

    private void drained(Instance i) {
        if (i.returningToPool) {
            i.returningToPool = false;
            toPoolState(i);
            pool.returned(i);
            group.members().activityEnded(i);
            group.poolChanged();
        } else {
            terminateHook(i);
        }
    }

    private void terminateHook(Instance i) {
        if (terminateHook == null) {
            terminated(i);
            return;
        }
        long drawn = terminateHook.draw();
        i.stepHandle = scheduler.scheduleAfter(terminateHook.waitMicros(drawn), () -> {
            i.stepHandle = Scheduler.NO_HANDLE;
            terminated(i); // on terminate, both results let the instance go
        });
    }

    /** {@code i} is gone (package-private for {@link SpotInterruptions}' reclaim). */
    void terminated(Instance i) {
        if (i.spotPool != null) {
            spot.gone(i);
        }
        i.state = InstanceState.TERMINATED;
        billing.terminated(i, scheduler.now());
        alive.remove(i);
        metrics.countTermination();
        group.members().activityEnded(i);
    }

    // ---- warm pool ----

    /** An instance already ready in the warm pool when the run starts. */
    Instance readyInPool(int zone) {
        Instance i = createForPool(zone, InstanceState.WARMED_PENDING, false);
        if (poolState != InstanceState.WARMED_RUNNING) {
            i.runningSince = -1; // stopped long before the run started: no start to bill
        }
        i.state = poolState;
        return i;
    }

    /** Launches a new instance into the warm pool in {@code zone}: boot, then the launch hook. */
    Instance launchIntoPool(int zone) {
        Instance i = createForPool(zone, InstanceState.WARMED_PENDING, true);
        i.stepHandle = scheduler.scheduleAfter(boot.sampleMicros(), () -> launchHook(i, true));
        return i;
    }

    /** Terminates a pool instance (already removed from the pool): the pool shrank. */
    void terminateFromPool(Instance i) {
        cancelStep(i);
        terminated(i);
    }

    private void toPoolState(Instance i) {
        i.state = poolState;
        if (poolState != InstanceState.WARMED_RUNNING) {
            billing.stopRunning(i, scheduler.now());
        }
    }

    void cancelStep(Instance i) {
        if (i.stepHandle != Scheduler.NO_HANDLE) {
            scheduler.cancel(i.stepHandle);
            i.stepHandle = Scheduler.NO_HANDLE;
        }
    }
}

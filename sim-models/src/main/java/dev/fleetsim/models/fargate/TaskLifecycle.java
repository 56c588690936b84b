package dev.fleetsim.models.fargate;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.ec2.ServingPool;
import dev.fleetsim.models.spot.InterruptionClock;

/**
 * Moves tasks through their ECS states (aws-behaviour.md 5.1, 5.5): the start-up stages drawn by
 * {@link TaskStartup}, traffic only after the health checks pass, scale-in by draining, and the
 * Spot interruption: warning and SIGTERM together, deregistration, SIGKILL after the task's stop
 * timeout (at most the two minutes of the warning).
 *
 * <pre>
 * [WAITING_FOR_CAPACITY] → PROVISIONING → PENDING (pull: billing starts) → ACTIVATING → RUNNING → healthy
 * stop:  RUNNING → DEACTIVATING (drain, deregistration delay) → STOPPED
 * Spot:  RUNNING → DEACTIVATING (warning, SIGTERM; drain) → STOPPED when drained or at stop timeout
 * </pre>
 */
final class TaskLifecycle {
    /** What the service hears of its tasks. */
    interface Listener {
        /** {@code t} passed its health checks and takes traffic. */
        void healthy(FargateTask t);

        /** {@code t} got its Spot interruption warning: it no longer counts toward the service. */
        void warned(FargateTask t);

        /** {@code t} stopped. */
        void stopped(FargateTask t);
    }

    private final Scheduler scheduler;
    private final ServingPool pool;
    private final TaskStartup startup;
    private final FargateBilling billing;
    private final SpotCapacity spot;
    private final long stopTimeout;
    private Listener listener;

    TaskLifecycle(Scheduler scheduler, ServingPool pool, TaskStartup startup, FargateBilling billing, SpotCapacity spot,
            long stopTimeoutMicros) {
        this.scheduler = scheduler;
        this.pool = pool;
        this.startup = startup;
        this.billing = billing;
        this.spot = spot;
        this.stopTimeout = Math.min(stopTimeoutMicros, InterruptionClock.NOTICE_MICROS);
    }

    void listen(Listener l) {
        this.listener = l;
    }

    /** Starts {@code t}'s start-up at {@code at} (≥ now: the service's launch-rate cap). */
    void launch(FargateTask t, long at) {
        t.state = FargateTask.State.PROVISIONING;
        t.stepHandle = scheduler.scheduleAt(at, () -> place(t));
    }

    /** A task already serving when the run starts: running and healthy at once, billed from now. */
    void alreadyServing(FargateTask t) {
        t.billedFrom = scheduler.now();
        running(t);
        healthy(t);
    }

    private void place(FargateTask t) {
        t.stepHandle = Scheduler.NO_HANDLE;
        if (t.spot && !spot.available(scheduler.now())) {
            t.state = FargateTask.State.WAITING_FOR_CAPACITY;
            t.stepHandle = scheduler.scheduleAfter(spot.retryMicros(), () -> place(t));
            return;
        }
        t.state = FargateTask.State.PROVISIONING;
        startup.draw(t);
        step(t, t.phases[TaskStartup.PROVISIONING], this::pull);
    }

    private void pull(FargateTask t) {
        t.state = FargateTask.State.PENDING;
        t.billedFrom = scheduler.now();
        step(t, t.phases[TaskStartup.IMAGE_PULL] + t.phases[TaskStartup.CONTAINER_START], this::activate);
    }

    private void activate(FargateTask t) {
        t.state = FargateTask.State.ACTIVATING;
        step(t, t.phases[TaskStartup.REGISTRATION], task -> {
            running(task);
            step(task, task.phases[TaskStartup.APP_INIT] + task.phases[TaskStartup.HEALTH_CHECKS], this::healthy);
        });
    }

    private void running(FargateTask t) {
        t.state = FargateTask.State.RUNNING;
        t.runningAt = scheduler.now();
        pool.running(t.target);
        if (t.spot) {
            long in = spot.timeToWarning();
            if (in != InterruptionClock.NEVER) {
                t.spotHandle = scheduler.scheduleAfter(in, () -> warn(t));
            }
        }
    }

    private void healthy(FargateTask t) {
        t.healthy = true;
        pool.healthy(t.target);
        startup.completed(t);
        listener.healthy(t);
    }

    private void step(FargateTask t, long after, java.util.function.Consumer<FargateTask> next) {
        t.stepHandle = scheduler.scheduleAfter(after, () -> {
            t.stepHandle = Scheduler.NO_HANDLE;
            next.accept(t);
        });
    }

    /**
     * Stops {@code t} (scale-in, deployment): a running task drains at the load balancer first
     * (DEACTIVATING), a task still starting stops at once.
     */
    void stop(FargateTask t) {
        cancel(t);
        if (t.state == FargateTask.State.RUNNING) {
            t.state = FargateTask.State.DEACTIVATING;
            pool.deregister(t.target); // the pool reports the end of the drain: drained()
        } else {
            pool.kill(t.target, false);
            stopped(t);
        }
    }

    /**
     * The Spot interruption warning (aws-behaviour.md 5.5): SIGTERM now, deregistration, and
     * SIGKILL after the stop timeout; whatever is still in flight then is lost to the interruption.
     * Package-private so tests can warn a task at a time of their choosing.
     */
    void warn(FargateTask t) {
        t.spotHandle = Scheduler.NO_HANDLE;
        if (t.state != FargateTask.State.RUNNING) {
            return;
        }
        t.interrupted = true;
        cancel(t);
        t.state = FargateTask.State.DEACTIVATING;
        listener.warned(t); // the scheduler starts the replacement now
        t.stepHandle = scheduler.scheduleAfter(stopTimeout, () -> {
            t.stepHandle = Scheduler.NO_HANDLE;
            pool.kill(t.target, true);
            stopped(t);
        });
        pool.deregister(t.target); // may drain at once (nothing in flight): then stopped() cancels the kill
    }

    /** The pool finished draining {@code t}'s target: it stops now. */
    void drained(FargateTask t) {
        if (t.state == FargateTask.State.DEACTIVATING) {
            stopped(t);
        }
    }

    private void stopped(FargateTask t) {
        if (t.state == FargateTask.State.STOPPED) {
            return;
        }
        cancel(t);
        t.state = FargateTask.State.STOPPED;
        if (t.billedFrom >= 0) {
            billing.closed(t.spot, t.billedFrom, scheduler.now());
        }
        listener.stopped(t);
    }

    private void cancel(FargateTask t) {
        if (t.stepHandle != Scheduler.NO_HANDLE) {
            scheduler.cancel(t.stepHandle);
            t.stepHandle = Scheduler.NO_HANDLE;
        }
        if (t.spotHandle != Scheduler.NO_HANDLE) {
            scheduler.cancel(t.spotHandle);
            t.spotHandle = Scheduler.NO_HANDLE;
        }
    }
}

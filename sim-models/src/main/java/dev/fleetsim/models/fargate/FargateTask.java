package dev.fleetsim.models.fargate;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.ec2.Instance;

/**
 * One ECS task of a service: its ECS state, capacity provider, task-definition revision, and the
 * times billing and the start-up report need. Requests are served by its {@link #target}, a
 * serving unit of the shared load balancer. Fields are state shared by the package's small parts,
 * not an API.
 */
final class FargateTask {
    /** ECS task states (aws-behaviour.md 5.1), as this model passes through them. */
    enum State {
        /** Waiting for Fargate Spot capacity (M20: retried every retry interval), before PROVISIONING. */
        WAITING_FOR_CAPACITY,
        /** Network interface and placement. */
        PROVISIONING,
        /** Image pull, extraction and container start. */
        PENDING,
        /** Load-balancer registration. */
        ACTIVATING,
        /** Running: counted as capacity; takes traffic once {@link #healthy}. */
        RUNNING,
        /** Deregistered and draining, or SIGTERMed by a Spot interruption. */
        DEACTIVATING,
        STOPPED
    }

    final int id;
    final boolean spot;
    /** Task-definition revision: 1 at the start, +1 per deployment. */
    final int revision;
    final Instance target;
    final long launchedAt;

    State state;
    boolean healthy;
    /** Serving when the run started: never counts as launched within a cooldown. */
    boolean initial;
    /** When the image pull started: billing starts there (aws-behaviour.md 5.6); −1 before. */
    long billedFrom = -1;
    /** When it entered RUNNING (ECS), or −1. */
    long runningAt = -1;
    /** The pending start-up stage, drain, retry or kill, or NO_HANDLE. */
    long stepHandle = Scheduler.NO_HANDLE;
    /** The pending Spot interruption warning, or NO_HANDLE. */
    long spotHandle = Scheduler.NO_HANDLE;
    /** Received its Spot interruption warning (SIGTERM). */
    boolean interrupted;
    /** Stage durations drawn at launch, in microseconds, indexed by {@link TaskStartup} phase. */
    final long[] phases = new long[TaskStartup.PHASES.length];

    FargateTask(int id, boolean spot, int revision, Instance target, long launchedAt) {
        this.id = id;
        this.spot = spot;
        this.revision = revision;
        this.target = target;
        this.launchedAt = launchedAt;
    }

    /** Counts toward the service's task count: launched and not stopping. */
    boolean live() {
        return state != State.DEACTIVATING && state != State.STOPPED;
    }

    @Override
    public String toString() {
        return "task-" + id + "[" + (spot ? "FARGATE_SPOT" : "FARGATE") + ", rev " + revision + ", " + state
                + (healthy ? ", healthy" : "") + "]";
    }
}

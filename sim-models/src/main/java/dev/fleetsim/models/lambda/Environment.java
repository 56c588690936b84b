package dev.fleetsim.models.lambda;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;

/**
 * One execution environment (aws-behaviour.md 4.1): serves one invocation at a time. It is its own
 * completion event, and owns its reclaim event, so a warm invocation allocates nothing; objects
 * are pooled by their function and reused after the environment shuts down. Fields are package
 * state shared with {@link LambdaFunction} and {@link IdleList}, which keep the invariants.
 */
final class Environment implements Event {
    private final LambdaFunction function;
    final Reclaim reclaim = new Reclaim();

    /** A run-unique number, in creation order (for tests of reuse order). */
    long id;
    boolean provisioned;
    boolean alive;
    boolean invoked;
    /** A provisioned environment running its INIT; its event then means "ready". */
    boolean initialising;
    long initStartedAt;
    /** A provisioned environment whose recycling came due while it was busy. */
    boolean recycleDue;
    long createdAt;
    long reclaimHandle = Scheduler.NO_HANDLE;

    // Idle list links.
    Environment prev;
    Environment next;
    boolean idle;

    // The invocation in progress.
    long arrival;
    long deadline;
    boolean failed;
    boolean timedOut;
    AsyncInvoker.Pending event;

    Environment(LambdaFunction function) {
        this.function = function;
    }

    /** The invocation in progress ends. */
    @Override
    public void fire() {
        if (initialising) {
            function.provisionedInitialised(this);
            return;
        }
        function.finished(this);
    }

    /** On-demand: its idle or maximum lifetime ran out while idle. Provisioned: its recycling is due. */
    final class Reclaim implements Event {
        @Override
        public void fire() {
            reclaimHandle = Scheduler.NO_HANDLE;
            function.reclaim(Environment.this);
        }
    }
}

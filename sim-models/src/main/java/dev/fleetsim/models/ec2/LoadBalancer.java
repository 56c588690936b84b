package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.fleet.RequestQueue;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.scenario.LoadBalancerSpec;
import dev.fleetsim.models.workload.RetryPolicy;

/**
 * The Application Load Balancer target group in front of the group.
 *
 * <ul>
 *   <li>Routes only to registered, healthy targets (InService instances the balancer has not
 *       marked unhealthy), by round robin or least outstanding requests.</li>
 *   <li>A request whose chosen target is full (every slot busy, its queue at the limit) waits in
 *       the balancer's own FIFO queue if it has room ({@code queue_limit}, default 0: ALB has no
 *       such queue), and is dropped otherwise: ALB answers 503. So is a request that arrives when
 *       no target is registered. While that queue holds requests, new arrivals join its end, and
 *       every target that frees room takes from its head.</li>
 *   <li>Deregistration: the target gets no new requests and finishes its in-flight ones (its
 *       queue included); draining ends when they are done or when the deregistration delay runs
 *       out, whichever is first, and requests still in flight then are cut (counted dropped).</li>
 *   <li>A failed target keeps receiving requests (all lost) until its health checks fail
 *       ({@link #markUnhealthy}).</li>
 * </ul>
 *
 * <p>One logical balancer: ALB's per-zone nodes and cross-zone balancing are not modelled.
 *
 * <p>For a group serving a job queue the same mechanism is the queue (SQS and its pollers):
 * unbounded, FIFO, each job to a free worker slot (least outstanding), a draining worker finishes
 * its jobs however long they take (no deregistration delay), a failed worker takes no jobs, and
 * jobs cut off on a worker come back through {@link #requeue}.
 */
final class LoadBalancer {
    /** Told when a deregistered target has finished draining. */
    @FunctionalInterface
    interface DrainListener {
        void drained(Instance target);
    }

    private final Scheduler scheduler;
    private final RequestStats stats;
    private final GroupMetrics metrics;
    private final Routing routing;
    private final long deregistrationDelay;
    private final int queueLimit;
    private final boolean jobQueue;
    private DrainListener drainListener = t -> {};
    private int registered;

    private final RequestQueue queue;

    LoadBalancer(Scheduler scheduler, RequestStats stats, GroupMetrics metrics, LoadBalancerSpec spec, boolean jobQueue) {
        this.scheduler = scheduler;
        this.stats = stats;
        this.metrics = metrics;
        this.jobQueue = jobQueue;
        this.routing = jobQueue || spec.algorithm() == LoadBalancerSpec.Algorithm.LEAST_OUTSTANDING_REQUESTS
                ? new LeastOutstandingRouting() : new RoundRobinRouting();
        this.deregistrationDelay = spec.deregistrationDelay().micros();
        this.queueLimit = jobQueue ? LoadBalancerSpec.MAX_QUEUE_LIMIT : spec.queueLimit();
        int initial = Math.min(queueLimit, 64);
        queue = new RequestQueue(initial, 64);
    }

    void onDrained(DrainListener listener) {
        this.drainListener = listener;
    }

    /** Registered, healthy targets. */
    int registeredTargets() {
        return registered;
    }

    /** Requests waiting in the balancer's own queue. */
    int queued() {
        return queue.size();
    }

    /** A request arrives now with {@code serviceMicros} of work and its client's deadline. */
    void arrive(long serviceMicros, long deadline) {
        take(scheduler.now(), serviceMicros, deadline, null);
    }

    /**
     * An attempt of a retrying client's request (its first, or a retry after a failure): it
     * keeps the request's first arrival, so latency and the deadline run from there.
     */
    void arrive(RetryPolicy.Attempt attempt, long deadline) {
        take(attempt.firstArrival(), attempt.serviceMicros(), deadline, attempt);
    }

    /** A job cut off on a worker returns to the queue, keeping its first arrival time. */
    void requeue(long arrival, long remainingMicros, long deadline) {
        take(arrival, remainingMicros, deadline, null);
    }

    private void take(long arrival, long serviceMicros, long deadline, RetryPolicy.Attempt attempt) {
        if (queue.isEmpty()) {
            Instance t = routing.pick();
            if (t != null && (t.impaired ? !jobQueue : t.server.canAccept())) {
                deliver(t, arrival, serviceMicros, deadline, attempt);
                return;
            }
        }
        if (queue.size() < queueLimit) {
            queue.add(arrival, serviceMicros, deadline, attempt);
            metrics.queuedChanged(1);
        } else {
            dropped(arrival, attempt);
        }
    }

    private void deliver(Instance t, long arrival, long serviceMicros, long deadline, RetryPolicy.Attempt attempt) {
        metrics.routed();
        if (t.impaired) {
            dropped(arrival, attempt); // the target no longer answers: the client gets an error
            return;
        }
        routing.increment(t);
        t.server.accept(arrival, serviceMicros, deadline, attempt);
    }

    /** A 503 from the balancer: counted dropped (503s are not a retry cause). */
    private void dropped(long arrival, RetryPolicy.Attempt attempt) {
        if (attempt != null) {
            attempt.done();
        }
        metrics.dropped(arrival);
    }

    /** {@code n} requests on {@code target} finished, timed out in its queue, or were cut. */
    void requestsLeft(Instance target, int n) {
        if (target.registered) {
            routing.decrement(target, n);
            if (!queue.isEmpty() && !target.impaired) {
                dispatch(target);
            }
        } else if (target.draining && target.server.outstanding() == 0) {
            finishDrain(target);
        }
    }

    /** Moves requests from the head of the balancer queue to {@code target} while it has room. */
    private void dispatch(Instance target) {
        long now = scheduler.now();
        while (!queue.isEmpty() && target.server.canAccept()) {
            long a = queue.headArrival();
            long s = queue.headService();
            long d = queue.headDeadline();
            RetryPolicy.Attempt at = queue.headAttempt();
            queue.pop();
            metrics.queuedChanged(-1);
            if (now >= d) {
                if (at != null) {
                    at.done();
                }
                stats.timedOut(a);
                continue;
            }
            deliver(target, a, s, d, at);
        }
    }

    /** The target passed its health checks: route to it from now on. */
    void register(Instance target) {
        if (target.registered) {
            throw new IllegalStateException(target + " is already registered");
        }
        target.registered = true;
        routing.add(target);
        registered++;
        metrics.targetsChanged(registered);
        if (!queue.isEmpty()) {
            dispatch(target);
        }
    }

    /**
     * Deregisters {@code target} and drains it: no new requests; its in-flight ones may finish
     * within the deregistration delay. The drain listener hears when it is done (at once if
     * nothing is in flight).
     */
    void deregister(Instance target) {
        if (target.registered) {
            remove(target);
        }
        target.draining = true;
        if (target.server.outstanding() == 0) {
            finishDrain(target);
        } else if (!jobQueue) {
            target.stepHandle = scheduler.scheduleAfter(deregistrationDelay, () -> {
                target.stepHandle = Scheduler.NO_HANDLE;
                target.server.cutAll();
                finishDrain(target);
            });
        }
    }

    /** {@code target} failed: everything in flight on it is lost. */
    void cut(Instance target) {
        int n = target.server.cutAll();
        if (target.registered && n > 0) {
            routing.decrement(target, n);
        }
    }

    /** The balancer's health checks failed: stop routing to {@code target}, without draining. */
    void markUnhealthy(Instance target) {
        if (target.registered) {
            remove(target);
        }
    }

    private void remove(Instance target) {
        routing.remove(target);
        target.registered = false;
        registered--;
        metrics.targetsChanged(registered);
    }

    private void finishDrain(Instance target) {
        if (!target.draining) {
            return;
        }
        if (target.stepHandle != Scheduler.NO_HANDLE) {
            scheduler.cancel(target.stepHandle);
            target.stepHandle = Scheduler.NO_HANDLE;
        }
        target.draining = false;
        drainListener.drained(target);
    }
}

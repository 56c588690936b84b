package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.fleet.RequestQueue;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.scenario.RetrySpec;
import dev.fleetsim.models.workload.RetryPolicy;

/**
 * Request serving on one instance: {@code slots} requests in service at once (vCPUs ×
 * slots per vCPU) and a bounded FIFO queue behind them. A request's service time here is its
 * demand divided by the instance type's relative speed.
 *
 * <p>Allocation-free per request: each slot is its own completion event, and the queue is a
 * ring of primitive arrays that grows (up to the limit) only while the backlog grows. Client
 * timeouts are lazy, as in {@code FixedPool}: a queued request whose client has gone is skipped
 * when its turn comes, and one that finishes late counts as timed out.
 */
final class InstanceServer {
    /** Builds the server of a new instance. */
    @FunctionalInterface
    interface Factory {
        InstanceServer create(Instance owner);
    }

    private final Instance owner;
    private final Scheduler scheduler;
    private final RequestStats stats;
    private final GroupMetrics metrics;
    private final LoadBalancer balancer;
    private final double speed;
    private final int queueLimit;
    /** Null for web requests; for a job queue, where cut jobs go back to the queue. */
    private final JobTally jobs;
    private final long checkpointMicros;
    private final Slot[] all;
    private final Slot[] idle;
    private int idleCount;

    private final RequestQueue queue;
    private long started;
    private long accepted;

    InstanceServer(Instance owner, Scheduler scheduler, RequestStats stats, GroupMetrics metrics, LoadBalancer balancer,
            double speed, int slots, int queueLimit) {
        this(owner, scheduler, stats, metrics, balancer, speed, slots, queueLimit, null, 0);
    }

    /**
     * A worker of a job queue when {@code jobs} is not null: it holds no queue of its own, and a
     * job it cannot finish goes back to the balancer's queue with the work since its last
     * checkpoint (every {@code checkpointMicros} of worker time; 0: none) still to do.
     */
    InstanceServer(Instance owner, Scheduler scheduler, RequestStats stats, GroupMetrics metrics, LoadBalancer balancer,
            double speed, int slots, int queueLimit, JobTally jobs, long checkpointMicros) {
        this.owner = owner;
        this.jobs = jobs;
        this.checkpointMicros = checkpointMicros;
        this.scheduler = scheduler;
        this.stats = stats;
        this.metrics = metrics;
        this.balancer = balancer;
        this.speed = speed;
        this.queueLimit = queueLimit;
        this.all = new Slot[slots];
        this.idle = new Slot[slots];
        for (int i = 0; i < slots; i++) {
            all[i] = new Slot();
            idle[i] = all[i];
        }
        this.idleCount = slots;
        int initial = Math.min(queueLimit, 16);
        queue = new RequestQueue(initial, 16);
    }

    int slots() {
        return all.length;
    }

    int busy() {
        return all.length - idleCount;
    }

    int queued() {
        return queue.size();
    }

    /** Requests that started service here. */
    long started() {
        return started;
    }

    /** Requests this instance took from the balancer. */
    long accepted() {
        return accepted;
    }

    /** Requests in service or queued: what least-outstanding-requests routing counts. */
    int outstanding() {
        return all.length - idleCount + queue.size();
    }

    /** A free slot or room in the queue. */
    boolean canAccept() {
        return idleCount > 0 || queue.size() < queueLimit;
    }

    /**
     * Takes a request; only when {@link #canAccept()}. Times are absolute microseconds; {@code
     * attempt} is the retrying client's attempt, or null.
     */
    void accept(long arrival, long serviceMicros, long deadline, RetryPolicy.Attempt attempt) {
        accepted++;
        if (idleCount > 0) {
            idle[--idleCount].start(arrival, serviceMicros, deadline, attempt);
            metrics.busyChanged(owner, 1);
        } else {
            queue.add(arrival, serviceMicros, deadline, attempt);
            metrics.queuedChanged(1);
        }
    }

    /**
     * Abandons every request in service or queued (the instance failed, or its deregistration
     * delay ran out): each counts as dropped, or for a job queue goes back to the queue. Returns
     * how many there were.
     */
    int cutAll() {
        return cutAll(false);
    }

    /** Like {@link #cutAll()}; with {@code interrupted} each counts as lost to a Spot interruption. */
    int cutAll(boolean interrupted) {
        int cut = 0;
        for (Slot s : all) {
            if (s.handle != Scheduler.NO_HANDLE) {
                scheduler.cancel(s.handle);
                s.handle = Scheduler.NO_HANDLE;
                idle[idleCount++] = s;
                metrics.busyChanged(owner, -1);
                if (jobs != null) {
                    requeue(s);
                } else {
                    lost(s.arrival, s.attempt, interrupted);
                }
                s.attempt = null;
                cut++;
            }
        }
        while (!queue.isEmpty()) {
            long arrival = queue.headArrival();
            RetryPolicy.Attempt attempt = queue.headAttempt();
            queue.pop(); // before lost(): a retry may come back to this server's queue
            lost(arrival, attempt, interrupted);
            metrics.queuedChanged(-1);
            cut++;
        }
        return cut;
    }

    /**
     * A job cut off now returns to the queue: the worker time since its last checkpoint is lost,
     * and what the checkpoints saved (in reference work: worker time × speed) is done.
     */
    private void requeue(Slot s) {
        long ran = scheduler.now() - s.startTime;
        long saved = checkpointMicros == 0 ? 0 : ran / checkpointMicros * checkpointMicros;
        jobs.requeued(ran - saved);
        long remaining = Math.max(1, s.demand - Math.round(saved * speed));
        balancer.requeue(s.arrival, remaining, s.deadline);
    }

    /**
     * A request is lost here. A retrying client sends a request lost to an interruption again
     * after its backoff, if its policy retries interruptions (then nothing is counted yet).
     */
    private void lost(long arrival, RetryPolicy.Attempt attempt, boolean interrupted) {
        if (attempt != null) {
            if (interrupted) {
                if (attempt.failed(RetrySpec.Cause.INTERRUPTED)) {
                    return;
                }
            } else {
                attempt.done();
            }
        }
        if (interrupted) {
            metrics.interrupted(arrival);
        } else {
            metrics.dropped(arrival);
        }
    }

    private long scaled(long demandMicros) {
        return speed == 1.0 ? demandMicros : Math.round(demandMicros / speed);
    }

    /** One request slot; it is its own completion event. */
    private final class Slot implements Event {
        long arrival;
        long deadline;
        long startTime;
        long demand;
        RetryPolicy.Attempt attempt;
        long handle = Scheduler.NO_HANDLE;

        void start(long arrivalTime, long demandMicros, long deadlineTime, RetryPolicy.Attempt a) {
            attempt = a;
            arrival = arrivalTime;
            deadline = deadlineTime;
            startTime = scheduler.now();
            demand = demandMicros;
            started++;
            metrics.serviceStarted(arrivalTime, scheduler.now());
            handle = scheduler.scheduleAfter(scaled(demandMicros), this);
        }

        @Override
        public void fire() {
            handle = Scheduler.NO_HANDLE;
            long now = scheduler.now();
            if (now > deadline) {
                stats.timedOut(arrival);
            } else {
                stats.served(arrival, now);
                if (jobs != null) {
                    jobs.completed();
                }
            }
            if (attempt != null) {
                attempt.done();
                attempt = null;
            }
            int left = 1;
            boolean restarted = false;
            while (!queue.isEmpty()) {
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
                    left++;
                    continue;
                }
                start(a, s, d, at);
                restarted = true;
                break;
            }
            if (!restarted) {
                idle[idleCount++] = this;
                metrics.busyChanged(owner, -1);
            }
            balancer.requestsLeft(owner, left);
        }
    }
}

package dev.fleetsim.models.workload;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.scenario.RetrySpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import umontreal.ssj.rng.RandomStream;

/**
 * A workload's client retries ({@link RetrySpec}). The workload sends each request as an
 * {@link Attempt}; a fleet that can report failures ({@link RequestSink#send}) calls
 * {@link Attempt#failed} instead of counting the failure, and the policy either schedules the
 * next attempt after the backoff (the request stays in the system, and its latency runs from the
 * first attempt) or tells the fleet to count the failure. Attempts are pooled: no allocation per
 * request in steady state. Backoff jitter draws from the workload's own stream
 * ({@code retry/WORKLOAD}).
 */
public final class RetryPolicy {
    private final Scheduler scheduler;
    private final RandomStream stream;
    private final int maxAttempts;
    private final long base;
    private final long cap;
    private final RetrySpec.Jitter jitter;
    private final Set<RetrySpec.Cause> causes;
    private RequestSink target;
    private final List<Attempt> free = new ArrayList<>();
    private long retries;

    private final RequestStats stats;

    public RetryPolicy(RetrySpec spec, Scheduler scheduler, RandomStream stream, RequestStats stats) {
        this.stats = stats;
        this.scheduler = scheduler;
        this.stream = stream;
        this.maxAttempts = spec.maxAttempts();
        this.base = spec.baseDelay().micros();
        this.cap = spec.maxDelay().micros();
        this.jitter = spec.jitter();
        this.causes = EnumSet.copyOf(spec.on());
    }

    void target(RequestSink sink) {
        this.target = sink;
    }

    /** Retries scheduled for measured requests (those arriving after the warm-up). */
    public long retries() {
        return retries;
    }

    /** Sends a new request now. */
    void send(long serviceMicros, long timeoutMicros) {
        Attempt a = free.isEmpty() ? new Attempt(this) : free.remove(free.size() - 1);
        a.firstArrival = scheduler.now();
        a.number = 1;
        a.serviceMicros = serviceMicros;
        a.timeoutMicros = timeoutMicros;
        target.send(a);
    }

    /** The backoff before attempt {@code next} (2, 3, …). */
    long backoff(int next) {
        long d = Math.min(cap, base << Math.min(next - 2, 40));
        return switch (jitter) {
            case FULL -> (long) (stream.nextDouble() * d);
            case EQUAL -> d / 2 + (long) (stream.nextDouble() * (d - d / 2));
            case NONE -> d;
        };
    }

    /**
     * One attempt of a request. Fleets read its fields, call {@link #failed} when it fails for a
     * retryable reason, and {@link #done} when it has an outcome (served, timed out, counted
     * failure), which returns it to the pool.
     */
    public static final class Attempt implements Event {
        private final RetryPolicy policy;
        private long firstArrival;
        private int number;
        private long serviceMicros;
        private long timeoutMicros;

        Attempt(RetryPolicy policy) {
            this.policy = policy;
        }

        /** When the request's first attempt was sent: its arrival for statistics and latency. */
        public long firstArrival() {
            return firstArrival;
        }

        /** 1 for the first attempt. */
        public int number() {
            return number;
        }

        public long serviceMicros() {
            return serviceMicros;
        }

        /** The client's timeout, measured from the first attempt. */
        public long timeoutMicros() {
            return timeoutMicros;
        }

        /**
         * This attempt failed for {@code cause}. Returns true if the request will be sent again
         * (the fleet must not count the failure); false if the fleet counts it now (the attempt
         * then goes back to the pool, so the fleet must not keep it).
         */
        public boolean failed(RetrySpec.Cause cause) {
            long now = policy.scheduler.now();
            if (!policy.causes.contains(cause) || number >= policy.maxAttempts) {
                done();
                return false;
            }
            long at = now + policy.backoff(number + 1);
            if (timeoutMicros != Workload.NO_TIMEOUT && at - firstArrival >= timeoutMicros) {
                done(); // the client gives up before the next attempt would go out
                return false;
            }
            number++;
            if (policy.stats.measured(firstArrival)) {
                policy.retries++;
            }
            policy.scheduler.scheduleAt(at, this);
            return true;
        }

        /** The request has its outcome: the attempt goes back to the pool. */
        public void done() {
            policy.free.add(this);
        }

        /** The backoff is over: send again. */
        @Override
        public void fire() {
            policy.target.send(this);
        }
    }
}

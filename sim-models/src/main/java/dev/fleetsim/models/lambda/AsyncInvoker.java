package dev.fleetsim.models.lambda;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scenario.LambdaAsyncSpec;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * Asynchronous invocation (aws-behaviour.md 4.5, M16): Lambda accepts the event at once (202) and
 * puts it on an internal queue. An event's first attempt comes after a dwell drawn uniformly in
 * [0, dwell]. A throttled attempt goes back on the queue and is retried after base × 2^k (capped,
 * ±jitter) until the event is {@code max_event_age} old; a function error is retried up to
 * {@code max_retry_attempts} times, the n-th retry n × {@code error_retry_delay} (±jitter) later.
 * An event out of age or retries goes to the dead-letter queue / on-failure destination (counted
 * {@code dead_lettered}) or is discarded; either way the request counts as dropped. With reserved
 * concurrency 0 events go there at once, without retries.
 *
 * <p>A request's latency is from acceptance to the end of its successful invocation. Queue age is
 * the age of an event when an attempt starts running (AsyncEventAge). An Invoke call over the
 * account's request-rate quota is refused with a 429 before anything is queued. Pending events are pooled
 * event objects: no allocation per event in steady state.
 */
final class AsyncInvoker {
    private final LambdaFunction function;
    private final Scheduler scheduler;
    private final RequestStats stats;
    private final RandomStream stream;
    private final LambdaAsyncSpec spec;
    private final long maxAge;
    private final boolean blocked;
    private final List<Pending> free = new ArrayList<>();

    private long ageCount;
    private double ageSumMicros;
    private long ageMaxMicros;
    private long deadLettered;
    private long discarded;
    private long throttleRetries;
    private long errorRetries;
    private long expired;
    private long queued;
    private long peakQueued;

    AsyncInvoker(LambdaFunction function, RandomStream stream) {
        this.function = function;
        this.scheduler = function.scheduler();
        this.stats = function.stats();
        this.stream = stream;
        this.spec = function.spec().async();
        this.maxAge = spec.maxEventAge().micros();
        Integer reserved = function.spec().reservedConcurrency();
        this.blocked = reserved != null && reserved == 0;
    }

    /** An event accepted now. */
    void arrive(long serviceMicros) {
        long now = scheduler.now();
        stats.arrived(now);
        if (!function.admitted(now)) {
            stats.throttled(now); // the Invoke call itself is refused (429): the event is never queued
            return;
        }
        Pending p = free.isEmpty() ? new Pending(this) : free.remove(free.size() - 1);
        p.arrival = now;
        p.service = serviceMicros;
        p.throttles = 0;
        p.errors = 0;
        queued++;
        peakQueued = Math.max(peakQueued, queued);
        if (blocked) {
            fail(p, false);
            return;
        }
        long dwell = spec.dwell().micros();
        scheduler.scheduleAt(now + (dwell == 0 ? 0 : (long) (stream.nextDouble() * dwell)), p);
    }

    /** An attempt of {@code p} is due now. */
    private void attempt(Pending p) {
        long now = scheduler.now();
        if (now - p.arrival >= maxAge) {
            fail(p, true);
            return;
        }
        Environment e = function.acquire(now);
        if (e == null) {
            if (measured(p)) {
                throttleRetries++;
            }
            long delay = Math.min(spec.throttleBackoffCap().micros(),
                    spec.throttleBackoffBase().micros() << Math.min(p.throttles, 40));
            p.throttles++;
            retryAt(p, now + jitter(delay, spec.throttleJitter().value()));
            return;
        }
        long age = now - p.arrival;
        if (measured(p)) {
            ageCount++;
            ageSumMicros += age;
            ageMaxMicros = Math.max(ageMaxMicros, age);
        }
        queued--;
        function.start(e, now, p.arrival, p.service, Long.MAX_VALUE, p);
    }

    /** The invocation of {@code p} ended, failed or not. */
    void finished(Pending p, boolean failed) {
        long now = scheduler.now();
        if (!failed) {
            stats.served(p.arrival, now);
            free.add(p);
            return;
        }
        queued++;
        if (p.errors >= spec.maxRetryAttempts()) {
            fail(p, false);
            return;
        }
        p.errors++;
        if (measured(p)) {
            errorRetries++;
        }
        retryAt(p, now + jitter(p.errors * spec.errorRetryDelay().micros(), spec.errorJitter().value()));
    }

    /** Schedules the next attempt, or the expiry at exactly the maximum age if that comes first. */
    private void retryAt(Pending p, long at) {
        // An event that failed after its maximum age is handled at once (and goes to the DLQ).
        scheduler.scheduleAt(Math.max(scheduler.now(), Math.min(at, p.arrival + maxAge)), p);
    }

    private long jitter(long delay, double fraction) {
        if (fraction == 0) {
            return delay;
        }
        return Math.max(0, Math.round(delay * (1 + fraction * (2 * stream.nextDouble() - 1))));
    }

    private void fail(Pending p, boolean tooOld) {
        queued--;
        if (measured(p)) {
            if (tooOld) {
                expired++;
            }
            if (spec.deadLetter()) {
                deadLettered++;
            } else {
                discarded++;
            }
        }
        stats.dropped(p.arrival);
        free.add(p);
    }

    private boolean measured(Pending p) {
        return stats.measured(p.arrival);
    }

    void report(ResultValues out, String fleet) {
        out.put(ageCount == 0 ? 0 : ageSumMicros / ageCount / 1000.0, "fleets", fleet, "async_mean_queue_age_ms");
        out.put(ageMaxMicros / 1000.0, "fleets", fleet, "async_max_queue_age_ms");
        out.put(peakQueued, "fleets", fleet, "async_peak_queued");
        out.put(throttleRetries, "fleets", fleet, "async_throttle_retries");
        out.put(errorRetries, "fleets", fleet, "async_error_retries");
        out.put(expired, "fleets", fleet, "async_expired");
        out.put(deadLettered, "fleets", fleet, "async_dead_lettered");
        out.put(discarded, "fleets", fleet, "async_discarded");
    }

    /** An accepted event not yet processed successfully: its own attempt event. */
    static final class Pending implements Event {
        private final AsyncInvoker owner;
        long arrival;
        long service;
        int throttles;
        int errors;

        Pending(AsyncInvoker owner) {
            this.owner = owner;
        }

        @Override
        public void fire() {
            owner.attempt(this);
        }
    }
}

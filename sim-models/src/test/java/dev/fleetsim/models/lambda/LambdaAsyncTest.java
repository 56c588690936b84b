package dev.fleetsim.models.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.results.ResultValues;
import org.junit.jupiter.api.Test;

/** Asynchronous invocation (aws-behaviour.md 4.5, M16) with jitter and dwell off, so times are exact. */
class LambdaAsyncTest {
    private static final String ASYNC = "invocation: async, timeout: 900s, init_duration: {type: constant, value: 0s}, "
            + "async: {dwell: 0s, throttle_jitter: 0, error_jitter: 0";

    @Test
    void throttledEventsAreRetriedWithDoublingBackoff() {
        // One environment (reserved 1), busy 10 s per event; three events at 0.
        LambdaHarness h = new LambdaHarness(ASYNC + "}, reserved_concurrency: 1");
        h.submit(0, 0, 3, SimTime.seconds(10));
        h.loop.runUntil(SimTime.seconds(100));
        // Event 1 starts at 0. Event 2 tries at 0, 1, 3, 7, 15 and starts at 15 (free since 10).
        // Event 3 tries at 0, 1, 3, 7, 15 (lost to event 2, which tried first), then 31: starts at 31.
        ResultValues r = h.results(0, SimTime.seconds(100));
        assertEquals(31_000, r.get("fleets", "f0", "async_max_queue_age_ms"), 1e-9);
        assertEquals((0 + 15_000 + 31_000) / 3.0, r.get("fleets", "f0", "async_mean_queue_age_ms"), 1e-9);
        assertEquals(9, r.get("fleets", "f0", "async_throttle_retries"));
        assertEquals(3, h.stats.served());
    }

    @Test
    void eventsOlderThanTheMaximumAgeGoToTheDeadLetterQueue() {
        LambdaHarness h = new LambdaHarness(ASYNC + ", max_event_age: 60s}, reserved_concurrency: 1");
        h.submit(0, 0, 2, SimTime.seconds(100));
        // The second event retries at 1, 3, 7, 15, 31 s; the next retry (63 s) is past its age: expired at exactly 60 s.
        h.loop.runUntil(SimTime.seconds(60) - 1);
        assertEquals(0, h.stats.dropped());
        h.loop.runUntil(SimTime.seconds(60));
        assertEquals(1, h.stats.dropped());
        ResultValues r = h.results(0, SimTime.seconds(60));
        assertEquals(1, r.get("fleets", "f0", "async_expired"));
        assertEquals(1, r.get("fleets", "f0", "async_dead_lettered"));
    }

    @Test
    void functionErrorsAreRetriedTwiceOneAndTwoMinutesLaterThenDeadLettered() {
        LambdaHarness h = new LambdaHarness(ASYNC + "}, error_probability: 1");
        h.submit(0, SimTime.seconds(1));
        // Attempt 1 runs 0–1 s; retry 1 at 1 + 60 = 61 s, runs to 62 s; retry 2 at 62 + 120 = 182 s.
        h.loop.runUntil(SimTime.seconds(61) - 1);
        assertEquals(0, h.fn().busyOnDemand());
        h.loop.runUntil(SimTime.seconds(61));
        assertEquals(1, h.fn().busyOnDemand());
        h.loop.runUntil(SimTime.seconds(182) - 1);
        assertEquals(0, h.fn().busyOnDemand());
        h.loop.runUntil(SimTime.seconds(182));
        assertEquals(1, h.fn().busyOnDemand());
        h.loop.runUntil(SimTime.seconds(183));
        assertEquals(1, h.stats.dropped(), "out of retries after the third attempt");
        ResultValues r = h.results(0, SimTime.seconds(200));
        assertEquals(3, r.get("fleets", "f0", "invocations"));
        assertEquals(2, r.get("fleets", "f0", "async_error_retries"));
        assertEquals(1, r.get("fleets", "f0", "async_dead_lettered"));
        assertEquals(3, r.get("fleets", "f0", "function_errors"));
    }

    @Test
    void reservedConcurrencyZeroSendsEventsStraightToTheDeadLetterQueue() {
        LambdaHarness h = new LambdaHarness(ASYNC + "}, reserved_concurrency: 0");
        h.submit(0, 0, 4, SimTime.seconds(1));
        h.loop.runUntil(1);
        assertEquals(4, h.stats.dropped());
        assertEquals(0, h.results(0, 1).get("fleets", "f0", "async_throttle_retries"));
    }
}

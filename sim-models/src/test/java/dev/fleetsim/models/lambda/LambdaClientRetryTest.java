package dev.fleetsim.models.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.scenario.RetrySpec;
import dev.fleetsim.models.scenario.units.SimDuration;
import dev.fleetsim.models.workload.RetryPolicy;
import dev.fleetsim.models.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Client retries of synchronous throttles (aws-behaviour.md 4.5: retrying is the caller's job). */
class LambdaClientRetryTest {

    /** One environment (reserved 1) busy 10 s; a second request at 0 retries with 1 s, 2 s, 4 s, 8 s backoff. */
    private static LambdaHarness blockedSecondRequest(int maxAttempts) {
        LambdaHarness h = new LambdaHarness("reserved_concurrency: 1, timeout: 60s, init_duration: {type: constant, value: 0s}");
        RetrySpec spec = new RetrySpec(maxAttempts, SimDuration.ofSeconds(1), SimDuration.ofSeconds(20), RetrySpec.Jitter.NONE, null);
        RetryPolicy retry = new RetryPolicy(spec, h.loop, new RandomStreams(1).stream("retry/w", 0), h.stats);
        Workload w = new Workload(() -> SimTime.seconds(10), h.fn(), Workload.NO_TIMEOUT, retry);
        h.loop.scheduleAt(0, w::arrival);
        h.loop.scheduleAt(0, w::arrival);
        return h;
    }

    @Test
    void aThrottledRequestIsRetriedAfterTheBackoffAndServedWhenCapacityFrees() {
        LambdaHarness h = blockedSecondRequest(5);
        h.loop.runUntil(SimTime.seconds(100));
        // Attempts at 0, 1, 3, 7 are throttled; the one at 15 s runs to 25 s; latency from the first attempt.
        assertEquals(2, h.stats.served());
        assertEquals(0, h.stats.throttled());
        assertEquals(SimTime.seconds(25), h.stats.latency().percentileMicros(100), SimTime.millis(25)); // HdrHistogram precision
        assertEquals(4, h.result(SimTime.seconds(100), "throttles"), "four throttled attempts");
        assertEquals(2, h.stats.total(), "a retried request is one request");
    }

    @Test
    void theRequestCountsAsThrottledWhenAttemptsRunOut() {
        LambdaHarness h = blockedSecondRequest(3);
        h.loop.runUntil(SimTime.seconds(100));
        // Attempts at 0, 1 and 3 s all throttled: the client gives up after the third.
        assertEquals(1, h.stats.served());
        assertEquals(1, h.stats.throttled());
        assertEquals(0, h.stats.inFlight());
    }

    @Test
    void retriesFromAScenarioCutThrottles() {
        String base = "name: r\nhorizon: 1h\nwarmup: 5m\nreplications: 2\nseed: 4\nworkloads:\n"
                + "  - name: w\n    arrivals: {type: poisson, rate: 30/s}\n    service_time: {type: exponential, mean: 1s}\n"
                + "    target: f\n";
        String fleets = "fleets:\n  - {name: f, type: lambda, account_concurrency: 30, timeout: 60s}\n";
        Report plain = LambdaHarness.run(base + fleets);
        Report retried = LambdaHarness.run(base + "    retry: {max_attempts: 4, base_delay: 200ms}\n" + fleets);
        double plainThrottled = plain.statistics().get(List.of("requests", "throttled")).mean();
        double retriedThrottled = retried.statistics().get(List.of("requests", "throttled")).mean();
        assertTrue(retriedThrottled < 0.7 * plainThrottled, retriedThrottled + " vs " + plainThrottled);
        assertTrue(retried.statistics().get(List.of("requests", "retries")).mean() > plainThrottled);
    }
}

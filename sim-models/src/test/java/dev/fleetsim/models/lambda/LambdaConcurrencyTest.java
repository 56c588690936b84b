package dev.fleetsim.models.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.SimTime;
import org.junit.jupiter.api.Test;

/** Concurrency limits (aws-behaviour.md 4.3) and the scaling rate (4.4, M15), checked by counting. */
class LambdaConcurrencyTest {
    private static final long LONG = SimTime.seconds(800); // outlives every check below
    private static final String BIG_ACCOUNT = "timeout: 900s, account_concurrency: 100000";

    @Test
    void scalingRateAddsAThousandAtOnceThenAHundredPerSecondToTheSecond() {
        LambdaHarness h = new LambdaHarness(BIG_ACCOUNT);
        for (int s = 0; s <= 20; s++) {
            h.submit(0, SimTime.seconds(s), 3000, LONG);
            h.submit(0, SimTime.seconds(s) + SimTime.millis(500), 3000, LONG);
        }
        for (int s = 0; s <= 20; s++) {
            h.loop.runUntil(SimTime.seconds(s) + 1);
            assertEquals(1000 + 100 * s, h.fn().alive(), "environments after the batch at " + s + " s");
            h.loop.runUntil(SimTime.seconds(s) + SimTime.millis(500) + 1);
            assertEquals(1000 + 100 * s + 50, h.fn().alive(), "environments after the batch at " + s + ".5 s");
        }
        // Every request the bucket refused was throttled for the scaling rate, none for concurrency.
        long submitted = 42 * 3000;
        assertEquals(submitted - (1000 + 100 * 20 + 50), h.result(SimTime.seconds(21), "throttles_scaling_rate"));
        assertEquals(0, h.result(SimTime.seconds(21), "throttles_account"));
        assertEquals(h.stats.throttled(), h.result(SimTime.seconds(21), "throttles"));
    }

    @Test
    void warmEnvironmentsNeedNoScalingAllowance() {
        LambdaHarness h = new LambdaHarness(BIG_ACCOUNT);
        h.submit(0, 0, 1000, SimTime.seconds(1)); // takes the whole bucket
        h.submit(0, SimTime.seconds(2), 1000, SimTime.seconds(1)); // 200 tokens refilled, 1000 warm environments
        h.loop.runUntil(SimTime.seconds(3));
        assertEquals(1000, h.fn().alive());
        assertEquals(0, h.stats.throttled());
    }

    @Test
    void legacyAccountBurstThenFiveHundredPerMinuteSharedByFunctions() {
        String legacy = BIG_ACCOUNT + ", scaling_rate: {mode: legacy-account}";
        LambdaHarness h = new LambdaHarness(legacy, legacy);
        h.submit(0, 0, 2000, LONG);
        h.submit(1, 0, 2000, LONG);       // 1,000 of these fit in the 3,000 burst
        h.submit(1, SimTime.seconds(60), 2000, LONG);
        h.loop.runUntil(SimTime.seconds(61));
        assertEquals(2000, h.functions.get(0).alive());
        assertEquals(1000 + 500, h.functions.get(1).alive());
    }

    @Test
    void reservedAndUnreservedLimitsAreNeverExceededAndAreReached() {
        // Account 1,000; f0 reserves 200 and is capped there; f1 and f2 share the other 800.
        LambdaHarness h = new LambdaHarness("reserved_concurrency: 200, timeout: 900s", "timeout: 900s", "timeout: 900s");
        umontreal.ssj.rng.MRG32k3a rng = new umontreal.ssj.rng.MRG32k3a();
        long t = 0;
        for (int i = 0; i < 60_000; i++) {
            t += 1 + (long) (rng.nextDouble() * 2_000);
            int f = rng.nextInt(0, 2); // inclusive: 0, 1 or 2
            h.submit(f, t, 1, SimTime.millis(1000 + rng.nextInt(0, 2000)));
        }
        int[] peak = new int[3];
        long end = t;
        // Probe every 997 µs (about every event): the caps must hold at each probe.
        for (long probe = 0; probe <= end + SimTime.seconds(2); probe += 997) {
            h.loop.runUntil(probe);
            for (int f = 0; f < 3; f++) {
                peak[f] = Math.max(peak[f], h.functions.get(f).busyOnDemand());
            }
            assertTrue(h.functions.get(0).busyOnDemand() <= 200, "reserved cap");
            assertTrue(h.functions.get(1).busyOnDemand() + h.functions.get(2).busyOnDemand() <= 800, "unreserved pool");
        }
        assertTrue(h.account.peakUnreservedInUse() == 800, "the unreserved pool was filled: " + h.account.peakUnreservedInUse());
        assertTrue(peak[0] == 200, "the reservation was filled: " + peak[0]);
        long end2 = end + SimTime.seconds(2);
        assertTrue(h.results(0, end2).get("fleets", "f0", "throttles_reserved") > 0);
        assertTrue(h.results(1, end2).get("fleets", "f1", "throttles_account") > 0);
        assertEquals(200, h.results(0, end2).get("fleets", "f0", "peak_concurrency"));
    }

    @Test
    void reservedConcurrencyZeroThrottlesEverything() {
        LambdaHarness h = new LambdaHarness("reserved_concurrency: 0");
        h.submit(0, 0, 5, SimTime.millis(10));
        h.loop.runUntil(SimTime.seconds(1));
        assertEquals(5, h.stats.throttled());
        assertEquals(0, h.fn().alive());
    }

    @Test
    void requestRateQuotaIsTenTimesTheConcurrencyQuotaPerSecond() {
        // Quota 10: 100 Invoke requests per second. 150 at once: 50 refused for the request rate; of
        // the 100 admitted, 10 run and 90 find no concurrency. Half a second later 50 more are admitted.
        LambdaHarness h = new LambdaHarness("account_concurrency: 10, timeout: 900s");
        h.submit(0, 0, 150, SimTime.seconds(100));
        h.submit(0, SimTime.millis(500), 60, SimTime.seconds(100));
        h.loop.runUntil(SimTime.seconds(1));
        var r = h.results(0, SimTime.seconds(1));
        assertEquals(50 + 10, r.get("fleets", "f0", "throttles_request_rate"));
        assertEquals(90 + 50, r.get("fleets", "f0", "throttles_account"));
        assertEquals(210 - 10, h.stats.throttled());
    }
}

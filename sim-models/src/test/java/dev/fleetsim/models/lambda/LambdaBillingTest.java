package dev.fleetsim.models.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.results.ResultValues;
import org.junit.jupiter.api.Test;

/**
 * Cost against aws-behaviour.md 4.8, computed by hand: $0.20 per million requests; duration per
 * GB-s (x86 $0.0000166667, arm64 $0.0000133334) on each invocation's time rounded up to 1 ms,
 * INIT included; provisioned concurrency $0.0000041667 per GB-s configured and $0.0000097222 per
 * GB-s run.
 */
class LambdaBillingTest {
    private static final double EPS = 1e-15;

    /** Three invocations on 512 MB: cold 200 ms INIT + 100.2 ms, then 50 ms and 1 µs warm. */
    private static ResultValues threeInvocations(String extra) {
        LambdaHarness h = new LambdaHarness("memory: 512MB, init_duration: {type: constant, value: 200ms}" + extra);
        h.submit(0, 100_200);
        h.submit(SimTime.seconds(1), SimTime.millis(50));
        h.submit(SimTime.seconds(2), 1);
        h.loop.runUntil(SimTime.seconds(3));
        return h.results(0, SimTime.seconds(3));
    }

    @Test
    void onDemandX86WithInitBilled() {
        ResultValues r = threeInvocations("");
        // billed: ceil(300.2 ms) = 301 ms, 50 ms, ceil(0.001 ms) = 1 ms: 352 ms × 0.5 GB = 0.176 GB-s.
        assertEquals(0.176 * 0.0000166667, r.get("fleets", "f0", "cost_duration_usd"), EPS);
        assertEquals(3 * 0.0000002, r.get("fleets", "f0", "cost_requests_usd"), EPS);
        assertEquals(0.176 * 0.0000166667 + 3 * 0.0000002, r.get("fleets", "f0", "cost_usd"), EPS);
    }

    @Test
    void arm64Price() {
        ResultValues r = threeInvocations(", architecture: arm64");
        assertEquals(0.176 * 0.0000133334, r.get("fleets", "f0", "cost_duration_usd"), EPS);
    }

    @Test
    void initNotBilledWhenTurnedOff() {
        ResultValues r = threeInvocations(", bill_init: false");
        // ceil(100.2) = 101 ms + 50 + 1 = 152 ms × 0.5 GB.
        assertEquals(0.076 * 0.0000166667, r.get("fleets", "f0", "cost_duration_usd"), EPS);
    }

    @Test
    void freeTierIsProratedToTheWindow() {
        ResultValues r = threeInvocations(", free_tier: true");
        // 3 s of a 730-hour month: 1,000,000 × 3 / 2,628,000 = 1.14 free requests and 0.457 free GB-s
        // (more than the 0.176 used), so only 3 − 1.14 requests are paid.
        double month = 730 * 3600.0;
        assertEquals(0, r.get("fleets", "f0", "cost_duration_usd"), EPS);
        assertEquals((3 - 1e6 * 3 / month) * 0.0000002, r.get("fleets", "f0", "cost_usd"), EPS);
    }

    @Test
    void provisionedConcurrencyConfiguredAndRunPrices() {
        LambdaHarness h = new LambdaHarness("memory: 1024MB, provisioned_concurrency: {count: 2}");
        h.submit(SimTime.seconds(10), SimTime.millis(100));
        h.loop.runUntil(SimTime.seconds(3600));
        ResultValues r = h.results(0, SimTime.seconds(3600));
        // 2 environments × 1 GB × 3,600 s configured; 0.1 GB-s run on a provisioned environment.
        assertEquals(2 * 3600 * 0.0000041667, r.get("fleets", "f0", "cost_provisioned_configured_usd"), 1e-12);
        assertEquals(0.1 * 0.0000097222, r.get("fleets", "f0", "cost_provisioned_duration_usd"), EPS);
        assertEquals(0, r.get("fleets", "f0", "cost_duration_usd"), EPS);
        assertEquals(0.0000002, r.get("fleets", "f0", "cost_requests_usd"), EPS);
    }

    @Test
    void provisionedConcurrencyIsBilledInFiveMinuteBlocksFromEnableToDisable() {
        LambdaHarness h = new LambdaHarness("memory: 1024MB, provisioned_concurrency: {count: 2}");
        h.loop.scheduleAt(SimTime.seconds(7 * 60), () -> h.fn().provisionedTarget().setDesiredCapacity(0, "test", "disable"));
        h.loop.runUntil(SimTime.seconds(20 * 60));
        ResultValues r = h.results(0, SimTime.seconds(20 * 60));
        // Enabled 7 minutes, billed 10: 2 environments × 1 GB × 600 s.
        assertEquals(2 * 600 * 0.0000041667, r.get("fleets", "f0", "cost_provisioned_configured_usd"), 1e-15);
    }

    @Test
    void snapStartOnPythonPaysRestorePerGbAndCachePerGbSecond() {
        LambdaHarness h = new LambdaHarness("memory: 1024MB, runtime: python, snap_start: true");
        h.submit(0, SimTime.millis(10));            // one cold start: one restore
        h.submit(SimTime.seconds(50), SimTime.millis(10)); // warm
        h.loop.runUntil(SimTime.seconds(100));
        ResultValues r = h.results(0, SimTime.seconds(100));
        // 1 GB restored once; 1 GB cached for the 100 s window (aws-behaviour.md 4.7, MEM prices).
        assertEquals(0.0001397998 + 100 * 0.0000015046, r.get("fleets", "f0", "cost_snapstart_usd"), 1e-15);
        assertEquals(1, r.get("fleets", "f0", "cold_starts"));
    }

    @Test
    void durationPastTheFirstMonthlyTierIsPricedAtTheSecond() {
        // A 3 s window is 3 / 2,628,000 of a 730-hour month: the 6 billion GB-s first tier shrinks to
        // 6,849.3 GB-s. One 800 s invocation at 10 GB (8,000 GB-s) crosses it.
        LambdaHarness h = new LambdaHarness("memory: 10240MB, timeout: 900s, init_duration: {type: constant, value: 0s}");
        h.submit(0, SimTime.seconds(800));
        h.loop.runUntil(SimTime.seconds(3));
        ResultValues r = h.results(0, SimTime.seconds(3));
        double tier1 = 6e9 * 3 / (730 * 3600.0);
        assertEquals(tier1 * 0.0000166667 + (8000 - tier1) * 0.0000150000, r.get("fleets", "f0", "cost_duration_usd"), 1e-12);
    }
}

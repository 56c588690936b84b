package dev.fleetsim.models.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.core.kernel.SimTime;
import org.junit.jupiter.api.Test;

/** Execution environments (aws-behaviour.md 4.1, 4.2, 4.6; M14): reuse order, idle reclaim, lifetimes. */
class LambdaEnvironmentTest {
    private static final String FIXED_INIT = "init_duration: {type: constant, value: 200ms}";

    /** Three environments become idle at 1 s, 2 s and 3 s; a request at 4 s takes one of them. */
    private static long reusedAfterStaggeredIdle(String reuse) {
        LambdaHarness h = new LambdaHarness(FIXED_INIT + ", reuse: " + reuse);
        h.submit(0, 0, 1, SimTime.seconds(1));  // environment 0, idle from 1.2 s
        h.submit(0, 0, 1, SimTime.seconds(2));  // environment 1, idle from 2.2 s
        h.submit(0, 0, 1, SimTime.seconds(3));  // environment 2, idle from 3.2 s
        h.submit(SimTime.seconds(4), SimTime.millis(10));
        h.loop.runUntil(SimTime.seconds(5));
        assertEquals(3, h.fn().alive());
        return h.fn().lastStartedId;
    }

    @Test
    void mostRecentlyUsedIdleEnvironmentServesNextByDefault() {
        assertEquals(2, reusedAfterStaggeredIdle("most-recent"));
    }

    @Test
    void leastRecentlyUsedWhenChosen() {
        assertEquals(0, reusedAfterStaggeredIdle("least-recent"));
    }

    @Test
    void idleEnvironmentIsReclaimedExactlyTenMinutesAfterItsLastInvocation() {
        LambdaHarness h = new LambdaHarness(FIXED_INIT);
        h.submit(0, SimTime.seconds(1));                 // busy 0 – 1.2 s
        long idleFrom = SimTime.millis(1200);
        h.loop.runUntil(idleFrom + SimTime.seconds(600) - 1);
        assertEquals(1, h.fn().alive());
        h.loop.runUntil(idleFrom + SimTime.seconds(600));
        assertEquals(0, h.fn().alive());
        h.submit(SimTime.seconds(700), SimTime.seconds(1));  // a new cold start
        h.loop.runUntil(SimTime.seconds(800));
        assertEquals(2, h.result(SimTime.seconds(800), "cold_starts"));
    }

    @Test
    void reuseBeforeTheIdleLifetimeEndsIsWarmAndRestartsTheClock() {
        LambdaHarness h = new LambdaHarness(FIXED_INIT);
        for (int m = 0; m <= 50; m += 9) {   // every 9 minutes: always inside the 10-minute idle lifetime
            h.submit(SimTime.seconds(60L * m), SimTime.seconds(1));
        }
        h.loop.runUntil(SimTime.seconds(3600));
        assertEquals(1, h.result(SimTime.seconds(3600), "cold_starts"));
        assertEquals(1, h.result(SimTime.seconds(3600), "environments_created"));
    }

    @Test
    void maximumLifetimeRecyclesAnEnvironmentInUse() {
        // Used every 5 minutes, so never idle for 10, but recycled once idle past its 28-minute age.
        LambdaHarness h = new LambdaHarness(FIXED_INIT + ", max_lifetime: 28m");
        for (int m = 0; m <= 55; m += 5) {
            h.submit(SimTime.seconds(60L * m + 30), SimTime.seconds(1));
        }
        long recycle = SimTime.seconds(30 + 28 * 60); // born at 0:30
        h.loop.runUntil(recycle - 1);
        assertEquals(1, h.fn().alive());
        h.loop.runUntil(recycle);
        assertEquals(0, h.fn().alive(), "recycled at exactly 28 minutes of age");
        h.loop.runUntil(SimTime.seconds(3600));
        // Environments born at 0:30 and 30:30 (the request after the recycle is cold).
        assertEquals(2, h.result(SimTime.seconds(3600), "cold_starts"));
    }

    @Test
    void provisionedEnvironmentsNeverColdStartAndTheOverflowSpillsToOnDemand() {
        LambdaHarness h = new LambdaHarness(FIXED_INIT + ", provisioned_concurrency: {count: 10}");
        for (int s = 0; s < 100; s++) {
            h.submit(0, SimTime.seconds(s), 10, SimTime.millis(500)); // exactly the provisioned 10 at once
        }
        h.loop.runUntil(SimTime.seconds(100));
        assertEquals(0, h.fn().alive() - 10, "no environment beyond the provisioned ones");
        h.submit(0, SimTime.seconds(100), 15, SimTime.millis(500));
        h.loop.runUntil(SimTime.seconds(101));
        var r = h.results(0, SimTime.seconds(101));
        assertEquals(5, r.get("fleets", "f0", "cold_starts"), "only the five that spill to new on-demand environments");
        assertEquals(1015, r.get("fleets", "f0", "invocations"));
        assertEquals(15, r.get("fleets", "f0", "peak_concurrency"));
    }

    @Test
    void provisionedAllocationWaitsItsDelayThenAddsAtTheAllocationRate() {
        LambdaHarness h = new LambdaHarness(FIXED_INIT + ", provisioned_concurrency: {count: 100, ready_at_start: false, "
                + "allocation_delay: {type: constant, value: 90s}, allocation_rate: 60/min}");
        // One environment per second from 90 s; each is ready 200 ms (INIT) after it is added.
        h.loop.runUntil(SimTime.seconds(90) - 1);
        assertEquals(0, h.fn().alive());
        h.loop.runUntil(SimTime.seconds(99) + SimTime.millis(200));
        assertEquals(10, h.fn().provisionedIdle.size());
        assertEquals(10, h.fn().alive());
    }

    @Test
    void legacyAllocationAddsItsBurstAtOnceThenFollowsTheRate() {
        LambdaHarness h = new LambdaHarness(FIXED_INIT + ", account_concurrency: 5000, provisioned_concurrency: "
                + "{count: 3600, ready_at_start: false, allocation_delay: {type: constant, value: 60s}, "
                + "allocation_burst: 3000, allocation_rate: 500/min}");
        h.loop.runUntil(SimTime.seconds(60) - 1);
        assertEquals(0, h.fn().alive());
        h.loop.runUntil(SimTime.seconds(60));
        assertEquals(3000, h.fn().alive(), "the burst at once");
        h.loop.runUntil(SimTime.seconds(120));
        assertEquals(3500, h.fn().alive(), "then 500 a minute (one every 120 ms)");
        h.loop.runUntil(SimTime.seconds(600));
        assertEquals(3600, h.fn().alive(), "up to the configured level");
    }

    @Test
    void anInvocationPastTheFunctionTimeoutFailsAndResetsItsEnvironment() {
        LambdaHarness h = new LambdaHarness(FIXED_INIT + ", timeout: 2s");
        h.submit(0, SimTime.seconds(5));
        h.loop.runUntil(SimTime.millis(2200) - 1);
        assertEquals(1, h.fn().alive());
        h.loop.runUntil(SimTime.millis(2200));
        assertEquals(0, h.fn().alive(), "the timed-out environment is reset at init + timeout");
        assertEquals(1, h.stats.timedOut());
        assertEquals(1, h.result(SimTime.seconds(3), "function_timeouts"));
    }

    @Test
    void anInitOverTenSecondsIsCutAtTenAndRunAgainInsideTheInvocation() {
        // 4.1: on-demand INIT is capped at 10 s; past it, INIT is retried inside the first
        // invocation, bound by the function timeout. INIT 12 s, work 1 s: the environment is
        // busy 10 s (INIT phase) + 12 s (INIT again) + 1 s = 23 s.
        LambdaHarness h = new LambdaHarness("init_duration: {type: constant, value: 12s}, timeout: 60s");
        h.submit(0, SimTime.seconds(1));
        h.loop.runUntil(SimTime.seconds(23) - 1);
        assertEquals(0, h.stats.served());
        h.loop.runUntil(SimTime.seconds(23));
        assertEquals(1, h.stats.served());
        assertEquals(SimTime.seconds(23), h.stats.latency().maxMicros(), SimTime.seconds(23) * 0.001);
        // The retried INIT counts against the timeout: 12 s + 1 s of work past a 10 s timeout fails.
        LambdaHarness short10 = new LambdaHarness("init_duration: {type: constant, value: 12s}, timeout: 10s");
        short10.submit(0, SimTime.seconds(1));
        short10.loop.runUntil(SimTime.seconds(60));
        assertEquals(0, short10.stats.served());
        assertEquals(1, short10.stats.timedOut());
    }

    @Test
    void provisionedEnvironmentsAreRecycledWithABackgroundInitWhenIdleOrWhenTheirInvocationEnds() {
        LambdaHarness h = new LambdaHarness(FIXED_INIT + ", timeout: 900s, provisioned_concurrency: "
                + "{count: 5, recycle_after: {type: constant, value: 1h}}");
        h.submit(SimTime.seconds(3500), SimTime.seconds(800)); // busy 3,500 s – 4,300 s, across its recycling
        h.loop.runUntil(SimTime.seconds(3600) + SimTime.millis(100));
        assertEquals(0, h.fn().provisionedIdle.size(), "the four idle ones are re-running INIT");
        h.loop.runUntil(SimTime.seconds(3600) + SimTime.millis(200));
        assertEquals(4, h.fn().provisionedIdle.size());
        h.loop.runUntil(SimTime.seconds(4300) + SimTime.millis(200));
        assertEquals(5, h.fn().provisionedIdle.size(), "the busy one was recycled when it finished");
        var r = h.results(0, SimTime.seconds(4400));
        assertEquals(5, r.get("fleets", "f0", "provisioned_recycles"));
        assertEquals(0, r.get("fleets", "f0", "cold_starts"), "recycling never puts INIT on the request path");
        // Billed: 5 × 200 ms of INIT + the 800 s invocation at the provisioned duration price, 128 MB.
        assertEquals((5 * 0.2 + 800) * 0.125 * 0.0000097222, r.get("fleets", "f0", "cost_provisioned_duration_usd"), 1e-15);
    }
}

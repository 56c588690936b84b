package dev.fleetsim.models.workload;

import static dev.fleetsim.models.workload.ArrivalTestSupport.assertWithin;
import static dev.fleetsim.models.workload.ArrivalTestSupport.count;
import static dev.fleetsim.models.workload.ArrivalTestSupport.spec;
import static dev.fleetsim.models.workload.ArrivalTestSupport.times;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The long-run rate of an MMPP is the stationary mix Σ π_i λ_i. Its count over a long time T is
 * not Poisson: Var N(T) ≈ T·(λ̄ + 2·Σ π_i (λ_i − λ̄) g_i), where g solves Q g = −(λ − λ̄) with
 * π·g = 0 (Q the chain's generator). For two states leaving at rates r1, r2 this is
 * T·(λ̄ + 2(λ1 − λ2)² r1 r2/(r1 + r2)³). Counts are checked within 4 such standard deviations.
 */
class MmppArrivalsTest {

    @Test
    void twoStateLongRunRateIsTheStationaryMix() {
        // 100/s for 1 s on average, 20/s for 3 s: π = (1/4, 3/4), λ̄ = 25 + 15 = 40/s.
        // r1 = 1, r2 = 1/3: variance per second 40 + 2·80²·(1/3)/(4/3)³ = 40 + 1800 = 1840.
        long seconds = 20_000;
        long[] t = times(spec("{type: mmpp, states: [{rate: 100/s, mean_sojourn: 1s}, {rate: 20/s, mean_sojourn: 3s}]}"),
                1, SimTime.seconds(seconds));
        assertWithin(40.0 * seconds, Math.sqrt(1840.0 * seconds), 4, t.length, "arrivals");
    }

    @Test
    void onOffIsBursty() {
        // On at 200/s for 2 s, off for 8 s: λ̄ = 40/s; counts per second are 0 most of the time
        // (off 80% of the time) and about 200 in the bursts.
        long[] t = times(spec("{type: mmpp, states: [{rate: 200/s, mean_sojourn: 2s}, {rate: 0/s, mean_sojourn: 8s}]}"),
                2, SimTime.seconds(10_000));
        // r1 = 1/2, r2 = 1/8: variance per second 40 + 2·200²·(1/16)/(5/8)³ = 40 + 20,480.
        assertWithin(40.0 * 10_000, Math.sqrt(20_520.0 * 10_000), 4, t.length, "arrivals");
        int empty = 0;
        for (int s = 0; s < 10_000; s++) {
            if (count(t, SimTime.seconds(s), SimTime.seconds(s + 1)) == 0) empty++;
        }
        // A second is empty only if the chain is off throughout: well over half of them.
        assertTrue(empty > 5_000, "empty seconds: " + empty);
    }

    @Test
    void threeStatesWithATransitionMatrix() {
        // Sojourns 0.1, 0.2, 0.3 s; jumps 0→1, 1→0 or 1→2 with probability 1/2 each, 2→0.
        // Jump chain ν ∝ (1, 1, 1/2); π ∝ ν·m ∝ (1, 2, 1.5) → (2/9, 4/9, 1/3).
        // Rates (10, 40, 0)/s: λ̄ = 20/9 + 160/9 = 20/s. Solving Q g = −(λ − λ̄) by hand (time in
        // units of 0.1 s) gives Σ π_i (λ_i − λ̄) g_i = 4400/9 per unit, so the variance per second is
        // 20 + 2 · 4400/9 · 0.1 ≈ 117.8.
        double[] pi = MarkovModulatedRate.stationary(new double[][] {{0, 1, 0}, {0.5, 0, 0.5}, {1, 0, 0}},
                new double[] {1, 2, 3});
        assertArrayEquals(new double[] {2 / 9.0, 4 / 9.0, 1 / 3.0}, pi, 1e-12);
        long seconds = 20_000;
        long[] t = times(spec("{type: mmpp, states: [{rate: 10/s, mean_sojourn: 100ms}, {rate: 40/s, mean_sojourn: 200ms},"
                + " {rate: 0/s, mean_sojourn: 300ms}], transitions: [[0, 1, 0], [0.5, 0, 0.5], [1, 0, 0]]}"),
                3, SimTime.seconds(seconds));
        assertWithin(20.0 * seconds, Math.sqrt((20 + 2 * 4400 / 9.0 * 0.1) * seconds), 4, t.length, "arrivals");
    }

    @Test
    void theChainMovesOnlyAlongAllowedJumps() {
        // A cycle 0 → 1 → 2 → 0: every state change must follow it.
        MarkovModulatedRate rate = new MarkovModulatedRate(new double[] {1, 2, 3}, new long[] {1000, 1000, 1000},
                new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}, new RandomStreams(4).stream("arrivals/test", 0));
        rate.seek(0);
        int previous = rate.state();
        int changes = 0;
        // Visit every switch time, as the thinning engine does.
        for (long t = rate.windowEnd(); changes < 1000; t = rate.windowEnd()) {
            rate.seek(t);
            assertEquals((previous + 1) % 3, rate.state(), "jump from " + previous);
            assertEquals(rate.state() + 1.0, rate.ceiling());
            assertTrue(rate.windowEnd() > t);
            previous = rate.state();
            changes++;
        }
        assertEquals(2.0, new MarkovModulatedRate(new double[] {1, 2, 3}, new long[] {1000, 1000, 1000},
                new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}, new RandomStreams(4).stream("x", 0)).meanRate(), 1e-12);
    }

    @Test
    void sameSeedSameTimes() {
        String s = "{type: mmpp, states: [{rate: 100/s, mean_sojourn: 1s}, {rate: 1/s, mean_sojourn: 5s}]}";
        assertArrayEquals(times(spec(s), 7, SimTime.seconds(600)), times(spec(s), 7, SimTime.seconds(600)));
    }
}

package dev.fleetsim.models.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Lambda model against queueing theory. With no limit in play, every request gets its own
 * environment at once: the busy environments are the M/G/∞ system, whose mean is λ·E[S]. With
 * the account limit as the only constraint and INIT set to zero (a new environment is as fast as
 * a warm one), a throttled request is lost: M/M/c/c, whose loss probability is Erlang B.
 */
class LambdaQueueingTheoryTest {

    private static String scenario(String rate, String meanService, String horizon, int reps, String fleet) {
        return "name: q\nhorizon: " + horizon + "\nwarmup: 10m\nreplications: " + reps + "\nseed: 20261126\n"
                + "workloads:\n  - {name: w, arrivals: {type: poisson, rate: " + rate + "}, "
                + "service_time: {type: exponential, mean: " + meanService + "}, target: f}\n"
                + "fleets:\n  - {name: f, type: lambda, timeout: 900s, init_duration: {type: constant, value: 0s}" + fleet + "}\n";
    }

    /** Erlang B by its stable recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)). */
    static double erlangB(double a, int c) {
        double b = 1;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    @Test
    void busyEnvironmentsAverageLambdaTimesMeanDuration() {
        // λ = 50/s, E[S] = 200 ms: λ·E[S] = 10 busy environments on average.
        Report r = LambdaHarness.run(scenario("50/s", "200ms", "3h", 4, ""));
        Summary busy = r.statistics().get(List.of("fleets", "f", "mean_concurrency"));
        assertTrue(busy.ci95Low() <= 10 && 10 <= busy.ci95High(), "mean busy " + busy.mean() + " CI [" + busy.ci95Low()
                + ", " + busy.ci95High() + "] should cover 10");
        assertTrue(busy.ci95High() - busy.ci95Low() < 0.2, "interval too wide to mean anything: " + busy);
        assertEquals(0, r.statistics().get(List.of("requests", "throttled")).mean());
    }

    @Test
    void throttlingAtTheAccountLimitMatchesErlangB() {
        // c = 20, a = λ·E[S] = 15 erlangs: Erlang B = 0.0456.
        double expected = erlangB(15, 20);
        Report r = LambdaHarness.run(scenario("15/s", "1s", "6h", 4, ", account_concurrency: 20"));
        Summary throttled = r.statistics().get(List.of("requests", "throttled"));
        Summary total = r.statistics().get(List.of("requests", "total"));
        double ratio = throttled.mean() / total.mean();
        System.out.printf("Erlang B check: c=20, a=15: simulated throttle ratio %.5f, Erlang B %.5f (%.2f%% off)%n",
                ratio, expected, 100 * (ratio / expected - 1));
        assertEquals(expected, ratio, 0.03 * expected, "throttle ratio vs Erlang B " + expected);
        // Every throttle was for the account's concurrency, none for the scaling rate.
        assertEquals(throttled.mean(), r.statistics().get(List.of("fleets", "f", "throttles_account")).mean(), 1e-9);
        assertEquals(20, r.statistics().get(List.of("fleets", "f", "peak_concurrency")).max());
    }
}

package dev.fleetsim.models.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.scenario.ArrivalsSpec;
import dev.fleetsim.models.scenario.DistributionSpec;
import dev.fleetsim.models.scenario.FleetSpec;
import dev.fleetsim.models.scenario.ScenarioSpec;
import dev.fleetsim.models.scenario.WorkloadSpec;
import dev.fleetsim.models.scenario.units.Rate;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixed pool with Poisson arrivals and exponential service is the M/M/c queue, whose mean
 * wait and probability of waiting are known exactly (Erlang C). The simulation must agree within
 * its own 95% interval, and the interval must be tight (under 5% of the value) for the check to
 * mean anything.
 */
class ErlangCValidationTest {

    /** Erlang C: probability that an arrival has to wait in M/M/c. */
    static double erlangC(double lambda, double mu, int c) {
        double a = lambda / mu;
        double rho = a / c;
        double term = 1; // a^k / k!
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term / (1 - rho); // a^c / c! / (1 - rho)
        return top / (sum + top);
    }

    @ParameterizedTest(name = "lambda={0}/s mu=1/{1}ms c={2}")
    @CsvSource({
        // lambda/s, mean service ms, servers, horizon s, replications   (rho)
        "8,    100, 1,  40000, 20",   // 0.80, M/M/1
        "30,   100, 4,  12000, 20",   // 0.75
        "90,   100, 10, 20000, 20",   // 0.90
    })
    void meanWaitAndWaitProbabilityMatchErlangC(double lambda, long serviceMs, int servers, long horizonS, int reps) {
        double mu = 1000.0 / serviceMs;
        double pWait = erlangC(lambda, mu, servers);
        double meanWaitMs = 1000.0 * pWait / (servers * mu - lambda);

        ScenarioSpec spec = new ScenarioSpec("mmc", SimDuration.ofSeconds(horizonS),
                SimDuration.ofSeconds(horizonS / 20), reps, 20261125L,
                List.of(new WorkloadSpec("jobs", new ArrivalsSpec.Poisson(new Rate(lambda)),
                        new DistributionSpec.Exponential(SimDuration.ofMillis(serviceMs)), "pool", null)),
                List.of(new FleetSpec.FixedPool("pool", servers, null)), null, null, null, null);
        Report report = new ScenarioRunner(2).run(spec, ProgressListener.NONE);

        Summary wait = report.statistics().get(List.of("fleets", "pool", "mean_wait_ms"));
        Summary prob = report.statistics().get(List.of("fleets", "pool", "wait_probability"));
        assertTight("mean wait", wait);
        assertTight("P(wait > 0)", prob);
        assertTrue(wait.intervalContains(meanWaitMs),
                () -> "Erlang C mean wait " + meanWaitMs + " ms outside " + interval(wait));
        assertTrue(prob.intervalContains(pWait),
                () -> "Erlang C P(wait) " + pWait + " outside " + interval(prob));
        // Latency = wait + service, so the mean latency must match too.
        Summary latency = report.statistics().get(List.of("latency_ms", "mean"));
        assertTrue(latency.intervalContains(meanWaitMs + serviceMs),
                () -> "mean latency " + interval(latency) + " vs " + (meanWaitMs + serviceMs));
    }

    private static void assertTight(String what, Summary s) {
        assertTrue(s.halfWidth() < 0.05 * s.mean(), () -> what + " interval too wide: " + interval(s));
    }

    private static String interval(Summary s) {
        return String.format("%.4f [%.4f, %.4f]", s.mean(), s.ci95Low(), s.ci95High());
    }
}

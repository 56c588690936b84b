package dev.fleetsim.models.distribution;

import java.nio.file.Path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.scenario.DistributionSpec;
import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Distribution specs written in YAML: binding, and one-line errors at the offending field. */
class DistributionValidationTest {
    private static final String SCENARIO = """
            name: t
            horizon: 1h
            workloads:
              - name: web
                arrivals: {type: poisson, rate: 5/s}
                service_time: SPEC
                target: pool
            fleets: [{name: pool, type: fixed-pool, servers: 1}]
            """;

    private static DistributionSpec load(String spec) {
        return new ScenarioLoader().load("s.yaml", SCENARIO.replace("SPEC", spec)).workloads().get(0).serviceTime();
    }

    private static String fail(String spec) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().load("s.yaml", SCENARIO.replace("SPEC", spec)));
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void everyTypeBinds() {
        assertEquals(0.040, load("{type: exponential, mean: 40ms}").meanSeconds(), 1e-15);
        assertEquals(0.040, load("{type: constant, value: 40ms}").meanSeconds(), 1e-15);
        assertEquals(0.040, load("{type: lognormal, mean: 40ms, cv: 1.5}").meanSeconds(), 1e-12);
        assertEquals(0.040, load("{type: lognormal, mean: 40ms, cv: 2, max: 10s}").meanSeconds(), 1e-3);
        assertEquals(0.030, ((DistributionSpec.Lognormal) load("{type: lognormal, median: 30ms, p99: 400ms}")).median().seconds());
        assertEquals(0.040, load("{type: gamma, mean: 40ms, cv: 0.5}").meanSeconds(), 1e-12);
        assertEquals(0.040, load("{type: gamma, shape: 4, scale: 10ms}").meanSeconds(), 1e-12);
        assertEquals(0.100, load("{type: weibull, shape: 1, scale: 100ms}").meanSeconds(), 1e-12);
        assertEquals(0.100, load("{type: weibull, shape: 1.5, mean: 100ms}").meanSeconds(), 1e-12);
        assertEquals(0.030, load("{type: uniform, min: 10ms, max: 50ms}").meanSeconds(), 1e-15);
        String csv = "src/test/resources/distributions/service-ms.csv"; // tests run in the module directory
        assertEquals(new DistributionSpec.Empirical(Path.of(csv)), load("{type: empirical, file: " + csv + "}"));
        assertTrue(assertThrows(ScenarioException.class, () -> load("{type: empirical, file: data/none.csv}")).getMessage()
                .endsWith("workloads[0].service_time.file: expected a CSV file of durations, found no file at data/none.csv"));
    }

    @Test
    void lognormalTakesExactlyOneOfItsTwoParametrisations() {
        assertEquals("s.yaml:6:58: workloads[0].service_time.median: expected either mean and cv, or median and p99, "
                + "found mean, cv and median", fail("{type: lognormal, mean: 40ms, cv: 1.5, median: 30ms}"));
        assertEquals("s.yaml:6:5: workloads[0].service_time: expected either mean and cv, or median and p99, "
                + "found neither", fail("{type: lognormal}"));
        assertEquals("s.yaml:6:5: workloads[0].service_time.cv: expected the coefficient of variation cv, "
                + "a number > 0 like 1.5, found nothing", fail("{type: lognormal, mean: 40ms}"));
        assertEquals("s.yaml:6:51: workloads[0].service_time.p99: expected a p99 above the median (30ms), found 20ms",
                fail("{type: lognormal, median: 30ms, p99: 20ms}"));
    }

    @Test
    void parametersThatMakeNoSenseAreRejected() {
        assertEquals("s.yaml:6:49: workloads[0].service_time.cv: expected a cv > 0, found 0",
                fail("{type: lognormal, mean: 40ms, cv: 0}"));
        assertEquals("s.yaml:6:33: workloads[0].service_time.shape: expected a shape > 0, found -1.5",
                fail("{type: gamma, shape: -1.5, scale: 10ms}"));
        assertEquals("s.yaml:6:58: workloads[0].service_time.mean: expected either scale or mean, found both",
                fail("{type: weibull, shape: 2, scale: 10ms, mean: 9ms}"));
        assertEquals("s.yaml:6:46: workloads[0].service_time.max: expected a max of at least min (50ms), found 10ms",
                fail("{type: uniform, min: 50ms, max: 10ms}"));
        assertEquals("s.yaml:6:49: workloads[0].service_time.max: expected a max of at least the median (693ms), "
                + "found 100ms", fail("{type: exponential, mean: 1s, max: 100ms}"));
        assertEquals("s.yaml:6:39: workloads[0].service_time.mean: expected a duration with a unit, like 250ms, "
                + "90s, 5m, 2h or 14d, found the number 40 (no unit)", fail("{type: exponential, mean: 40}"));
    }

    @Test
    void keysAndTypesAreChecked() {
        assertEquals("s.yaml:6:50: workloads[0].service_time.max: unknown key 'max'; expected one of: file",
                fail("{type: empirical, file: a.csv, max: 1s}"));
        assertEquals("s.yaml:6:5: workloads[0].service_time: unknown type 'lognorml' (did you mean 'lognormal'?); "
                + "expected one of: exponential, constant, lognormal, gamma, weibull, uniform, empirical",
                fail("{type: lognorml, mean: 40ms, cv: 1}"));
        assertEquals("s.yaml:6:49: workloads[0].service_time.cv: expected a number, found a text value '1.5'",
                fail("{type: lognormal, mean: 40ms, cv: \"1.5\"}"));
        assertEquals("s.yaml:6:54: workloads[0].service_time.shape: expected either mean and cv, or shape and scale, "
                + "found mean, cv and shape", fail("{type: gamma, mean: 40ms, cv: 0.5, shape: 4}"));
        assertEquals("s.yaml:6:49: workloads[0].service_time.cov: unknown key 'cov' (did you mean 'cv'?); "
                + "expected one of: cv, max, mean, median, p99", fail("{type: lognormal, mean: 40ms, cov: 1}"));
        // Every problem is found; the message names the first and counts the others.
        assertEquals("s.yaml:6:35: workloads[0].service_time.shape: expected a shape > 0, found 0 (and 1 more)",
                fail("{type: weibull, shape: 0, scale: 0s}"));
    }
}

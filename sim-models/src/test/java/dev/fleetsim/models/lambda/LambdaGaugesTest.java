package dev.fleetsim.models.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.MinuteGauges;
import dev.fleetsim.models.results.ReplicationResult;
import dev.fleetsim.models.run.Replication;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A Lambda fleet's per-minute chart data agrees with its own results. */
class LambdaGaugesTest {

    @Test
    void coldStartsPerMinuteAddUpToTheWindowsColdStartsAndConcurrencyStaysUnderTheLimit() {
        ScenarioSpec spec = new ScenarioLoader().load("l.yaml", """
                name: l
                horizon: 30m
                replications: 1
                seed: 3
                workloads:
                  - {name: api, arrivals: {type: poisson, rate: 50/s}, service_time: {type: exponential, mean: 200ms}, target: fn}
                fleets:
                  - {name: fn, type: lambda, memory: 512MB, reserved_concurrency: 12}
                """);
        ReplicationResult r = Replication.run(spec, 0, new SamplerFactory(Path.of("")));
        double[] cold = r.gauges().values("fn", MinuteGauges.COLD_STARTS);
        double[] conc = r.gauges().values("fn", MinuteGauges.CONCURRENCY);
        double[] throttles = r.gauges().values("fn", MinuteGauges.THROTTLES);
        assertEquals(30, cold.length);
        double sum = 0;
        for (double c : cold) sum += c;
        assertEquals(r.values().get("fleets", "fn", "cold_starts"), sum, 1e-9, "no warm-up: every cold start is in the window");
        double sumThrottles = 0;
        for (double t : throttles) sumThrottles += t;
        assertEquals(r.values().get("requests", "throttled"), sumThrottles, 1e-9);
        for (double c : conc) {
            assertTrue(c >= 0 && c <= 12, "concurrency within the reserved 12: " + c);
        }
        assertTrue(sumThrottles > 0, "50/s x 0.2 s = 10 busy on average against 12: some throttles");
    }
}

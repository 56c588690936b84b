package dev.fleetsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.scenario.units.SimDuration;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    private static final String GOOD = """
            name: t
            horizon: 1h
            warmup: 5m
            replications: 3
            seed: 7
            workloads:
              - name: jobs
                arrivals: {type: poisson, rate: 600/min}
                service_time: {type: exponential, mean: 100ms}
                target: pool
            fleets:
              - name: pool
                type: fixed-pool
                servers: 2
            """;

    private static String fail(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load("s.yaml", yaml));
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void bindsAGoodScenarioWithUnits() {
        ScenarioSpec s = new ScenarioLoader().load("s.yaml", GOOD);
        assertEquals("t", s.name());
        assertEquals(SimDuration.ofSeconds(3600), s.horizon());
        assertEquals(SimDuration.ofSeconds(300), s.warmup());
        assertEquals(3, s.replications());
        assertEquals(7L, s.seed());
        ArrivalsSpec.Poisson p = (ArrivalsSpec.Poisson) s.workloads().get(0).arrivals();
        assertEquals(10.0, p.rate().perSecond(), 1e-12);
        assertEquals(SimDuration.ofMillis(100), ((DistributionSpec.Exponential) s.workloads().get(0).serviceTime()).mean());
        assertEquals(2, ((FleetSpec.FixedPool) s.fleets().get(0)).servers());
    }

    @Test
    void defaultsApplyWhenOmitted() {
        ScenarioSpec s = new ScenarioLoader().load("s.yaml",
                GOOD.replace("warmup: 5m\n", "").replace("replications: 3\n", "").replace("seed: 7\n", ""));
        assertEquals(0, s.warmup().micros());
        assertEquals(ScenarioSpec.DEFAULT_REPLICATIONS, s.replications());
        assertEquals(ScenarioSpec.DEFAULT_SEED, s.seed());
    }

    @Test
    void unknownKeyNamesLineColumnPathAndSuggestion() {
        String msg = fail(GOOD.replace("    servers: 2", "    servrs: 2"));
        assertEquals("s.yaml:14:5: fleets[0].servrs: unknown key 'servrs' (did you mean 'servers'?); "
                + "expected one of: name, price_per_server_hour, servers", msg);
        assertTrue(fail(GOOD.replace("target: pool", "target: pool\n    timeot: 5s")).contains("(did you mean 'timeout'?)"));
    }

    @Test
    void durationWithoutUnitIsRejected() {
        String msg = fail(GOOD.replace("horizon: 1h", "horizon: 3600"));
        assertEquals("s.yaml:2:1: horizon: expected a duration with a unit, like 250ms, 90s, 5m, 2h or 14d, "
                + "found the number 3600 (no unit)", msg);
    }

    @Test
    void zeroRateIsRejected() {
        String msg = fail(GOOD.replace("rate: 600/min", "rate: 0/s"));
        assertTrue(msg.startsWith("s.yaml:8:31: workloads[0].arrivals.rate: expected a rate > 0"), msg);
    }

    @Test
    void malformedRateNamesTheExpectedForm() {
        String msg = fail(GOOD.replace("rate: 600/min", "rate: fast"));
        assertTrue(msg.contains("workloads[0].arrivals.rate: expected a rate with a unit, like 800/s"), msg);
        assertTrue(msg.contains("found 'fast'"), msg);
    }

    @Test
    void workloadTargetingAMissingFleetIsRejectedWithAHint() {
        String msg = fail(GOOD.replace("target: pool", "target: poll"));
        assertEquals("s.yaml:10:5: workloads[0].target: expected the name of a fleet (pool), found 'poll' "
                + "(did you mean 'pool'?)", msg);
    }

    @Test
    void unknownTypeListsTheKnownOnes() {
        String msg = fail(GOOD.replace("type: fixed-pool", "type: fixed-pol"));
        assertTrue(msg.contains("fleets[0]: unknown type 'fixed-pol' (did you mean 'fixed-pool'?); expected one of: fixed-pool"), msg);
    }

    @Test
    void zeroServersAndDuplicateNamesAreRejected() {
        assertTrue(fail(GOOD.replace("servers: 2", "servers: 0"))
                .contains("fleets[0].servers: expected an integer >= 1, found 0"));
        String dup = GOOD + """
              - name: pool
                type: fixed-pool
                servers: 1
            """;
        assertTrue(fail(dup).contains("fleets[1].name: duplicate fleet name 'pool'"), fail(dup));
    }

    @Test
    void textWhereANumberBelongsIsRejected() {
        String msg = fail(GOOD.replace("servers: 2", "servers: \"two\""));
        assertTrue(msg.contains("fleets[0].servers: expected an integer, found a text value"), msg);
        msg = fail(GOOD.replace("servers: 2", "servers: 2.5"));
        assertTrue(msg.contains("fleets[0].servers: expected an integer"), msg);
    }

    @Test
    void yamlSyntaxErrorsAndDuplicateKeysHavePositions() {
        String msg = fail(GOOD.replace("horizon: 1h", "horizon: [1h"));
        assertTrue(msg.startsWith("s.yaml:"), msg);
        assertTrue(msg.contains("invalid YAML"), msg);
        msg = fail(GOOD.replace("seed: 7", "seed: 7\nseed: 8"));
        assertTrue(msg.startsWith("s.yaml:6:1: seed: duplicate key 'seed'"), msg);
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) sb.append(i == 0 ? "" : ", ").append('*').append(prev);
            sb.append("]\n");
            prev = c;
        }
        String msg = fail(sb.toString());
        assertTrue(msg.contains("expected at most") && msg.contains("alias"), msg);
    }

    @Test
    void anchorsAliasesAndMergeKeysExpand() {
        String yaml = """
                name: t
                horizon: 1h
                workloads:
                  - name: a
                    arrivals: &steady {type: poisson, rate: 5/s}
                    service_time: &svc {type: constant, value: 10ms}
                    target: pool
                  - name: b
                    arrivals: *steady
                    service_time: {<<: *svc, value: 20ms}
                    target: pool
                fleets:
                  - {name: pool, type: fixed-pool, servers: 1}
                """;
        ScenarioSpec s = new ScenarioLoader().load("s.yaml", yaml);
        assertEquals(5.0, ((ArrivalsSpec.Poisson) s.workloads().get(1).arrivals()).rate().perSecond());
        assertEquals(SimDuration.ofMillis(20), ((DistributionSpec.Constant) s.workloads().get(1).serviceTime()).value());
        assertTrue(fail(yaml.replace("arrivals: *steady", "arrivals: *nothing"))
                .contains("workloads[1].arrivals: unknown alias '*nothing'"));
    }

    @Test
    void missingFileAndEmptyFileAreClear() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().load(java.nio.file.Path.of("does-not-exist.yaml")));
        assertEquals("does-not-exist.yaml: no such file", e.getMessage());
        assertEquals("s.yaml: expected a scenario (a YAML mapping), found an empty file", fail(""));
    }

    @Test
    void warmupMustBeShorterThanTheHorizon() {
        assertTrue(fail(GOOD.replace("warmup: 5m", "warmup: 2h"))
                .contains("warmup: expected a warm-up shorter than the horizon (1h), found 2h"));
    }
}

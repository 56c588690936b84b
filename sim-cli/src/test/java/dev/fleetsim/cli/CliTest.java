package dev.fleetsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetsim.models.results.StatisticRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static final String SMALL = """
            name: small
            horizon: 10m
            warmup: 1m
            replications: 4
            seed: 3
            workloads:
              - name: jobs
                arrivals: {type: poisson, rate: 20/s}
                service_time: {type: exponential, mean: 100ms}
                target: pool
            fleets:
              - {name: pool, type: fixed-pool, servers: 3}
            """;

    @Test
    void versionAndHelpWork() {
        CliTestSupport.Result v = CliTestSupport.run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("fleetsim "), v.out());
        CliTestSupport.Result h = CliTestSupport.run("--help");
        assertEquals(0, h.exit());
        assertTrue(h.out().contains("run") && h.out().contains("validate"), h.out());
    }

    @Test
    void unknownOptionIsOneLineWithExitTwo() {
        CliTestSupport.Result r = CliTestSupport.run("run", "--fromat", "json", "x.yaml");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("fleetsim: Unknown option"), r.err());
        assertTrue(r.err().contains("'--fromat'"), r.err());
        assertTrue(r.err().contains("fleetsim run --help"), r.err());
    }

    @Test
    void badFormatValueIsOneLineWithExitTwo() {
        CliTestSupport.Result r = CliTestSupport.run("run", "--format", "xml", "x.yaml");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--format"), r.err());
    }

    @Test
    void badScenarioIsOneLineWithoutStackTraceUnlessVerbose() throws IOException {
        Path bad = write("bad.yaml", SMALL.replace("servers: 3", "servers: 0"));
        CliTestSupport.Result r = CliTestSupport.run("run", bad.toString());
        assertEquals(2, r.exit());
        assertEquals(bad + ":12:36: fleets[0].servers: expected an integer >= 1, found 0", r.err().strip());
        CliTestSupport.Result verbose = CliTestSupport.run("run", "--verbose", bad.toString());
        assertEquals(2, verbose.exit());
        assertTrue(verbose.err().contains("\tat dev.fleetsim"), "stack trace with --verbose");
    }

    @Test
    void validateListsEveryFileAndFailsOnAnyBadOne() throws IOException {
        Path good = write("good.yaml", SMALL);
        Path bad = write("bad.yaml", SMALL.replace("target: pool", "target: nowhere"));
        CliTestSupport.Result r = CliTestSupport.run("validate", good.toString(), bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.out().contains("ok: " + good), r.out());
        assertTrue(r.err().contains(bad + ":10:5: workloads[0].target: expected the name of a fleet (pool), found 'nowhere'"), r.err());
        assertEquals(0, CliTestSupport.run("validate", good.toString()).exit());
    }

    @Test
    void jsonFollowsTheResultContract() throws IOException {
        Path s = write("s.yaml", SMALL);
        CliTestSupport.Result r = CliTestSupport.run("run", "--format", "json", s.toString());
        assertEquals(0, r.exit(), r.err());
        for (String key : new String[] {"\"scenario\" : \"small\"", "\"seed\" : 3", "\"replications\" : 4",
            "\"horizon_s\" : 600", "\"requests\"", "\"served\"", "\"throttled\"", "\"dropped\"", "\"timed_out\"",
            "\"interrupted\"", "\"latency_ms\"", "\"p50\"", "\"p99\"", "\"p999\"", "\"ci95_low\"", "\"ci95_high\"",
            "\"fleets\"", "\"pool\"", "\"mean_capacity\"", "\"instance_hours\""}) {
            assertTrue(r.out().contains(key), "missing " + key + " in\n" + r.out());
        }
    }

    @Test
    void overridesApply() throws IOException {
        Path s = write("s.yaml", SMALL);
        CliTestSupport.Result r = CliTestSupport.run("run", "--format", "json", "--seed", "99", "--replications", "2", s.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"seed\" : 99"));
        assertTrue(r.out().contains("\"replications\" : 2"));
        CliTestSupport.Result bad = CliTestSupport.run("run", "--replications", "0", s.toString());
        assertEquals(2, bad.exit());
        assertEquals("fleetsim: --replications: expected an integer >= 1, found 0", bad.err().strip());
    }

    @Test
    void sameSeedGivesByteIdenticalJsonWhateverTheThreadCount() throws IOException {
        Path s = write("s.yaml", SMALL);
        String one = CliTestSupport.run("run", "--format", "json", "--threads", "1", s.toString()).out();
        String two = CliTestSupport.run("run", "--format", "json", "--threads", "2", s.toString()).out();
        String again = CliTestSupport.run("run", "--format", "json", "--threads", "3", s.toString()).out();
        assertFalse(one.isEmpty());
        assertEquals(one, two);
        assertEquals(one, again);
        String otherSeed = CliTestSupport.run("run", "--format", "json", "--seed", "4", s.toString()).out();
        assertFalse(one.equals(otherSeed), "a different seed must change the numbers");
    }

    @Test
    void runsFarBiggerThanTheLimitAreRefusedWithTheEstimateAndTheWayOut() throws IOException {
        Path s = write("s.yaml", SMALL);
        // 20/s x 14 days x 4 replications x 2 events per request = 1.94e8 events.
        CliTestSupport.Result r = CliTestSupport.run("run", s.toString(), "--set", "horizon=14d", "--max-events", "100000000");
        assertEquals(2, r.exit());
        assertEquals(s + ": expected a run of at most 100000000 events, found an estimated 1.94e+08 (14d of arrivals at "
                + "20.00/s x 4 replications); if that is intended, raise the limit with --max-events 220000000, or shorten "
                + "the horizon or replications", r.err().strip());
    }

    @Test
    void autoScalingRunsAreByteIdenticalWhateverTheThreadCount() {
        String f = CliTestSupport.scenarios().resolve("web-asg-step-scaling.yaml").toString();
        String[] common = {"run", f, "--format", "json", "--replications", "3", "--set", "horizon=8h", "--set", "warmup=30m"};
        String one = CliTestSupport.run(concat(common, "--threads", "1")).out();
        String two = CliTestSupport.run(concat(common, "--threads", "2")).out();
        assertTrue(one.contains("\"scaling_activities\""), one);
        assertEquals(one, two);
    }

    @Test
    void lambdaRunsAreByteIdenticalWhateverTheThreadCount() {
        for (String name : new String[] {"lambda-provisioned.yaml", "lambda-async-queue.yaml"}) {
            String f = CliTestSupport.scenarios().resolve(name).toString();
            String[] common = {"run", f, "--format", "json", "--replications", "3", "--set", "horizon=135m"};
            String one = CliTestSupport.run(concat(common, "--threads", "1")).out();
            String two = CliTestSupport.run(concat(common, "--threads", "2")).out();
            assertTrue(one.contains("\"cold_starts\""), one);
            assertEquals(one, two, name);
        }
    }

    @Test
    void fargateRunsAreByteIdenticalWhateverTheThreadCount() {
        // Spot reclaims, replacements and a deploy inside 6 h: every Fargate random stream is drawn.
        String f = CliTestSupport.scenarios().resolve("fargate-service-spot.yaml").toString();
        String[] common = {"run", f, "--format", "json", "--replications", "3", "--set", "horizon=6h"};
        String one = CliTestSupport.run(concat(common, "--threads", "1")).out();
        String two = CliTestSupport.run(concat(common, "--threads", "2")).out();
        assertTrue(one.contains("\"spot_interruptions\""), one);
        assertEquals(one, two);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void tableFitsEightyColumns() throws IOException {
        Path s = write("s.yaml", SMALL);
        CliTestSupport.Result r = CliTestSupport.run("run", s.toString());
        assertEquals(0, r.exit(), r.err());
        r.out().lines().forEach(line -> assertTrue(line.length() <= 80, "too wide: " + line));
        assertTrue(r.out().contains("latency (ms)"));
    }

    @Test
    void longStatisticNamesAreShownWholeWithinEightyColumns() {
        Path spot = CliTestSupport.scenarios().resolve("web-asg-spot-rebalance.yaml");
        CliTestSupport.Result r = CliTestSupport.run("run", "--replications", "2", "--set", "horizon=1h", "--set",
                "warmup=10m", spot.toString());
        assertEquals(0, r.exit(), r.err());
        r.out().lines().forEach(line -> assertTrue(line.length() <= 80, "too wide: " + line));
        // Per-pool rows differ only in the middle of their names: cutting them would make them identical.
        assertTrue(r.out().contains("  pools.c6g.large/az1.interruptions\n"), r.out());
        assertTrue(r.out().contains("  rebalance_recommendations\n"), r.out());
        assertFalse(r.out().contains(".."), r.out());
    }

    @Test
    void everyShippedScenarioValidatesAndRuns() throws IOException {
        try (var files = Files.list(CliTestSupport.scenarios())) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".yaml")).sorted()::iterator) {
                assertEquals(0, CliTestSupport.run("validate", f.toString()).exit(), f.toString());
                // A smoke run at reduced size: the scenario's own horizon is for users, not for CI.
                CliTestSupport.Result r = CliTestSupport.run("run", "--replications", "2", "--format", "json",
                        "--set", "horizon=2h", "--set", "warmup=10m", f.toString());
                assertEquals(0, r.exit(), f + ": " + r.err());
                assertWithinTheirRanges(f.getFileName().toString(), "", new ObjectMapper().readTree(r.out()));
            }
        }
    }

    /**
     * Every statistic's replications and interval lie in the range its name gives
     * ({@link StatisticRange}): the rule the intervals are cut by must hold for every producer.
     */
    private static void assertWithinTheirRanges(String scenario, String key, JsonNode node) {
        if (node.has("ci95_low")) {
            StatisticRange range = StatisticRange.of(key);
            for (String field : new String[] {"mean", "ci95_low", "ci95_high", "min", "max"}) {
                JsonNode v = node.get(field);
                if (v.isNumber()) {
                    assertTrue(range.contains(v.asDouble()), scenario + ": " + key + "." + field + " = " + v + " outside " + range);
                }
            }
            return;
        }
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isObject() && !e.getKey().equals("slo") && !e.getKey().equals("latency_ms_pooled")) {
                assertWithinTheirRanges(scenario, key.isEmpty() ? e.getKey() : key + "." + e.getKey(), e.getValue());
            }
        });
    }
}

package dev.fleetsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fleetsim sweep and merge: determinism, shards, resume, best point, and errors. */
class SweepCommandTest {
    @TempDir
    Path tmp;

    private Path scenario;

    @BeforeEach
    void writeScenario() throws IOException {
        scenario = tmp.resolve("pool.yaml");
        Files.writeString(scenario, """
                name: pool
                horizon: 4m
                warmup: 30s
                replications: 3
                seed: 5
                workloads:
                  - {name: jobs, arrivals: {type: poisson, rate: 40/s}, service_time: {type: exponential, mean: 100ms}, target: pool}
                fleets:
                  - {name: pool, type: fixed-pool, servers: 5, price_per_server_hour: 0.1}
                sweep:
                  parameters:
                    - {path: "fleets[pool].servers", values: [5, 6, 8]}
                    - {path: "workloads[jobs].arrivals.rate", values: [30/s, 40/s]}
                """);
    }

    private CliTestSupport.Result sweep(String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", scenario.toString()));
        args.addAll(List.of(extra));
        return CliTestSupport.run(args.toArray(String[]::new));
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    @Test
    void theOutputIsByteIdenticalWhateverTheThreadCountAndOneRowPerPoint() throws IOException {
        CliTestSupport.Result one = sweep("--out", tmp.resolve("a").toString(), "--threads", "1");
        CliTestSupport.Result two = sweep("--out", tmp.resolve("b").toString(), "--threads", "2");
        assertEquals(0, one.exit(), one.err());
        assertEquals(0, two.exit(), two.err());
        assertEquals(read(tmp.resolve("a/sweep.csv")), read(tmp.resolve("b/sweep.csv")));
        assertEquals(read(tmp.resolve("a/sweep.json")), read(tmp.resolve("b/sweep.json")));
        List<String> csv = Files.readAllLines(tmp.resolve("a/sweep.csv"));
        assertEquals(1 + 6, csv.size(), "header and one row per grid point");
        assertTrue(csv.get(0).startsWith("point,fleets[pool].servers,workloads[jobs].arrivals.rate,requests.total.mean,"), csv.get(0));
        assertTrue(csv.get(1).startsWith("0,5,30/s,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("1,5,40/s,"), csv.get(2));
        // Common random numbers: points with the same rate see the same arrivals, whatever the servers.
        JsonNode points = new ObjectMapper().readTree(read(tmp.resolve("a/sweep.json"))).get("points");
        // Parameter values as written: a plain number is a JSON number, a rate with its unit a string.
        assertEquals(5, points.get(0).get("parameters").get("fleets[pool].servers").asInt());
        assertTrue(points.get(0).get("parameters").get("fleets[pool].servers").isIntegralNumber());
        assertEquals("30/s", points.get(0).get("parameters").get("workloads[jobs].arrivals.rate").textValue());
        assertEquals(points.get(0).get("results").get("requests").get("total").get("mean").asDouble(),
                points.get(4).get("results").get("requests").get("total").get("mean").asDouble());
    }

    @Test
    void shardsMergeIntoExactlyTheUnshardedOutputAndIncompleteOrMismatchedSetsAreRefused() throws IOException {
        assertEquals(0, sweep("--out", tmp.resolve("whole").toString()).exit());
        for (int k = 1; k <= 3; k++) {
            CliTestSupport.Result r = sweep("--shard", k + "/3", "--out", tmp.resolve("s" + k).toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("shard " + k + "/3 of pool: 6 tasks done"), r.out());
        }
        CliTestSupport.Result merged = CliTestSupport.run("merge", tmp.resolve("s1").toString(), tmp.resolve("s2").toString(),
                tmp.resolve("s3").toString(), "--out", tmp.resolve("m").toString());
        assertEquals(0, merged.exit(), merged.err());
        assertEquals(read(tmp.resolve("whole/sweep.csv")), read(tmp.resolve("m/sweep.csv")));
        assertEquals(read(tmp.resolve("whole/sweep.json")), read(tmp.resolve("m/sweep.json")));

        CliTestSupport.Result missing = CliTestSupport.run("merge", tmp.resolve("s1").toString(), tmp.resolve("s3").toString(),
                "--out", tmp.resolve("m2").toString());
        assertEquals(2, missing.exit());
        assertEquals("fleetsim: merge: shard 2/3 is missing; expected all 3 shards\n", missing.err());

        Files.delete(tmp.resolve("s2/tasks/t-4.json"));
        CliTestSupport.Result incomplete = CliTestSupport.run("merge", tmp.resolve("s1").toString(), tmp.resolve("s2").toString(),
                tmp.resolve("s3").toString(), "--out", tmp.resolve("m3").toString());
        assertEquals(2, incomplete.exit());
        assertTrue(incomplete.err().contains("is incomplete: task 4 has no result"), incomplete.err());

        assertEquals(0, sweep("--shard", "2/3", "--seed", "6", "--out", tmp.resolve("other").toString()).exit());
        CliTestSupport.Result mismatch = CliTestSupport.run("merge", tmp.resolve("s1").toString(), tmp.resolve("other").toString(),
                tmp.resolve("s3").toString(), "--out", tmp.resolve("m4").toString());
        assertEquals(2, mismatch.exit());
        assertTrue(mismatch.err().contains("holds another sweep than"), mismatch.err());
        assertTrue(Files.notExists(tmp.resolve("m4/sweep.csv")), "nothing written for a refused merge");
    }

    @Test
    void resumeAfterACrashRunsOnlyTheMissingTasksAndGivesTheSameOutput() throws IOException {
        Path dir = tmp.resolve("r");
        assertEquals(0, sweep("--out", dir.toString()).exit());
        String csv = read(dir.resolve("sweep.csv"));
        String json = read(dir.resolve("sweep.json"));
        // What kill -9 leaves: some tasks finished, one torn temporary file, no outputs yet.
        Files.delete(dir.resolve("sweep.csv"));
        Files.delete(dir.resolve("sweep.json"));
        Files.delete(dir.resolve("tasks/t-3.json"));
        Files.delete(dir.resolve("tasks/t-10.json"));
        Files.writeString(dir.resolve("tasks/t-11-123.tmp"), "{\"task\": 11, \"val");
        FileTime kept = Files.getLastModifiedTime(dir.resolve("tasks/t-0.json"));

        CliTestSupport.Result again = sweep("--out", dir.toString());
        assertEquals(2, again.exit(), "a directory with this sweep needs --resume or --force");
        assertTrue(again.err().contains("holds this sweep already; add --resume to finish it or --force to start again"), again.err());

        CliTestSupport.Result resumed = sweep("--out", dir.toString(), "--resume");
        assertEquals(0, resumed.exit(), resumed.err());
        assertEquals(csv, read(dir.resolve("sweep.csv")));
        assertEquals(json, read(dir.resolve("sweep.json")));
        assertEquals(kept, Files.getLastModifiedTime(dir.resolve("tasks/t-0.json")), "a finished task is not run again");
        try (Stream<Path> files = Files.list(dir.resolve("tasks"))) {
            assertEquals(18, files.filter(f -> f.toString().endsWith(".json")).count());
        }
        try (Stream<Path> files = Files.list(dir.resolve("tasks"))) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "torn files are cleared");
        }

        Files.writeString(scenario, read(scenario).replace("seed: 5", "seed: 9"));
        CliTestSupport.Result changed = sweep("--out", dir.toString(), "--resume");
        assertEquals(2, changed.exit());
        assertTrue(changed.err().contains("holds another sweep"), changed.err());
    }

    @Test
    void theBestPointMeetsTheConstraintsAtTheLowestCost() throws IOException {
        CliTestSupport.Result r = sweep("--param", "fleets[pool].servers=5..9:1", "--minimize", "cost_usd.total",
                "--subject-to", "latency_ms.p99<480", "--out", tmp.resolve("best").toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("minimize cost_usd.total subject to latency_ms.p99<480", doc.get("goal").asText());
        int best = doc.get("best").get("point").asInt();
        JsonNode points = doc.get("points");
        assertEquals(5, points.size());
        assertTrue(points.get(0).get("parameters").get("fleets[pool].servers").isIntegralNumber(), "a plain number is a JSON number");
        for (JsonNode p : points) {
            boolean ok = p.get("results").get("latency_ms").get("p99").get("mean").asDouble() < 480;
            assertEquals(ok, p.get("feasible").asBoolean());
            if (ok && p.get("point").asInt() != best) {
                assertTrue(p.get("results").get("cost_usd").get("total").get("mean").asDouble()
                        >= points.get(best).get("results").get("cost_usd").get("total").get("mean").asDouble());
            }
        }
        assertTrue(points.get(best).get("feasible").asBoolean());
        assertTrue(best >= 2, "5 or 6 servers at 40/s (rho 0.8, 0.67) cannot hold p99 under 480 ms");
    }

    @Test
    void showAddsColumnsAndSmallMeansKeepThreeSignificantDigits() {
        CliTestSupport.Result r = sweep("--show", "fleets.pool.utilization", "--show", "no.such.statistic",
                "--out", tmp.resolve("show").toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        String header = lines.get(2);
        assertTrue(header.endsWith("cost_usd.total  fleets.pool.utilization  no.such.statistic"), header);
        // 5 servers at $0.10/h for 3.5 measured minutes cost $0.0292: three significant digits, not "0.03".
        String first = lines.get(3);
        assertTrue(first.matches(".*\\s0\\.0\\d{3}\\s+0\\.\\d{3}\\s+-$"), first);
        assertEquals(2, SweepSummary.decimals(12.5));
        assertEquals(3, SweepSummary.decimals(0.84));
        assertEquals(5, SweepSummary.decimals(0.00372));
        assertEquals(2, SweepSummary.decimals(0));
        assertEquals(7, SweepSummary.decimals(3.1e-7), "at most 7: a 9-character column still holds it");
    }

    @Test
    void badInputGetsOneLineAndExitCodeTwo() {
        CliTestSupport.Result param = sweep("--param", "fleets[pool].servers=", "--out", tmp.resolve("x").toString());
        assertEquals(2, param.exit());
        assertEquals("fleetsim: --param fleets[pool].servers=: expected comma-separated values, found an empty one\n", param.err());
        CliTestSupport.Result point = sweep("--param", "fleets[pool].servers=4,0", "--out", tmp.resolve("y").toString());
        assertEquals(2, point.exit());
        assertTrue(point.err().startsWith("fleetsim: point 1 (fleets[pool].servers=0): "), point.err());
        assertTrue(point.err().contains("fleets[0].servers: expected an integer >= 1, found 0"), point.err());
        CliTestSupport.Result goal = sweep("--minimize", "cost", "--out", tmp.resolve("z").toString());
        assertEquals(2, goal.exit());
        assertTrue(goal.err().startsWith("fleetsim: --minimize: expected a result statistic, like "), goal.err());
        CliTestSupport.Result shard = sweep("--shard", "3", "--out", tmp.resolve("w").toString());
        assertEquals("fleetsim: --shard: expected K/N, like 2/4, found '3'\n", shard.err());
    }
}

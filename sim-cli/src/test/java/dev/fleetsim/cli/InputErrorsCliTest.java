package dev.fleetsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input found by review, as the commands report it: one line, exit code 2. */
class InputErrorsCliTest {
    @TempDir
    Path tmp;

    private static final String SMALL = """
            name: small
            horizon: 2m
            replications: 2
            seed: 3
            workloads:
              - name: jobs
                arrivals: {type: poisson, rate: 20/s}
                service_time: {type: exponential, mean: 100ms}
                target: pool
            fleets:
              - {name: pool, type: fixed-pool, servers: 3}
            """;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void validateChecksTheSweepSectionAsSweepDoes() throws IOException {
        Path zip = write("zip.yaml", SMALL + """
                sweep:
                  mode: zip
                  parameters:
                    - {path: "fleets[pool].servers", values: [3, 4]}
                    - {path: "workloads[jobs].arrivals.rate", values: [10/s, 20/s, 30/s]}
                """);
        CliTestSupport.Result v = CliTestSupport.run("validate", zip.toString());
        assertEquals(2, v.exit());
        assertEquals(zip + ":12:1: sweep: zip: expected every parameter to have 2 values (as fleets[pool].servers), found 3 for"
                + " workloads[jobs].arrivals.rate", v.err().strip());
        CliTestSupport.Result s = CliTestSupport.run("sweep", zip.toString(), "--out", tmp.resolve("z").toString());
        assertEquals(2, s.exit(), "sweep refuses it too");

        Path path = write("path.yaml", SMALL + """
                sweep:
                  parameters:
                    - {path: "fleets[nope].servers", values: [3, 4]}
                """);
        v = CliTestSupport.run("validate", path.toString());
        assertEquals(2, v.exit());
        assertEquals(path + ":12:1: sweep: point 0 (fleets[nope].servers=3): --set fleets[nope].servers=3: fleets: expected an index"
                + " or one of the names (pool), found 'nope'", v.err().strip());

        Path badPoint = write("point.yaml", SMALL + """
                sweep:
                  parameters:
                    - {path: "fleets[pool].servers", values: [3, 0]}
                """);
        v = CliTestSupport.run("validate", badPoint.toString());
        assertEquals(2, v.exit());
        assertEquals(badPoint + ":12:1: sweep: point 1 (fleets[pool].servers=0): --set fleets[pool].servers=0: fleets[0].servers:"
                + " expected an integer >= 1, found 0", v.err().strip());

        Path good = write("good.yaml", SMALL + """
                sweep:
                  parameters:
                    - {path: "fleets[pool].servers", values: [3, 4]}
                """);
        assertEquals(0, CliTestSupport.run("validate", good.toString()).exit());
    }

    @Test
    void eventLimitsPrintWholeNumbersAndNeverAnImpossibleLimit() throws IOException {
        Path s = write("s.yaml", SMALL);
        CliTestSupport.Result r = CliTestSupport.run("run", s.toString(), "--max-events", "10");
        assertEquals(2, r.exit());
        assertEquals(s + ": expected a run of at most 10 events, found an estimated 9600 (2m of arrivals at 20.00/s x 2"
                + " replications); if that is intended, raise the limit with --max-events 11000, or shorten the horizon or"
                + " replications", r.err().strip());
        CliTestSupport.Result huge = CliTestSupport.run("run", s.toString(), "--set", "workloads[jobs].arrivals.rate=1e300/s");
        assertEquals(2, huge.exit());
        assertTrue(huge.err().strip().endsWith("that is more than --max-events can allow (at most 9223372036854775807); lower the"
                + " rate, shorten the horizon or the replications"), huge.err());
        assertTrue(!huge.err().contains("--max-events 9223372036854775807"), huge.err());
    }

    @Test
    void mergeOfAnIncompleteShardPrintsTheCommandThatFinishesIt() throws IOException {
        Path f = write("pool.yaml", SMALL);
        Path dir = tmp.resolve("s 2");
        CliTestSupport.Result shard = CliTestSupport.run("sweep", f.toString(), "--param", "fleets[pool].servers=3,4", "--mode", "zip",
                "--seed", "9", "--set", "horizon=1m", "--shard", "2/2", "--out", dir.toString());
        assertEquals(0, shard.exit(), shard.err());
        Files.delete(dir.resolve("tasks/t-1.json"));
        CliTestSupport.Result m = CliTestSupport.run("merge", dir.toString(), "--out", tmp.resolve("m").toString());
        assertEquals(2, m.exit());
        assertEquals("fleetsim: merge: shard 1/2 is missing; expected all 2 shards", m.err().strip(), "one shard is not a set");

        Path one = tmp.resolve("s1");
        assertEquals(0, CliTestSupport.run("sweep", f.toString(), "--param", "fleets[pool].servers=3,4", "--mode", "zip",
                "--seed", "9", "--set", "horizon=1m", "--shard", "1/2", "--out", one.toString()).exit());
        m = CliTestSupport.run("merge", one.toString(), dir.toString(), "--out", tmp.resolve("m").toString());
        assertEquals(2, m.exit());
        assertEquals("fleetsim: merge: shard 2/2 (" + dir + ") is incomplete: task 1 has no result; finish it with: fleetsim sweep "
                + f + " --set horizon=1m --set seed=9 --param 'fleets[pool].servers=3,4' --mode zip --shard 2/2 --out '" + dir
                + "' --resume (from the directory it ran in; --max-events is not recorded: add it if the shard ran with one)",
                m.err().strip());
    }
}

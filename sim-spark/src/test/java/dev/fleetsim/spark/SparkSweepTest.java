package dev.fleetsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.run.ProgressListener;
import dev.fleetsim.models.sweep.Shard;
import dev.fleetsim.models.sweep.SweepAxis;
import dev.fleetsim.models.sweep.SweepGoal;
import dev.fleetsim.models.sweep.SweepOutput;
import dev.fleetsim.models.sweep.SweepRunner;
import dev.fleetsim.models.sweep.SweepSetup;
import dev.fleetsim.models.sweep.SweepTable;
import dev.fleetsim.models.sweep.TaskStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep as a Spark job in local mode gives exactly the outputs of the local sweep. */
class SparkSweepTest {
    private static final String SCENARIO = """
            name: pool
            horizon: 3m
            warmup: 20s
            replications: 2
            seed: 5
            workloads:
              - {name: jobs, arrivals: {type: poisson, rate: 40/s}, service_time: {type: exponential, mean: 100ms}, target: pool}
            fleets:
              - {name: pool, type: fixed-pool, servers: 5, price_per_server_hour: 0.1}
            """;

    @TempDir
    Path tmp;

    @Test
    void sparkInLocalModeWritesTheSameBytesAsTheLocalSweep() throws IOException {
        Path file = tmp.resolve("pool.yaml");
        Files.writeString(file, SCENARIO);
        List<SweepAxis> axes = List.of(SweepAxis.parse("fleets[pool].servers=5..8:1"), SweepAxis.parse("workloads[jobs].arrivals.rate=30/s,40/s"));
        SweepGoal goal = new SweepGoal("cost_usd.total", false, List.of(SweepGoal.Constraint.parse("latency_ms.p99<500")));

        SweepSetup setup = SweepSetup.load(file.toString(), SCENARIO, List.of(), axes, null);
        TaskStore store = new TaskStore(tmp.resolve("local"));
        new SweepRunner(2).run(setup, SweepRunner.pending(setup, Shard.ALL, Set.of()), store, ProgressListener.NONE);
        SweepOutput local = new SweepOutput(SweepTable.of(setup.manifest(), setup.plan(), store.load()), goal);

        Path out = tmp.resolve("spark");
        int exit = SparkSweepMain.execute(file.toString(), "--param", "fleets[pool].servers=5..8:1",
                "--param", "workloads[jobs].arrivals.rate=30/s,40/s", "--master", "local[2]", "--partitions", "5",
                "--minimize", "cost_usd.total", "--subject-to", "latency_ms.p99<500", "--out", out.toString());
        assertEquals(0, exit);
        assertEquals(local.csv(), Files.readString(out.resolve("sweep.csv")));
        assertEquals(local.json(), Files.readString(out.resolve("sweep.json")));
        assertTrue(local.best() >= 0);
    }

    @Test
    void aBadParameterIsOneLineAndExitCodeTwoBeforeSparkStarts() throws IOException {
        Path file = tmp.resolve("pool.yaml");
        Files.writeString(file, SCENARIO);
        int exit = SparkSweepMain.execute(file.toString(), "--param", "fleets[pool].servers=0", "--out", tmp.resolve("x").toString());
        assertEquals(2, exit);
    }
}

package dev.fleetsim.benchmarks;

import dev.fleetsim.models.run.ProgressListener;
import dev.fleetsim.models.sweep.Shard;
import dev.fleetsim.models.sweep.SweepAxis;
import dev.fleetsim.models.sweep.SweepRunner;
import dev.fleetsim.models.sweep.SweepSetup;
import dev.fleetsim.models.sweep.TaskStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sweep throughput against the thread count: one invocation runs a whole sweep of
 * {@value #TASKS} tasks (8 points × 2 replications of a fixed pool at 200 requests/s for 10
 * simulated minutes), saving each task as {@code fleetsim sweep} does; the score is tasks per
 * second. Tasks are independent, so on c cores it should scale close to c (task files are small;
 * the sweep is CPU-bound).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class SweepThroughputBenchmark {
    static final int TASKS = 16;
    private static final String SCENARIO = """
            name: bench
            horizon: 10m
            replications: 2
            seed: 1
            workloads:
              - {name: jobs, arrivals: {type: poisson, rate: 200/s}, service_time: {type: exponential, mean: 40ms}, target: pool}
            fleets:
              - {name: pool, type: fixed-pool, servers: 10}
            """;

    @Param({"1", "2"})
    public int threads;

    private SweepSetup setup;
    private List<Long> tasks;
    private Path dir;

    @Setup(Level.Trial)
    public void load() {
        setup = SweepSetup.load("bench.yaml", SCENARIO, List.of(), List.of(SweepAxis.parse("fleets[pool].servers=9..16:1")), null);
        tasks = SweepRunner.pending(setup, Shard.ALL, Set.of());
        if (tasks.size() != TASKS) {
            throw new IllegalStateException("expected " + TASKS + " tasks, found " + tasks.size());
        }
    }

    @Setup(Level.Invocation)
    public void freshDirectory() throws IOException {
        dir = Files.createTempDirectory("fleetsim-sweep-bench");
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public void sweep() {
        new SweepRunner(threads).run(setup, tasks, new TaskStore(dir), ProgressListener.NONE);
    }

    @TearDown(Level.Invocation)
    public void delete() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}

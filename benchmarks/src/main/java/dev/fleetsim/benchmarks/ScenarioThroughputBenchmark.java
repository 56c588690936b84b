package dev.fleetsim.benchmarks;

import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.ReplicationResult;
import dev.fleetsim.models.run.Replication;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end throughput: one replication of a shipped scenario (by default
 * {@code scenarios/web-asg-target-tracking.yaml}, its horizon cut to {@code horizon} so an
 * invocation takes a second or two), on one thread. The figure that matters is the
 * {@code requests} counter: simulated requests per wall-clock second (arrival, balancer, instance
 * slot, completion, histogram). JMH's @OperationsPerInvocation needs a compile-time constant and a
 * replication's request count depends on the scenario, so the count is reported through an
 * operations-type auxiliary counter instead; JMH prints it as {@code ScenarioThroughputBenchmark.replication:requests}
 * in ops/s. Run from the repository root (the scenario path is relative to it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class ScenarioThroughputBenchmark {

    @Param({"scenarios/web-asg-target-tracking.yaml"})
    public String scenario;

    /** Simulated horizon per invocation. */
    @Param({"6h"})
    public String horizon;

    private ScenarioSpec spec;
    private SamplerFactory samplers;
    private int replication;

    /** Simulated requests, counted as operations: JMH reports them per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Requests {
        public long requests;

        @Setup(Level.Iteration)
        public void reset() {
            requests = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() {
        spec = new ScenarioLoader().load(Path.of(scenario), List.of("horizon=" + horizon, "warmup=0s"));
        samplers = new SamplerFactory(Path.of(""));
    }

    @Benchmark
    public long replication(Requests counter) {
        // A new replication (substream) each time, so the JIT cannot specialise on one run's numbers.
        ReplicationResult r = Replication.run(spec, replication++ % 1000, samplers);
        long n = (long) r.values().get("requests", "total");
        counter.requests += n;
        return r.eventsRun();
    }
}

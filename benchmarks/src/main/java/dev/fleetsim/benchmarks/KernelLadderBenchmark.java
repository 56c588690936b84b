package dev.fleetsim.benchmarks;

import dev.fleetsim.benchmarks.proposal.LadderHeap;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost attribution from the bare heap towards the kernel ({@link LadderHeap}); features are
 * switched with {@code -jvmArgsAppend "-Dladder.seq=true ..."}. Score is M events/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class KernelLadderBenchmark {

    @Param({"10000", "1000000"})
    public int pending;

    private LadderHeap model;

    @Setup(Level.Trial)
    public void setUp() {
        model = new LadderHeap(pending, HoldIncrements.micros());
    }

    @Benchmark
    @OperationsPerInvocation(KernelHoldBenchmark.BATCH)
    public long hold() {
        return model.run(KernelHoldBenchmark.BATCH);
    }
}

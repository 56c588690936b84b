package dev.fleetsim.benchmarks;

import dev.fleetsim.benchmarks.proposal.ProposedHold;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fleetsim hold benchmark run on a copy of the kernel with proposed changes (see
 * {@code proposal.ProposedEventQueue}); evidence for docs/performance.md, not part of the
 * headline comparison. With no properties set the copy is identical to sim-core's kernel. Score
 * is M events/s. Run each configuration in its own JVM, e.g.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar KernelProposalBenchmark -jvmArgsAppend -Dproposal.fusedPop=true
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class KernelProposalBenchmark {

    @Param({"10000", "1000000"})
    public int pending;

    private ProposedHold model;

    @Setup(Level.Trial)
    public void setUp() {
        model = new ProposedHold(pending, HoldIncrements.micros());
    }

    @TearDown(Level.Trial)
    public void checkPending() {
        if (model.pending() != pending) {
            throw new IllegalStateException(model.pending() + " pending, expected " + pending);
        }
    }

    @Benchmark
    @OperationsPerInvocation(KernelHoldBenchmark.BATCH)
    public long hold() {
        return model.run(KernelHoldBenchmark.BATCH);
    }
}

package dev.fleetsim.benchmarks;

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
 * The classic hold model: {@code pending} events are always waiting; each event removes the
 * earliest and schedules a new one at now + Exp(1). Increments are pre-drawn (see
 * {@link HoldIncrements}), so random-number generation is excluded.
 *
 * <p>One JMH operation is one event ({@code @OperationsPerInvocation(BATCH)}), and scores are in
 * operations per microsecond: <b>the score reads directly as millions of events per second</b>,
 * and {@code gc.alloc.rate.norm} as bytes allocated per event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class KernelHoldBenchmark {

    /** Events run per benchmark invocation. */
    public static final int BATCH = 10_000;

    @Param({"fleetsim", "ssj", "priorityqueue", "bare-heap"})
    public String kernel;

    @Param({"10000", "1000000"})
    public int pending;

    private HoldKernel model;

    @Setup(Level.Trial)
    public void setUp() {
        model = create(kernel, pending);
    }

    @TearDown(Level.Trial)
    public void checkPending() {
        if (model.pending() != pending) {
            throw new IllegalStateException(kernel + ": " + model.pending() + " pending, expected " + pending);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long hold() {
        return model.run(BATCH);
    }

    static HoldKernel create(String kernel, int pending) {
        switch (kernel) {
            case "fleetsim":
                return new FleetsimHold(pending);
            case "ssj":
                return new SsjHold(pending);
            case "priorityqueue":
                return new PriorityQueueHold(pending);
            case "bare-heap":
                return new BareHeapHold(pending);
            default:
                throw new IllegalArgumentException("unknown kernel: " + kernel);
        }
    }
}

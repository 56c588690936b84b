package dev.fleetsim.models.workload;

import static dev.fleetsim.models.workload.ArrivalTestSupport.spec;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.scenario.ArrivalsSpec;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hot path allocates nothing per arrival (DESIGN.md, kernel rules): after a warm-up, a few
 * hundred thousand arrivals may allocate at most a few KiB in total (incidental), where one object
 * per arrival would be megabytes.
 */
class ArrivalAllocationTest {
    private static final long S = SimTime.MICROS_PER_SECOND;
    private static final long BUDGET_BYTES = 64 * 1024;

    @TempDir
    Path dir;

    private static void assertFlat(String name, ArrivalsSpec spec, long end) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs allocation counters");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled(), "needs allocation counters");
        EventLoop loop = new EventLoop();
        long[] n = new long[1];
        ArrivalProcess p = Arrivals.create(spec, loop, new RandomStreams(1).stream("arrivals/test", 0), () -> n[0]++, end);
        p.start();
        loop.runUntil(end / 5); // warm-up: the loop's arrays and the reader's line buffer reach their size
        long thread = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(thread);
        long arrivalsBefore = n[0];
        loop.runUntil(end);
        long bytes = mx.getThreadAllocatedBytes(thread) - before;
        long arrivals = n[0] - arrivalsBefore;
        assertTrue(arrivals > 100_000, name + ": " + arrivals + " arrivals");
        assertTrue(bytes < BUDGET_BYTES, name + ": " + bytes + " bytes for " + arrivals + " arrivals");
    }

    @Test
    void rateDrivenProcesses() {
        assertFlat("diurnal", spec("{type: diurnal, mean: 5/s, peak_to_trough: 3, peak_at: \"14:00\"}"), SimTime.MICROS_PER_DAY);
        assertFlat("surge over mmpp", spec("{type: surge, base: {type: mmpp, states: [{rate: 500/s, mean_sojourn: 1s},"
                + " {rate: 10/s, mean_sojourn: 3s}]}, surges: [{at: 1m, duration: 10s, multiplier: 3, every: 2m}]}"), 2000 * S);
        assertFlat("piecewise", spec("{type: piecewise, segments: [{until: 1s, rate: 100/s}, {until: 2s, rate: 900/s}]}"), 600 * S);
    }

    @Test
    void traceReplay() throws IOException {
        Path t = dir.resolve("t.csv");
        Path c = dir.resolve("c.csv");
        try (BufferedWriter w = Files.newBufferedWriter(t)) {
            w.write("id,timestamp\n");
            for (int i = 0; i < 300_000; i++) w.write(String.format("%d,%d.%03d%n", i, i / 1000, i % 1000));
        }
        try (BufferedWriter w = Files.newBufferedWriter(c)) {
            w.write("count\n");
            for (int i = 0; i < 30_000; i++) w.write(i % 20 + "\n");
        }
        assertFlat("timestamps", new ArrivalsSpec.Trace(t, "timestamps", null, 1.0, false, null), 300 * S);
        assertFlat("counts", new ArrivalsSpec.Trace(c, "counts", SimDuration.ofMillis(10), 1.0, false, null), 300 * S);
    }
}

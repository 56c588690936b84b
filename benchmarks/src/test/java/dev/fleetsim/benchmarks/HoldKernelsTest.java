package dev.fleetsim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The four hold-model variants do the same work: same delays, same event count, same clock. */
class HoldKernelsTest {
    private static final int PENDING = 1_000;
    private static final int BATCHES = 20;
    private static final int BATCH = 5_000;

    @Test
    void integerClockVariantsAgreeExactly() {
        FleetsimHold fleetsim = new FleetsimHold(PENDING);
        HoldKernel pq = new PriorityQueueHold(PENDING);
        HoldKernel bare = new BareHeapHold(PENDING);
        for (int b = 0; b < BATCHES; b++) {
            long t = fleetsim.run(BATCH);
            assertEquals(t, pq.run(BATCH), "priorityqueue clock after batch " + b);
            assertEquals(t, bare.run(BATCH), "bare-heap clock after batch " + b);
        }
        assertEquals((long) BATCHES * BATCH, fleetsim.eventsRun());
        assertEquals(PENDING, fleetsim.pending());
        assertEquals(PENDING, pq.pending());
        assertEquals(PENDING, bare.pending());
    }

    @Test
    void ssjClockMatchesWithinRounding() {
        FleetsimHold fleetsim = new FleetsimHold(PENDING);
        SsjHold ssj = new SsjHold(PENDING);
        for (int b = 0; b < BATCHES; b++) {
            double micros = fleetsim.run(BATCH);
            ssj.run(BATCH);
            double ssjMicros = ssj.time() * 1e6;
            // Same draws; only the microsecond rounding differs, so the clocks agree to well
            // within one mean inter-event gap (1e6 / PENDING us).
            assertTrue(Math.abs(ssjMicros - micros) < 1e6 / PENDING,
                    "batch " + b + ": ssj " + ssjMicros + " us vs fleetsim " + micros + " us");
        }
        assertEquals(PENDING, ssj.countPending());
    }

    @Test
    void factoryKnowsEveryParam() {
        for (String k : new String[] {"fleetsim", "ssj", "priorityqueue", "bare-heap"}) {
            HoldKernel m = KernelHoldBenchmark.create(k, 100);
            m.run(1_000);
            assertEquals(100, m.pending(), k);
        }
    }
}

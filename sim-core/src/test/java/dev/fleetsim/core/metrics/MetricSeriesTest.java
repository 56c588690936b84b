package dev.fleetsim.core.metrics;

import static dev.fleetsim.core.metrics.Statistic.AVERAGE;
import static dev.fleetsim.core.metrics.Statistic.MAXIMUM;
import static dev.fleetsim.core.metrics.Statistic.MINIMUM;
import static dev.fleetsim.core.metrics.Statistic.SAMPLE_COUNT;
import static dev.fleetsim.core.metrics.Statistic.SUM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fleetsim.core.kernel.SimTime;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricSeriesTest {
    private static final long S = SimTime.MICROS_PER_SECOND;

    @Test
    void aggregatesAPeriodIntoTheFiveStatistics() {
        MetricSeries m = new MetricSeries(10);
        m.record(0, 10.0);
        m.record(60 * S - 1, 60.0); // last microsecond of period 0
        m.record(1 * S, 20.0);      // out of order within the open period is fine
        m.advanceTo(60 * S);

        assertEquals(0, m.latestClosedPeriod());
        assertEquals(30.0, m.datapoint(0, AVERAGE));
        assertEquals(90.0, m.datapoint(0, SUM));
        assertEquals(10.0, m.datapoint(0, MINIMUM));
        assertEquals(60.0, m.datapoint(0, MAXIMUM));
        assertEquals(3.0, m.datapoint(0, SAMPLE_COUNT));
        assertEquals(3, m.sampleCount(0));
    }

    @Test
    void periodsAreAlignedToZeroAndASampleOnTheBoundaryBelongsToTheNextPeriod() {
        MetricSeries m = new MetricSeries(10);
        m.record(60 * S - 1, 1.0);
        m.record(60 * S, 2.0);
        m.record(120 * S - 1, 3.0);
        m.record(120 * S, 4.0);
        m.advanceTo(180 * S);

        assertEquals(0, m.periodIndexAt(60 * S - 1));
        assertEquals(1, m.periodIndexAt(60 * S));
        assertEquals(60 * S, m.periodStart(1));
        assertEquals(120 * S, m.periodEnd(1));
        assertEquals(1.0, m.datapoint(0, SUM));
        assertEquals(1, m.sampleCount(0));
        assertEquals(5.0, m.datapoint(1, SUM));
        assertEquals(2.0, m.datapoint(1, MINIMUM));
        assertEquals(3.0, m.datapoint(1, MAXIMUM));
        assertEquals(4.0, m.datapoint(2, SUM));
    }

    @Test
    void aPeriodWithoutSamplesIsMissingWhileARecordedZeroIsADatapoint() {
        MetricSeries m = new MetricSeries(10);
        m.record(0, 0.0);
        m.record(130 * S, 5.0);
        m.advanceTo(180 * S);

        assertTrue(m.hasDatapoint(0));
        assertEquals(0.0, m.datapoint(0, AVERAGE));
        assertEquals(1, m.sampleCount(0));

        assertTrue(m.isRetained(1));
        assertFalse(m.hasDatapoint(1));
        assertEquals(0, m.sampleCount(1));
        assertTrue(Double.isNaN(m.datapoint(1, AVERAGE)));
        assertTrue(Double.isNaN(m.datapoint(1, SUM)));
        assertTrue(Double.isNaN(m.datapoint(1, SAMPLE_COUNT)));

        assertEquals(5.0, m.datapoint(2, AVERAGE));
    }

    @Test
    void periodLengthIsConfigurable() {
        MetricSeries m = new MetricSeries(10 * S, 6);
        m.record(5 * S, 1.0);
        m.record(15 * S, 2.0);
        m.record(25 * S, 3.0);
        m.record(30 * S - 1, 5.0);
        m.advanceTo(30 * S);

        assertEquals(10 * S, m.periodMicros());
        assertEquals(2, m.latestClosedPeriod());
        assertEquals(1.0, m.datapoint(0, AVERAGE));
        assertEquals(2.0, m.datapoint(1, AVERAGE));
        assertEquals(4.0, m.datapoint(2, AVERAGE));
        assertEquals(2, m.sampleCount(2));
    }

    @Test
    void aPeriodStaysOpenUntilItsEnd() {
        MetricSeries m = new MetricSeries(10);
        assertEquals(-1, m.latestCompletedPeriodAt(0));
        assertEquals(-1, m.latestCompletedPeriodAt(60 * S - 1));
        assertEquals(0, m.latestCompletedPeriodAt(60 * S));
        assertEquals(2, m.latestCompletedPeriodAt(185 * S));

        m.record(10 * S, 1.0);
        m.advanceTo(60 * S - 1);
        assertEquals(-1, m.latestClosedPeriod());
        assertEquals(0, m.openPeriod());
        assertFalse(m.isRetained(0));
        assertThrows(IllegalArgumentException.class, () -> m.datapoint(0, AVERAGE));

        m.advanceTo(60 * S);
        assertEquals(0, m.latestClosedPeriod());
        assertEquals(1, m.openPeriod());
        assertEquals(1.0, m.datapoint(0, AVERAGE));
    }

    @Test
    void theRingKeepsOnlyTheLastKClosedPeriods() {
        MetricSeries m = new MetricSeries(60 * S, 3);
        for (int p = 0; p < 5; p++) {
            m.record(p * 60 * S, p + 1);
        }
        m.advanceTo(300 * S);

        assertEquals(4, m.latestClosedPeriod());
        assertFalse(m.isRetained(0));
        assertFalse(m.isRetained(1));
        assertFalse(m.hasDatapoint(1));
        assertThrows(IllegalArgumentException.class, () -> m.datapoint(1, SUM));
        assertEquals(3.0, m.datapoint(2, SUM));
        assertEquals(4.0, m.datapoint(3, SUM));
        assertEquals(5.0, m.datapoint(4, SUM));
        assertFalse(m.isRetained(5)); // open
        assertFalse(m.isRetained(-1));
    }

    @Test
    void aSlotReusedByTheRingDoesNotLeakOldSamples() {
        MetricSeries m = new MetricSeries(60 * S, 2);
        m.record(0, 7.0);
        m.advanceTo(180 * S); // period 2 reuses period 0's slot and has no samples
        assertFalse(m.hasDatapoint(2));
        assertEquals(0, m.sampleCount(2));
    }

    @Test
    void recordingIntoAClosedPeriodIsAnError() {
        MetricSeries m = new MetricSeries(10);
        m.record(70 * S, 1.0);
        assertThrows(IllegalStateException.class, () -> m.record(59 * S, 1.0));
        m.record(61 * S, 2.0); // earlier, but still in the open period
        m.advanceTo(150 * S);
        assertThrows(IllegalStateException.class, () -> m.record(119 * S, 1.0));
        assertThrows(IllegalArgumentException.class, () -> m.record(-1, 1.0));
        assertEquals(2, m.sampleCount(1));
    }

    @Test
    void rejectsValuesCloudWatchWouldReject() {
        MetricSeries m = new MetricSeries(10);
        assertThrows(IllegalArgumentException.class, () -> m.record(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> m.record(0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new MetricSeries(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new MetricSeries(60 * S, 0));
    }

    @Test
    void advancingIntoThePastDoesNothing() {
        MetricSeries m = new MetricSeries(10);
        m.advanceTo(200 * S);
        m.advanceTo(100 * S);
        assertEquals(3, m.openPeriod());
    }

    @Test
    void theListenerSeesEveryClosedPeriodInOrderIncludingMissingOnes() {
        List<String> rows = new ArrayList<>();
        MetricSeries m = new MetricSeries(60 * S, 2, (s, p) ->
                rows.add(p + ":" + (s.hasDatapoint(p) ? s.datapoint(p, SUM) : "-")));
        m.record(0, 1.0);
        m.record(30 * S, 2.0);
        m.record(150 * S, 7.0);
        m.advanceTo(240 * S);
        assertEquals(List.of("0:3.0", "1:-", "2:7.0", "3:-"), rows);
    }

    @Test
    void theListenerMustNotFeedItsOwnSeries() {
        MetricSeries m = new MetricSeries(60 * S, 2, (s, p) -> s.record(s.periodStart(p + 1), 1.0));
        m.record(0, 1.0);
        assertThrows(IllegalStateException.class, () -> m.advanceTo(60 * S));
    }

    @Test
    void recordingAllocatesNothingInSteadyState() {
        var bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        var mx = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());

        MetricSeries m = new MetricSeries(10 * S, 8);
        long t = 0;
        for (int i = 0; i < 200_000; i++) { // warm up, and let the JIT settle
            m.record(t += 1000, i & 7);
        }
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 1_000_000; i++) { // 1,000 s: 100 periods closed on the way
            m.record(t += 1000, i & 7);
        }
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 4096, "recording allocated " + allocated + " bytes");
    }
}

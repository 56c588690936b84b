package dev.fleetsim.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void percentilesAreWithinThreeSignificantDigits() {
        LatencyRecorder r = new LatencyRecorder();
        for (long v = 1; v <= 100_000; v++) r.record(v * 10); // 10 us .. 1 s, uniform
        assertEquals(100_000, r.count());
        assertEquals(500_000, r.percentileMicros(50), 500_000 * 0.001);
        assertEquals(990_000, r.percentileMicros(99), 990_000 * 0.001);
        assertEquals(500_005, r.meanMicros(), 500_005 * 0.001);
        assertEquals(1_000_000, r.maxMicros(), 1_000_000 * 0.001);
    }

    @Test
    void valuesAboveTheRangeAreClampedAndCounted() {
        LatencyRecorder r = new LatencyRecorder(1_000_000);
        r.record(5);
        r.record(10_000_000);
        assertEquals(2, r.count());
        assertEquals(1, r.clampedCount());
        assertEquals(1_000_000, r.maxMicros(), 1_000_000 * 0.001);
        assertThrows(IllegalArgumentException.class, () -> r.record(-1));
    }

    @Test
    void aRecorderCoveringALongRunRecordsMultiDayLatenciesExactly() {
        long day = LatencyRecorder.DEFAULT_HIGHEST_MICROS;
        LatencyRecorder r = LatencyRecorder.coveringUpTo(5 * day);
        r.record(3 * day); // a batch job that waited three days for a worker
        assertEquals(0, r.clampedCount());
        assertEquals(3 * day, r.maxMicros(), 3 * day * 0.001);
        assertEquals(day, LatencyRecorder.coveringUpTo(60_000_000).highestTrackableMicros(), "never below a day");
    }

    @Test
    void poolingKeepsTheWidestRange() {
        long day = LatencyRecorder.DEFAULT_HIGHEST_MICROS;
        LatencyRecorder shortRun = new LatencyRecorder();
        LatencyRecorder longRun = LatencyRecorder.coveringUpTo(4 * day);
        shortRun.record(1000);
        longRun.record(3 * day);
        LatencyRecorder pooled = LatencyRecorder.pooled(java.util.List.of(shortRun, longRun));
        assertEquals(2, pooled.count());
        assertEquals(0, pooled.clampedCount());
        assertEquals(3 * day, pooled.maxMicros(), 3 * day * 0.001);
    }

    @Test
    void mergesReplications() {
        LatencyRecorder a = new LatencyRecorder();
        LatencyRecorder b = new LatencyRecorder();
        for (int i = 0; i < 100; i++) a.record(1000);
        for (int i = 0; i < 100; i++) b.record(3000);
        a.add(b);
        assertEquals(200, a.count());
        assertEquals(2000, a.meanMicros(), 2);
        assertEquals(0.0, new LatencyRecorder().meanMicros());
    }
}

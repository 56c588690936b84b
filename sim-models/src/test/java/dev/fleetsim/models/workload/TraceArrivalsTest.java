package dev.fleetsim.models.workload;

import static dev.fleetsim.models.workload.ArrivalTestSupport.count;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.scenario.ArrivalsSpec;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import umontreal.ssj.rng.RandomStream;

class TraceArrivalsTest {
    private static final long S = SimTime.MICROS_PER_SECOND;
    private static final long M = SimTime.MICROS_PER_MINUTE;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static ArrivalsSpec.Trace timestamps(Path file, double scale, boolean loop, SimDuration period) {
        return new ArrivalsSpec.Trace(file, "timestamps", null, scale, loop, period);
    }

    private static ArrivalsSpec.Trace counts(Path file, SimDuration interval, boolean loop) {
        return new ArrivalsSpec.Trace(file, "counts", interval, 1.0, loop, null);
    }

    private static RandomStream stream(long seed) {
        return new RandomStreams(seed).stream("arrivals/test", 0);
    }

    private static long[] run(ArrivalsSpec spec, long end) {
        return ArrivalTestSupport.times(spec, stream(1), end);
    }

    @Test
    void timestampsReplayExactly() throws IOException {
        // Other columns are ignored, quoted cells may hold commas, CRLF and a blank line are fine,
        // and digits past the microsecond round half up.
        Path f = write("t.csv", "path,timestamp,status\r\n/a,0.5,200\r\n\"/b,c\",1.25,200\r\n/c, 1.25 ,500\r\n\r\n"
                + "/d,3.0000015,200\r\n/e,10,200\r\n");
        assertArrayEquals(new long[] {500_000, 1_250_000, 1_250_000, 3_000_002, 10_000_000},
                run(timestamps(f, 1, false, null), 60 * S));
        // time_scale 2: twice as slow; the end time cuts the trace.
        assertArrayEquals(new long[] {1_000_000, 2_500_000, 2_500_000, 6_000_004},
                run(timestamps(f, 2, false, null), 20 * S));
        // time_scale 0.5: twice as fast.
        assertArrayEquals(new long[] {250_000, 625_000, 625_000, 1_500_001, 5_000_000},
                run(timestamps(f, 0.5, false, null), 60 * S));
    }

    @Test
    void timestampsLoop() throws IOException {
        Path f = write("t.csv", "timestamp\n1\n2.5\n4\n");
        // Default period: the last timestamp, 4 s.
        assertArrayEquals(new long[] {1 * S, 2_500_000, 4 * S, 5 * S, 6_500_000, 8 * S, 9 * S},
                run(timestamps(f, 1, true, null), 9_500_000));
        // An explicit period of 10 s.
        assertArrayEquals(new long[] {1 * S, 2_500_000, 4 * S, 11 * S, 12_500_000, 14 * S, 21 * S},
                run(timestamps(f, 1, true, SimDuration.ofSeconds(10)), 22 * S));
    }

    @Test
    void countsPerIntervalAreExact() throws IOException {
        Path f = write("c.csv", "minute,count\n0,3\n1,0\n2,5\n3,2\n");
        long[] t = run(counts(f, SimDuration.ofSeconds(60), false), 60 * M);
        long[] expected = {3, 0, 5, 2};
        assertEquals(10, t.length);
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], count(t, i * M, (i + 1) * M), "minute " + i);
        }
        for (int i = 1; i < t.length; i++) {
            assertTrue(t[i] >= t[i - 1], "in order");
        }
        // Looped: the same counts every 4 minutes.
        t = run(counts(f, SimDuration.ofSeconds(60), true), 12 * M);
        assertEquals(30, t.length);
        for (int i = 0; i < 12; i++) {
            assertEquals(expected[i % 4], count(t, i * M, (i + 1) * M), "minute " + i);
        }
    }

    @Test
    void countsSpreadUniformlyWithinTheInterval() throws IOException {
        // 100,000 arrivals in one 100 s interval: each tenth of it holds Binomial(1e5, 0.1), sd ≈ 95.
        Path f = write("c.csv", "count\n100000\n");
        long[] t = run(counts(f, SimDuration.ofSeconds(100), false), 100 * S);
        assertEquals(100_000, t.length);
        for (int k = 0; k < 10; k++) {
            long c = count(t, k * 10 * S, (k + 1) * 10 * S);
            assertTrue(Math.abs(c - 10_000) <= 4 * Math.sqrt(100_000 * 0.1 * 0.9), "tenth " + k + ": " + c);
        }
    }

    @Test
    void aLargeTraceIsStreamedLineByLineAsTimeAdvances() throws IOException {
        // 1,000,000 requests 1 ms apart (about 12 MB, far more than the reader's 64 KiB buffer).
        Path f = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write("timestamp\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write(Long.toString(i / 1000));
                w.write('.');
                w.write(String.format("%03d", i % 1000));
                w.write('\n');
            }
        }
        assertTrue(Files.size(f) > 100 * 64 * 1024);
        EventLoop loop = new EventLoop();
        ArrivalTestSupport.Recorder r = new ArrivalTestSupport.Recorder(loop);
        TraceArrivals p = (TraceArrivals) Arrivals.create(timestamps(f, 1, false, null), loop, stream(1), r, 2000 * S);
        p.start();
        assertEquals(1, p.linesRead(), "only the first arrival is read at the start");
        loop.runUntil(250 * S);
        // Arrivals at 0, 1 ms, ..., 250 s inclusive have run; exactly one more line is pending.
        assertEquals(250_001, r.count());
        assertEquals(250_002, p.linesRead());
        assertEquals(1, loop.pending());
        loop.runUntil(2000 * S);
        assertEquals(1_000_000, r.count());
        assertFalse(p.isOpen(), "closed at the end of the trace");
    }

    @Test
    void theFileClosesWhenTheEndTimeIsReached() throws IOException {
        Path f = write("t.csv", "timestamp\n1\n2\n3\n4\n");
        EventLoop loop = new EventLoop();
        TraceArrivals p = (TraceArrivals) Arrivals.create(timestamps(f, 1, false, null), loop, stream(1), () -> {}, 2500_000);
        p.start();
        loop.runUntil(10 * S);
        assertFalse(p.isOpen());
        assertEquals(3, p.linesRead(), "reads the line past the end time, not the rest");
    }

    @Test
    void badLinesNameFileAndLine() throws IOException {
        assertEquals(f("a.csv") + ":4: expected seconds from the start of the trace, like 12.5 in column 'timestamp', "
                + "found 'abc'", failure(timestamps(write("a.csv", "timestamp\n1\n2\nabc\n"), 1, false, null)));
        assertEquals(f("b.csv") + ":3: expected a timestamp of at least 2s (the line before) in column 'timestamp', "
                + "found '1.5'", failure(timestamps(write("b.csv", "timestamp\n2\n1.5\n"), 1, false, null)));
        assertEquals(f("c.csv") + ":3: expected a value in column 'timestamp' (column 2), found a line with 1 column",
                failure(timestamps(write("c.csv", "id,timestamp\n1,0.5\n2\n"), 1, false, null)));
        assertEquals(f("d.csv") + ":2: expected a count, an integer from 0 to 2147483647 in column 'count', found '-3'",
                failure(counts(write("d.csv", "count\n-3\n"), SimDuration.ofSeconds(1), false)));
        assertEquals(f("e.csv") + ":1: expected a header line naming a 'count' column, found 'counts'",
                failure(counts(write("e.csv", "counts\n3\n"), SimDuration.ofSeconds(1), false)));
        assertEquals(f("none.csv") + ": expected a CSV trace, found no such file",
                failure(counts(dir.resolve("none.csv"), SimDuration.ofSeconds(1), false)));
        assertEquals(f("z.csv") + ": expected a trace lasting longer than 0s to loop, found all timestamps at 0",
                failure(timestamps(write("z.csv", "timestamp\n0\n0\n"), 1, true, null)));
        assertEquals(f("p.csv") + ":3: expected a timestamp within the loop period (5s) in column 'timestamp', found '6'",
                failure(timestamps(write("p.csv", "timestamp\n1\n6\n"), 1, true, SimDuration.ofSeconds(5))));
    }

    private String f(String name) {
        return dir.resolve(name).toString();
    }

    private static String failure(ArrivalsSpec spec) {
        return assertThrows(TraceException.class, () -> run(spec, 3600 * S)).getMessage();
    }

    @Test
    void sameSeedSameCountsTimes() throws IOException {
        Path f = write("c.csv", "count\n50\n7\n0\n90\n");
        ArrivalsSpec s = counts(f, SimDuration.ofSeconds(1), true);
        assertArrayEquals(ArrivalTestSupport.times(s, stream(3), 60 * S), ArrivalTestSupport.times(s, stream(3), 60 * S));
    }
}

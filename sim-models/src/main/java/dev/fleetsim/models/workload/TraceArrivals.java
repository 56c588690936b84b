package dev.fleetsim.models.workload;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;
import java.nio.file.Path;
import umontreal.ssj.rng.RandomStream;

/**
 * Arrivals replayed from a CSV trace, streamed: the file is read one line at a time as simulated
 * time reaches it, so only the next arrival is ever pending, whatever the trace's size.
 *
 * <ul>
 *   <li>Timestamps: each line is one request at its {@code timestamp}, in seconds from the start
 *       of the trace; timestamps must not decrease.
 *   <li>Counts: line {@code i} (from 0) holds the number of requests in
 *       [{@code i}·interval, ({@code i}+1)·interval); they arrive at independent uniformly random
 *       times within it (drawn in increasing order, one at a time, as the successive minima of
 *       the remaining uniform points), like a Poisson process conditioned on its count.
 * </ul>
 *
 * Simulated time = trace time × {@code timeScale}. With {@code loop}, the trace starts again at
 * the end of each pass: a timestamps trace lasts {@code period} (default: its last timestamp), a
 * counts trace lines × interval. The file is closed when the trace ends, when the next arrival
 * would be at or after the end time, or on {@link #close()}. A malformed line throws a
 * {@link TraceException} naming the file and line, when the simulation reaches it.
 */
final class TraceArrivals implements ArrivalProcess, Event {
    private static final long DONE = Long.MAX_VALUE;

    private final Scheduler scheduler;
    private final Path file;
    private final boolean counts;
    private final long interval;
    private final double timeScale;
    private final boolean loop;
    private final long period;
    private final RandomStream stream;
    private final ArrivalListener listener;
    private final long endTime;

    private TraceReader reader;
    private long linesRead;
    private long passOffset; // trace time at which the current pass starts
    private long passLength = -1; // trace time one pass lasts, known after the first pass
    private long lastTimestamp;
    private boolean anyData;

    // Counts: the current interval.
    private long intervalIndex;
    private long remaining;
    private long intervalStart;
    private double intervalLength;
    private double offset;

    /**
     * @param interval  counts: trace time covered by one line, in microseconds; ignored for timestamps
     * @param period    timestamps with loop: trace time of one pass in microseconds, or 0 for the last timestamp
     */
    TraceArrivals(Scheduler scheduler, Path file, boolean counts, long interval, double timeScale, boolean loop,
            long period, RandomStream stream, ArrivalListener listener, long endTime) {
        if (counts && interval <= 0 || !(timeScale > 0) || Double.isInfinite(timeScale) || period < 0) {
            throw new IllegalArgumentException("bad trace parameters: interval " + interval + " us, time scale "
                    + timeScale + ", period " + period + " us");
        }
        this.scheduler = scheduler;
        this.file = file;
        this.counts = counts;
        this.interval = interval;
        this.timeScale = timeScale;
        this.loop = loop;
        this.period = period;
        this.stream = stream;
        this.listener = listener;
        this.endTime = endTime;
    }

    @Override
    public void start() {
        open();
        scheduleNext();
    }

    @Override
    public void fire() {
        listener.arrival();
        scheduleNext();
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    /** Data lines read so far, over all passes: how far into the file the replay has gone. */
    long linesRead() {
        return linesRead;
    }

    /** Whether the file is still open. */
    boolean isOpen() {
        return reader != null;
    }

    private void scheduleNext() {
        long next;
        try {
            next = next();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        if (next < endTime) {
            scheduler.scheduleAt(Math.max(next, scheduler.now()), this);
        } else {
            close();
        }
    }

    private void open() {
        reader = new TraceReader(file, counts ? "count" : "timestamp");
    }

    /** The next arrival time, or a time at or after the end time when there is none before it. */
    private long next() {
        while (true) {
            if (counts && remaining > 0) {
                // The smallest of the remaining uniform points in what is left of the interval.
                offset += (intervalLength - offset) * (1 - Math.pow(stream.nextDouble(), 1.0 / remaining));
                remaining--;
                return intervalStart + (long) Math.min(offset, Math.max(0, intervalLength - 1));
            }
            if (!reader.next()) {
                if (!nextPass()) {
                    return DONE;
                }
                continue;
            }
            linesRead++;
            anyData = true;
            if (counts) {
                long traceStart = passOffset + intervalIndex++ * interval;
                intervalStart = simTime(traceStart);
                if (intervalStart >= endTime) {
                    return DONE;
                }
                intervalLength = simTime(traceStart + interval) - intervalStart;
                remaining = reader.count();
                offset = 0;
            } else {
                long t = reader.seconds();
                if (t < lastTimestamp) {
                    throw reader.bad("a timestamp of at least " + seconds(lastTimestamp) + " (the line before)");
                }
                if (loop && period > 0 && t > period) {
                    throw reader.bad("a timestamp within the loop period (" + seconds(period) + ")");
                }
                lastTimestamp = t;
                return simTime(passOffset + t);
            }
        }
    }

    /** At the end of a pass: starts the next one if looping and it can produce arrivals. */
    private boolean nextPass() {
        if (passLength < 0) {
            passLength = counts ? intervalIndex * interval : period > 0 ? period : lastTimestamp;
        }
        if (!loop || !anyData) {
            return false;
        }
        if (passLength <= 0) {
            throw new TraceException(file, 0, "expected a trace lasting longer than 0s to loop, found all timestamps at 0");
        }
        passOffset = Math.addExact(passOffset, passLength);
        if (simTime(passOffset) >= endTime) {
            return false;
        }
        close();
        open();
        lastTimestamp = 0;
        intervalIndex = 0;
        return true;
    }

    private long simTime(long traceMicros) {
        return timeScale == 1.0 ? traceMicros : Math.round(traceMicros * timeScale);
    }

    private static String seconds(long micros) {
        return java.math.BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString() + "s";
    }
}

package dev.fleetsim.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The packed-key queue against a plain reference ordered by (time, scheduling order), under
 * random pushes, pops and cancellations with many equal times, times up to
 * {@link Long#MAX_VALUE}, and pending counts that rise and fall (so sequence numbers run out and
 * are renumbered, and the key split changes). A small {@code maxTimeBits} shrinks the time window
 * so that far events, rebasing and re-heapifying happen all the time.
 */
class EventQueueTest {

    /** An event that only carries its id; the queue never fires it. */
    private record Tagged(long id, long time) implements Event {
        @Override
        public void fire() {}
    }

    private static final Comparator<Tagged> ORDER =
            Comparator.comparingLong(Tagged::time).thenComparingLong(Tagged::id);

    @ParameterizedTest(name = "seed {0}, maxTimeBits {1}")
    @CsvSource({
        "1, 63", "2, 63", "3, 40", "4, 20", "5, 12", "6, 8", "7, 4", "8, 2", "9, 1", "10, 30",
    })
    void matchesAReferenceUnderRandomOperations(long seed, int maxTimeBits) {
        SplittableRandom rnd = new SplittableRandom(seed);
        EventQueue queue = new EventQueue(4, maxTimeBits);
        TreeSet<Tagged> reference = new TreeSet<>(ORDER);
        List<long[]> live = new ArrayList<>(); // {handle, index into events}
        List<Tagged> events = new ArrayList<>();
        List<Long> staleHandles = new ArrayList<>();
        long floor = 0; // time of the last pop: pushes may not go below it
        long nextId = 0;
        int pops = 0;

        for (int step = 0; step < 60_000; step++) {
            // Phases: grow towards ~3000 pending, then drain towards 0, and again.
            boolean growing = (step / 7_000) % 2 == 0;
            int op = rnd.nextInt(100);
            int pushShare = growing ? 60 : 30;
            if (op < pushShare || reference.isEmpty()) {
                long time = randomTime(rnd, floor);
                Tagged e = new Tagged(nextId++, time);
                long handle = queue.push(time, e);
                assertTrue(handle != Scheduler.NO_HANDLE);
                reference.add(e);
                events.add(e);
                live.add(new long[] {handle, events.size() - 1});
            } else if (op < pushShare + 25) {
                Tagged expected = reference.pollFirst();
                assertEquals(expected.time(), queue.peekTime(), "peek at step " + step);
                Event got = queue.pop();
                assertSame(expected, got, "pop at step " + step);
                floor = expected.time();
                pops++;
                removeLive(live, events, expected, staleHandles);
            } else if (op < pushShare + 37) {
                long[] victim = live.remove(rnd.nextInt(live.size()));
                Tagged e = events.get((int) victim[1]);
                assertTrue(queue.cancel(victim[0]), "cancel at step " + step);
                assertTrue(reference.remove(e));
                staleHandles.add(victim[0]);
            } else if (!staleHandles.isEmpty()) {
                long stale = staleHandles.get(rnd.nextInt(staleHandles.size()));
                assertFalse(queue.cancel(stale), "stale handle at step " + step);
            }
            assertEquals(reference.size(), queue.size());
            if (!reference.isEmpty()) {
                assertEquals(reference.first().time(), queue.peekTime(), "peek at step " + step);
            }
        }
        while (!reference.isEmpty()) {
            Tagged expected = reference.pollFirst();
            assertEquals(expected.time(), queue.peekTime());
            assertSame(expected, queue.pop());
        }
        assertTrue(queue.isEmpty());
        assertTrue(pops > 10_000, "the test should pop a lot: " + pops);
    }

    /** Times at or after the floor: many exact ties, short and long gaps, and huge values. */
    private static long randomTime(SplittableRandom rnd, long floor) {
        long room = Long.MAX_VALUE - floor;
        int kind = rnd.nextInt(100);
        long delta;
        if (kind < 40) {
            delta = rnd.nextInt(4); // ties
        } else if (kind < 70) {
            delta = rnd.nextInt(1_000);
        } else if (kind < 97) {
            delta = rnd.nextLong(1L << rnd.nextInt(1, 45)); // up to ~200 days in microseconds
        } else if (kind < 98) {
            delta = room; // exactly Long.MAX_VALUE
        } else if (kind < 99) {
            delta = Long.MAX_VALUE / 2;
        } else {
            delta = rnd.nextLong(Long.MAX_VALUE);
        }
        return floor + Math.min(delta, room);
    }

    private static void removeLive(List<long[]> live, List<Tagged> events, Tagged e, List<Long> stale) {
        for (int i = 0; i < live.size(); i++) {
            if (events.get((int) live.get(i)[1]) == e) {
                stale.add(live.get(i)[0]);
                live.set(i, live.get(live.size() - 1));
                live.remove(live.size() - 1);
                return;
            }
        }
        throw new AssertionError("popped event was not live: " + e);
    }

    @Test
    void tiesStayFifoAcrossManyRenumberings() {
        EventQueue queue = new EventQueue(16);
        List<Tagged> order = new ArrayList<>();
        // 100 events at time 5 stay pending while 200,000 others come and go, so the sequence
        // space (1024 numbers at this size) is renumbered hundreds of times around them.
        for (int i = 0; i < 100; i++) {
            Tagged e = new Tagged(i, 5);
            queue.push(5, e);
            order.add(e);
        }
        for (int i = 0; i < 200_000; i++) {
            queue.push(1, new Tagged(-1, 1));
            assertEquals(-1, ((Tagged) queue.pop()).id());
            if (i % 1000 == 0) {
                Tagged e = new Tagged(100 + i, 5);
                queue.push(5, e);
                order.add(e);
            }
        }
        for (Tagged expected : order) {
            assertSame(expected, queue.pop());
        }
        assertTrue(queue.isEmpty());
    }

    @Test
    void extremeTimesRunInOrder() {
        EventLoop loop = new EventLoop(4);
        List<Long> seen = new ArrayList<>();
        long[] times = {
            Long.MAX_VALUE, 0, Long.MAX_VALUE / 2, 1L << 42, Long.MAX_VALUE - 1, (1L << 42) + 1,
            Long.MAX_VALUE, 3, Long.MAX_VALUE / 2, 1L << 62,
        };
        for (long t : times) {
            loop.scheduleAt(t, () -> seen.add(loop.now()));
        }
        loop.runUntilEmpty();
        long[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        List<Long> expected = new ArrayList<>();
        for (long t : sorted) expected.add(t);
        assertEquals(expected, seen);
    }

    @Test
    void aMillionMicrosecondTimersOverSixtyDaysStayOrdered() {
        // 30+ day scenarios with many pending events push times past the near window of a large
        // queue (2^41 us at a million pending); here 200,000 pending over 60 days.
        SplittableRandom rnd = new SplittableRandom(7);
        EventLoop loop = new EventLoop(1024);
        long horizon = 60L * SimTime.MICROS_PER_DAY;
        long[] last = {-1};
        long[] count = {0};
        Event[] hop = new Event[1];
        hop[0] = () -> {
            assertTrue(loop.now() >= last[0]);
            last[0] = loop.now();
            count[0]++;
            long next = loop.now() + rnd.nextLong(20L * SimTime.MICROS_PER_DAY);
            if (next < horizon) {
                loop.scheduleAt(next, hop[0]);
            }
        };
        for (int i = 0; i < 200_000; i++) {
            loop.scheduleAt(rnd.nextLong(horizon), hop[0]);
        }
        loop.runUntilEmpty();
        assertTrue(count[0] > 200_000);
        assertEquals(0, loop.pending());
    }
}

package dev.fleetsim.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventLoopTest {

    @Test
    void runsEventsInTimeOrderAndAdvancesTheClock() {
        EventLoop loop = new EventLoop();
        List<Long> seen = new ArrayList<>();
        for (long t : new long[] {50, 10, 30, 20, 40}) {
            loop.scheduleAt(t, () -> seen.add(loop.now()));
        }
        loop.runUntilEmpty();
        assertEquals(List.of(10L, 20L, 30L, 40L, 50L), seen);
        assertEquals(50, loop.now());
        assertEquals(5, loop.eventsRun());
    }

    @Test
    void tiesRunInSchedulingOrder() {
        EventLoop loop = new EventLoop(4); // small, so the heap must grow and reshuffle
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int id = i;
            loop.scheduleAt(i % 3 == 0 ? 7 : 5, () -> seen.add(id));
        }
        loop.runUntilEmpty();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) if (i % 3 != 0) expected.add(i);
        for (int i = 0; i < 1000; i++) if (i % 3 == 0) expected.add(i);
        assertEquals(expected, seen);
    }

    @Test
    void eventScheduledForNowByARunningEventRunsAfterEarlierTies() {
        EventLoop loop = new EventLoop();
        List<String> seen = new ArrayList<>();
        loop.scheduleAt(10, () -> {
            seen.add("a");
            loop.scheduleAfter(0, () -> seen.add("c"));
        });
        loop.scheduleAt(10, () -> seen.add("b"));
        loop.runUntilEmpty();
        assertEquals(List.of("a", "b", "c"), seen);
    }

    @Test
    void cancelledEventDoesNotRunAndItsHandleGoesStale() {
        EventLoop loop = new EventLoop();
        List<String> seen = new ArrayList<>();
        long h = loop.scheduleAt(10, () -> seen.add("cancelled"));
        loop.scheduleAt(20, () -> seen.add("kept"));
        assertTrue(loop.cancel(h));
        assertFalse(loop.cancel(h), "second cancel of the same handle");
        assertFalse(loop.cancel(Scheduler.NO_HANDLE));
        loop.runUntilEmpty();
        assertEquals(List.of("kept"), seen);
    }

    @Test
    void handleOfAnEventThatRanCannotCancelTheEventThatReusedItsSlot() {
        EventLoop loop = new EventLoop();
        List<String> seen = new ArrayList<>();
        long first = loop.scheduleAt(1, () -> seen.add("first"));
        loop.runUntil(1);
        loop.scheduleAt(2, () -> seen.add("second")); // reuses the freed slot
        assertFalse(loop.cancel(first));
        loop.runUntilEmpty();
        assertEquals(List.of("first", "second"), seen);
    }

    @Test
    void eventsMayCancelAndScheduleOthersWhileRunning() {
        EventLoop loop = new EventLoop();
        List<String> seen = new ArrayList<>();
        long[] victim = new long[1];
        loop.scheduleAt(10, () -> {
            seen.add("canceller@" + loop.now());
            assertTrue(loop.cancel(victim[0]));
            loop.scheduleAfter(5, () -> seen.add("child@" + loop.now()));
        });
        victim[0] = loop.scheduleAt(12, () -> seen.add("victim"));
        loop.scheduleAt(20, () -> seen.add("last@" + loop.now()));
        loop.runUntilEmpty();
        assertEquals(List.of("canceller@10", "child@15", "last@20"), seen);
    }

    @Test
    void schedulingIntoThePastIsAnError() {
        EventLoop loop = new EventLoop();
        loop.scheduleAt(100, () -> {});
        loop.runUntilEmpty();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> loop.scheduleAt(99, () -> {}));
        assertTrue(e.getMessage().contains("past"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> loop.scheduleAfter(-1, () -> {}));
    }

    @Test
    void runUntilHorizonIsInclusiveLeavesLaterEventsAndSetsTheClock() {
        EventLoop loop = new EventLoop();
        List<Long> seen = new ArrayList<>();
        for (long t : new long[] {5, 10, 11, 30}) {
            loop.scheduleAt(t, () -> seen.add(loop.now()));
        }
        loop.runUntil(10);
        assertEquals(List.of(5L, 10L), seen);
        assertEquals(10, loop.now());
        assertEquals(2, loop.pending());
        loop.runUntil(20);
        assertEquals(20, loop.now(), "clock advances to the horizon even without events there");
        assertEquals(List.of(5L, 10L, 11L), seen);
        loop.runUntilEmpty();
        assertEquals(30, loop.now());
    }

    @Test
    void stopReturnsAfterTheCurrentEvent() {
        EventLoop loop = new EventLoop();
        List<Long> seen = new ArrayList<>();
        loop.scheduleAt(1, () -> seen.add(1L));
        loop.scheduleAt(2, () -> {
            seen.add(2L);
            loop.stop();
        });
        loop.scheduleAt(3, () -> seen.add(3L));
        loop.runUntil(100);
        assertEquals(List.of(1L, 2L), seen);
        assertEquals(2, loop.now());
        loop.runUntil(100);
        assertEquals(List.of(1L, 2L, 3L), seen);
    }

    /**
     * Random schedules and cancellations checked against a simple reference (a sorted queue of
     * (time, sequence) pairs): the kernel must run exactly the surviving events in order.
     */
    @Test
    void matchesAReferenceQueueUnderRandomScheduleAndCancel() {
        SplittableRandom rnd = new SplittableRandom(12345);
        EventLoop loop = new EventLoop(8);
        PriorityQueue<long[]> reference =
                new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<Long> ran = new ArrayList<>();
        List<long[]> live = new ArrayList<>(); // {handle, time, id}
        long id = 0;
        for (int i = 0; i < 20000; i++) {
            if (!live.isEmpty() && rnd.nextInt(4) == 0) {
                long[] victim = live.remove(rnd.nextInt(live.size()));
                assertTrue(loop.cancel(victim[0]));
                reference.removeIf(r -> r[1] == victim[2]);
            } else {
                long t = rnd.nextInt(500);
                long eid = id++;
                long h = loop.scheduleAt(t, () -> ran.add(eid));
                live.add(new long[] {h, t, eid});
                reference.add(new long[] {t, eid});
            }
        }
        loop.runUntilEmpty();
        List<Long> expected = new ArrayList<>();
        while (!reference.isEmpty()) expected.add(reference.poll()[1]);
        assertEquals(expected, ran);
    }
}

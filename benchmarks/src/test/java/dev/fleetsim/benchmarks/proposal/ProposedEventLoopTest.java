package dev.fleetsim.benchmarks.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.Scheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The proposed queue changes (both switched on here) must run events in exactly the order
 * sim-core's kernel does: a differential test under random scheduling, ties and cancellation.
 */
class ProposedEventLoopTest {
    static {
        // Read once, when ProposedEventQueue is initialised; nothing else in this JVM uses it.
        System.setProperty("proposal.fusedPop", "true");
        System.setProperty("proposal.cmovSelect", "true");
    }

    /**
     * A random model: each event, labelled when scheduled, records (time, label) when it runs,
     * schedules 0-2 follow-ups (delays drawn from a small range, so many ties) and sometimes
     * cancels a pending event.
     */
    private static final class Model {
        final Scheduler s;
        final LongSupplier now;
        final SplittableRandom r;
        final List<String> out = new ArrayList<>();
        final List<Long> handles = new ArrayList<>();
        int labels;

        Model(Scheduler s, LongSupplier now, long seed) {
            this.s = s;
            this.now = now;
            this.r = new SplittableRandom(seed);
        }

        void at(long time) {
            handles.add(s.scheduleAt(time, new Labelled(this, labels++)));
        }

        void after(long delay) {
            handles.add(s.scheduleAfter(delay, new Labelled(this, labels++)));
        }

        void maybeCancel(int oneIn) {
            if (!handles.isEmpty() && r.nextInt(oneIn) == 0) {
                out.add("cancel:" + s.cancel(handles.remove(r.nextInt(handles.size()))));
            }
        }

        void fired(int label) {
            out.add(now.getAsLong() + ":" + label);
            int k = r.nextInt(3);
            for (int i = 0; i < k; i++) {
                after(r.nextInt(4));
            }
            maybeCancel(4);
        }
    }

    private static final class Labelled implements Event {
        final Model model;
        final int label;

        Labelled(Model model, int label) {
            this.model = model;
            this.label = label;
        }

        @Override
        public void fire() {
            model.fired(label);
        }
    }

    private static List<String> trace(Scheduler s, LongSupplier now, Runnable step, long seed) {
        Model m = new Model(s, now, seed);
        for (int i = 0; i < 300; i++) {
            m.at(m.r.nextInt(50));
        }
        for (int i = 0; i < 200; i++) {
            step.run();
            m.maybeCancel(5);
            if (m.r.nextInt(3) == 0) {
                m.after(m.r.nextInt(3));
            }
        }
        return m.out;
    }

    @Test
    void proposedQueueRunsEventsInTheKernelsOrder() {
        assertTrue(ProposedEventQueue.FUSED_POP && ProposedEventQueue.CMOV_SELECT);
        for (long seed = 1; seed <= 20; seed++) {
            EventLoop a = new EventLoop(8);
            ProposedEventLoop b = new ProposedEventLoop(8);
            long[] ha = {0};
            long[] hb = {0};
            List<String> ta = trace(a, a::now, () -> a.runUntil(ha[0] += 3), seed);
            List<String> tb = trace(b, b::now, () -> b.runUntil(hb[0] += 3), seed);
            assertTrue(ta.size() > 1000, "trace too short: " + ta.size());
            int i = 0;
            while (i < ta.size() && i < tb.size() && ta.get(i).equals(tb.get(i))) {
                i++;
            }
            int from = Math.max(0, i - 3);
            assertEquals(ta.subList(from, Math.min(ta.size(), i + 3)), tb.subList(from, Math.min(tb.size(), i + 3)),
                    "seed " + seed + ": traces differ at entry " + i);
            assertEquals(ta.size(), tb.size(), "seed " + seed);
            assertEquals(a.pending(), b.pending());
            assertEquals(a.eventsRun(), b.eventsRun());
        }
    }

    @Test
    void proposedHoldMatchesKernelHold() {
        long[] inc = new long[1 << 10];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < inc.length; i++) {
            inc[i] = 1 + r.nextInt(2_000); // coarse: ties at every level
        }
        ProposedHold proposed = new ProposedHold(5_000, inc);
        LadderHeap ladder = new LadderHeap(5_000, inc);
        for (int b = 0; b < 10; b++) {
            assertEquals(ladder.run(10_000), proposed.run(10_000));
        }
        assertEquals(5_000, proposed.pending());
    }
}

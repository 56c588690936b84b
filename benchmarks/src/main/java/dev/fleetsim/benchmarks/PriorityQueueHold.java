package dev.fleetsim.benchmarks;

import java.util.PriorityQueue;

/**
 * Hold model on {@link java.util.PriorityQueue}: the baseline a hand-written simulator would
 * start from. Entries are small immutable event objects (time, sequence number for FIFO ties,
 * handler), and <em>a new entry is allocated per schedule</em> — the realistic choice, since an
 * entry cannot be mutated while it sits in the queue. Handlers are preallocated, as in the
 * fleetsim variant, and dispatched through an interface call.
 */
final class PriorityQueueHold implements HoldKernel {
    private final PriorityQueue<Entry> queue;
    private final long[] increments;
    private int next;
    private long now;
    private long nextSeq;

    PriorityQueueHold(int pending) {
        this.queue = new PriorityQueue<>(pending);
        this.increments = HoldIncrements.micros();
        for (int i = 0; i < pending; i++) {
            queue.add(new Entry(nextIncrement(), nextSeq++, new Hold(this)));
        }
    }

    private long nextIncrement() {
        long d = increments[next];
        next = (next + 1) & HoldIncrements.MASK;
        return d;
    }

    void scheduleAfter(long delay, Handler handler) {
        queue.add(new Entry(now + delay, nextSeq++, handler));
    }

    @Override
    public long run(int events) {
        for (int i = 0; i < events; i++) {
            Entry e = queue.poll();
            now = e.time;
            e.handler.fire();
        }
        return now;
    }

    @Override
    public int pending() {
        return queue.size();
    }

    interface Handler {
        void fire();
    }

    private static final class Entry implements Comparable<Entry> {
        final long time;
        final long seq;
        final Handler handler;

        Entry(long time, long seq, Handler handler) {
            this.time = time;
            this.seq = seq;
            this.handler = handler;
        }

        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private static final class Hold implements Handler {
        private final PriorityQueueHold model;

        Hold(PriorityQueueHold model) {
            this.model = model;
        }

        @Override
        public void fire() {
            model.scheduleAfter(model.nextIncrement(), this);
        }
    }
}

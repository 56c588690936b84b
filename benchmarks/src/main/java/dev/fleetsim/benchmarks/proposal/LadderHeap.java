package dev.fleetsim.benchmarks.proposal;

/**
 * Cost attribution between the bare heap and the kernel: the bare 4-ary long[] heap with the
 * kernel's features switched on one at a time by system properties (each measured in its own
 * JVM). Not a kernel; the hold model only.
 *
 * <ul>
 *   <li>{@code ladder.seq}: a sequence number per entry, moved with it and compared on time ties
 *       (ties found arithmetically; {@code ladder.branchyTie} finds them with a boolean expression
 *       instead, {@code ladder.seqCarryOnly} never compares);
 *   <li>{@code ladder.slot}: an int slot per entry, moved with it, and dispatch through a handler
 *       array (interface call) to obtain the next delay;
 *   <li>{@code ladder.pos}: slot-to-position index maintained on every move (what O(log n)
 *       cancellation needs);
 *   <li>{@code ladder.popPush}: separate pop (last to root, sift down) and push (sift up) instead
 *       of the fused replace-top.
 * </ul>
 */
public final class LadderHeap {
    static final boolean SEQ = Boolean.getBoolean("ladder.seq");
    /** With {@code ladder.seq}: move sequence numbers but never compare them (ties unordered). */
    static final boolean SEQ_CARRY_ONLY = Boolean.getBoolean("ladder.seqCarryOnly");
    /** With {@code ladder.seq}: detect time ties with a boolean expression (compiles to a branch). */
    static final boolean BRANCHY_TIE = Boolean.getBoolean("ladder.branchyTie");
    static final boolean SLOT = Boolean.getBoolean("ladder.slot");
    static final boolean POS = Boolean.getBoolean("ladder.pos");
    static final boolean POP_PUSH = Boolean.getBoolean("ladder.popPush");

    /** What an event handler is reduced to here: it yields its next delay. */
    public interface Handler {
        long nextDelay();
    }

    private final long[] time;
    private final long[] seq;
    private final int[] slotOf;
    private final int[] posOf;
    private final Handler[] handlers;
    private final long[] increments;
    private final int mask;
    private int size;
    private int next;
    private long nextSeq;

    public LadderHeap(int pending, long[] increments) {
        this.increments = increments;
        this.mask = increments.length - 1;
        time = new long[pending];
        seq = new long[pending];
        slotOf = new int[pending];
        posOf = new int[pending];
        handlers = new Handler[pending];
        for (int i = 0; i < pending; i++) {
            handlers[i] = new Hold(this);
        }
        for (int i = 0; i < pending; i++) {
            siftUp(size++, nextIncrement(), nextSeq++, i);
        }
    }

    long nextIncrement() {
        long d = increments[next];
        next = (next + 1) & mask;
        return d;
    }

    public int pending() {
        return size;
    }

    public long run(int events) {
        long now = 0;
        for (int i = 0; i < events; i++) {
            now = time[0];
            int slot = SLOT ? slotOf[0] : 0;
            long delay = SLOT ? handlers[slot].nextDelay() : nextIncrement();
            long s = SEQ ? nextSeq++ : 0;
            if (POP_PUSH) {
                int last = --size;
                if (last > 0) {
                    siftDown(0, time[last], SEQ ? seq[last] : 0, SLOT ? slotOf[last] : 0);
                }
                siftUp(size++, now + delay, s, slot);
            } else {
                siftDown(0, now + delay, s, slot);
            }
        }
        return now;
    }

    private static boolean less(long t1, long s1, long t2, long s2) {
        return SEQ && !SEQ_CARRY_ONLY ? (t1 < t2 || (t1 == t2 && s1 < s2)) : t1 < t2;
    }

    private void place(int pos, long t, long s, int slot) {
        time[pos] = t;
        if (SEQ) {
            seq[pos] = s;
        }
        if (SLOT) {
            slotOf[pos] = slot;
        }
        if (POS) {
            posOf[slot] = pos;
        }
    }

    private void siftUp(int pos, long t, long s, int slot) {
        while (pos > 0) {
            int parent = (pos - 1) >> 2;
            long pt = time[parent];
            long ps = SEQ ? seq[parent] : 0;
            if (!less(t, s, pt, ps)) {
                break;
            }
            place(pos, pt, ps, SLOT ? slotOf[parent] : 0);
            pos = parent;
        }
        place(pos, t, s, slot);
    }

    private void siftDown(int pos, long t, long s, int slot) {
        final long[] ht = time;
        final long[] hs = seq;
        final int n = size;
        while (true) {
            int first = (pos << 2) + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bt = ht[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                long ct = ht[c];
                if (ct < bt) {
                    best = c;
                    bt = ct;
                }
            }
            if (SEQ && !SEQ_CARRY_ONLY) {
                // FIFO among equal times; ties are rare, so this branch is well predicted.
                // Count children whose time equals the minimum without branches: (d | -d) has
                // its sign bit set unless d == 0. (A boolean expression here compiles to a branch
                // that mispredicts once per level, which costs as much as the whole bare heap.)
                boolean tie;
                if (BRANCHY_TIE) {
                    tie = false;
                    for (int c = first; c < end; c++) {
                        tie |= (ht[c] == bt) & (c != best);
                    }
                } else {
                    int equal = 0;
                    for (int c = first; c < end; c++) {
                        long d = ht[c] - bt;
                        equal += (int) (((d | -d) >>> 63) ^ 1L);
                    }
                    tie = equal > 1;
                }
                if (tie) {
                    for (int c = first; c < end; c++) {
                        if (ht[c] == bt && hs[c] < hs[best]) {
                            best = c;
                        }
                    }
                }
            }
            long bs = SEQ ? hs[best] : 0;
            if (!less(bt, bs, t, s)) {
                break;
            }
            place(pos, bt, bs, SLOT ? slotOf[best] : 0);
            pos = best;
        }
        place(pos, t, s, slot);
    }

    private static final class Hold implements Handler {
        private final LadderHeap heap;

        Hold(LadderHeap heap) {
            this.heap = heap;
        }

        @Override
        public long nextDelay() {
            return heap.nextIncrement();
        }
    }
}

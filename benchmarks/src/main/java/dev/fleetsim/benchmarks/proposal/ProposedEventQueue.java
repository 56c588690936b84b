package dev.fleetsim.benchmarks.proposal;

import dev.fleetsim.core.kernel.Event;
import java.util.Arrays;

/**
 * A copy of sim-core's {@code EventQueue} (same 4-ary primitive heap, same (time, sequence)
 * order, same slot/generation handles) with two optional changes, switched by system properties
 * so that each is measured in its own JVM:
 *
 * <ul>
 *   <li>{@code -Dproposal.fusedPop=true}: {@link #pop()} only vacates the root; if the next queue
 *       operation is a {@link #push}, the new entry is written at the root and sifted down once
 *       (a fused replace-top, the usual "event reschedules itself" case). Any other operation
 *       first completes the deferred removal. Order and handles are unchanged.
 *   <li>{@code -Dproposal.cmovSelect=true}: sift-down picks the smallest child by time alone, in a
 *       shape C2 compiles to conditional moves, and compares sequence numbers only when times tie
 *       (see {@link #siftDownSelect}).
 * </ul>
 */
final class ProposedEventQueue {
    static final boolean FUSED_POP = Boolean.getBoolean("proposal.fusedPop");
    static final boolean CMOV_SELECT = Boolean.getBoolean("proposal.cmovSelect");

    private static final int ARITY = 4;
    private static final long NO_HANDLE = 0L;

    private long[] heapTime;
    private long[] heapSeq;
    private int[] heapSlot;
    private int size; // includes the vacant root while rootVacant

    private Event[] slotEvent;
    private int[] slotPos;
    private int[] slotGen;
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    private long nextSeq;
    private boolean rootVacant;

    ProposedEventQueue(int initialCapacity) {
        int cap = Math.max(16, initialCapacity);
        heapTime = new long[cap];
        heapSeq = new long[cap];
        heapSlot = new int[cap];
        slotEvent = new Event[cap];
        slotPos = new int[cap];
        slotGen = new int[cap];
        freeSlots = new int[cap];
        Arrays.fill(slotPos, -1);
        Arrays.fill(slotGen, 1);
    }

    /** Completes a deferred root removal. */
    private void settle() {
        if (rootVacant) {
            rootVacant = false;
            removeAt(0);
        }
    }

    int size() {
        settle();
        return size;
    }

    boolean isEmpty() {
        settle();
        return size == 0;
    }

    long peekTime() {
        settle();
        return heapTime[0];
    }

    long push(long time, Event event) {
        int slot;
        if (rootVacant) {
            rootVacant = false;
            slot = freeCount > 0 ? freeSlots[--freeCount] : slotsUsed++;
            slotEvent[slot] = event;
            siftDown(0, time, nextSeq++, slot);
        } else {
            if (size == heapTime.length) {
                grow();
            }
            slot = freeCount > 0 ? freeSlots[--freeCount] : slotsUsed++;
            slotEvent[slot] = event;
            siftUp(size++, time, nextSeq++, slot);
        }
        return ((long) slotGen[slot] << 32) | slot;
    }

    Event pop() {
        settle();
        int slot = heapSlot[0];
        Event event = slotEvent[slot];
        if (FUSED_POP) {
            rootVacant = true;
        } else {
            removeAt(0);
        }
        release(slot);
        return event;
    }

    boolean cancel(long handle) {
        settle();
        int slot = (int) handle;
        int gen = (int) (handle >>> 32);
        if (handle == NO_HANDLE || slot < 0 || slot >= slotsUsed || slotGen[slot] != gen) {
            return false;
        }
        int pos = slotPos[slot];
        if (pos < 0) {
            return false;
        }
        removeAt(pos);
        release(slot);
        return true;
    }

    private void release(int slot) {
        slotEvent[slot] = null;
        slotPos[slot] = -1;
        slotGen[slot]++;
        if (slotGen[slot] == 0) {
            slotGen[slot] = 1;
        }
        freeSlots[freeCount++] = slot;
    }

    private void removeAt(int pos) {
        int last = --size;
        if (pos == last) {
            return;
        }
        long t = heapTime[last];
        long s = heapSeq[last];
        int slot = heapSlot[last];
        if (pos > 0 && less(t, s, heapTime[(pos - 1) / ARITY], heapSeq[(pos - 1) / ARITY])) {
            siftUp(pos, t, s, slot);
        } else {
            siftDown(pos, t, s, slot);
        }
    }

    private static boolean less(long t1, long s1, long t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }

    private void siftUp(int pos, long t, long s, int slot) {
        while (pos > 0) {
            int parent = (pos - 1) / ARITY;
            long pt = heapTime[parent];
            long ps = heapSeq[parent];
            if (!less(t, s, pt, ps)) {
                break;
            }
            place(pos, pt, ps, heapSlot[parent]);
            pos = parent;
        }
        place(pos, t, s, slot);
    }

    private void siftDown(int pos, long t, long s, int slot) {
        if (CMOV_SELECT) {
            siftDownSelect(pos, t, s, slot);
            return;
        }
        while (true) {
            int first = pos * ARITY + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            long bt = heapTime[first];
            long bs = heapSeq[first];
            int end = Math.min(first + ARITY, size);
            for (int c = first + 1; c < end; c++) {
                long ct = heapTime[c];
                long cs = heapSeq[c];
                if (less(ct, cs, bt, bs)) {
                    best = c;
                    bt = ct;
                    bs = cs;
                }
            }
            if (!less(bt, bs, t, s)) {
                break;
            }
            place(pos, bt, bs, heapSlot[best]);
            pos = best;
        }
        place(pos, t, s, slot);
    }

    /**
     * As {@link #siftDown}, shaped so that C2 can pick the smallest child with conditional moves:
     * the child is chosen by time alone with two loop-carried values (index, time), like the bare
     * heap; ties on time are counted arithmetically and, when present (rare, so a well-predicted
     * branch), fall back to the full (time, seq) comparison. The result is the same child as
     * {@link #siftDown} picks.
     */
    private void siftDownSelect(int pos, long t, long s, int slot) {
        final long[] ht = heapTime;
        final long[] hs = heapSeq;
        final int n = size;
        while (true) {
            int first = pos * ARITY + 1;
            if (first >= n) {
                break;
            }
            int end = Math.min(first + ARITY, n);
            int best = first;
            long bt = ht[first];
            for (int c = first + 1; c < end; c++) {
                long ct = ht[c];
                if (ct < bt) {
                    best = c;
                    bt = ct;
                }
            }
            // Count children whose time equals the minimum, without branches: (d | -d) has its
            // sign bit set unless d == 0. Only on a tie (rare) compare sequence numbers.
            int equal = 0;
            for (int c = first; c < end; c++) {
                long d = ht[c] - bt;
                equal += (int) (((d | -d) >>> 63) ^ 1L);
            }
            if (equal > 1) {
                for (int c = first; c < end; c++) {
                    if (ht[c] == bt && hs[c] < hs[best]) {
                        best = c;
                    }
                }
            }
            long bs = hs[best];
            if (bt > t || (bt == t && bs > s)) {
                break;
            }
            place(pos, bt, bs, heapSlot[best]);
            pos = best;
        }
        place(pos, t, s, slot);
    }

    private void place(int pos, long t, long s, int slot) {
        heapTime[pos] = t;
        heapSeq[pos] = s;
        heapSlot[pos] = slot;
        slotPos[slot] = pos;
    }

    private void grow() {
        int oldCap = heapTime.length;
        int cap = oldCap * 2;
        heapTime = Arrays.copyOf(heapTime, cap);
        heapSeq = Arrays.copyOf(heapSeq, cap);
        heapSlot = Arrays.copyOf(heapSlot, cap);
        slotEvent = Arrays.copyOf(slotEvent, cap);
        slotPos = Arrays.copyOf(slotPos, cap);
        slotGen = Arrays.copyOf(slotGen, cap);
        freeSlots = Arrays.copyOf(freeSlots, cap);
        Arrays.fill(slotPos, oldCap, cap, -1);
        Arrays.fill(slotGen, oldCap, cap, 1);
    }
}

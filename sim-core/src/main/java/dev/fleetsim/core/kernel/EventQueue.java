package dev.fleetsim.core.kernel;

import java.util.Arrays;

/**
 * A 4-ary min-heap of pending events kept on primitive arrays, ordered by (time, sequence).
 *
 * <p>Why this shape: at a million pending events, object-based queues spend their time chasing
 * pointers through a working set larger than the cache; keys in {@code long[]} keep the heap
 * cache-friendly (see shared/notes/kernel-measurements.md). The sequence number makes ties FIFO,
 * so results never depend on heap internals.
 *
 * <p>Each pending event occupies a <em>slot</em> that owns its handler, its current heap position
 * and a generation counter. A handle packs (generation, slot), so cancellation finds the heap
 * position in O(1) and removes it in O(log n), and a stale handle (event already ran or was
 * cancelled) is recognised by its generation. Arrays only grow; in steady state nothing is
 * allocated.
 */
final class EventQueue {
    private static final int ARITY = 4;

    // Heap, indexed by heap position.
    private long[] heapTime;
    private long[] heapSeq;
    private int[] heapSlot;
    private int size;

    // Slots, indexed by slot number.
    private Event[] slotEvent;
    private int[] slotPos; // heap position, or -1 when free
    private int[] slotGen;
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed; // high-water mark of slot numbers handed out

    private long nextSeq;

    EventQueue(int initialCapacity) {
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

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Time of the earliest event; only valid when not empty. */
    long peekTime() {
        return heapTime[0];
    }

    /** Adds an event and returns its handle. */
    long push(long time, Event event) {
        if (size == heapTime.length) {
            grow();
        }
        int slot = freeCount > 0 ? freeSlots[--freeCount] : slotsUsed++;
        slotEvent[slot] = event;
        siftUp(size++, time, nextSeq++, slot);
        return ((long) slotGen[slot] << 32) | slot;
    }

    /** Removes the earliest event and returns its handler. Only valid when not empty. */
    Event pop() {
        int slot = heapSlot[0];
        Event event = slotEvent[slot];
        removeAt(0);
        release(slot);
        return event;
    }

    /** Removes the event with this handle if it is still pending. */
    boolean cancel(long handle) {
        int slot = (int) handle;
        int gen = (int) (handle >>> 32);
        if (handle == Scheduler.NO_HANDLE || slot < 0 || slot >= slotsUsed || slotGen[slot] != gen) {
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
        slotEvent[slot] = null; // let the handler be collected if the model dropped it
        slotPos[slot] = -1;
        slotGen[slot]++;
        if (slotGen[slot] == 0) {
            slotGen[slot] = 1; // generation 0 would allow handle 0 == NO_HANDLE
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

    /** Moves the hole at {@code pos} up until (t, s) fits, then places the entry there. */
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

    /** Moves the hole at {@code pos} down until (t, s) fits, then places the entry there. */
    private void siftDown(int pos, long t, long s, int slot) {
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

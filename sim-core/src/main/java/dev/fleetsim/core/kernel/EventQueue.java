package dev.fleetsim.core.kernel;

import java.util.Arrays;

/**
 * A 4-ary min-heap of pending events kept on primitive arrays, ordered by (time, sequence).
 *
 * <p>Why this shape: at a million pending events, object-based queues spend their time chasing
 * pointers through a working set larger than the cache; keys in a {@code long[]} keep the heap
 * cache-friendly (see shared/notes/kernel-measurements.md). The sequence number makes ties FIFO,
 * so results never depend on heap internals.
 *
 * <h2>One packed key per event</h2>
 *
 * Comparing (time, seq) as two keys costs 2.4x against a heap of plain times: C2 compiles the
 * two-key comparison to branches that mispredict about once per level, while a single
 * {@code long} comparison becomes conditional moves (docs/performance.md). So each heap entry is
 * one {@code long}:
 *
 * <pre>
 *   key = (time - base) &lt;&lt; seqBits | seq        0 &lt;= time - base &lt; window
 * </pre>
 *
 * and comparing keys compares (time, seq) exactly. Three things keep it exact for every input:
 *
 * <ul>
 *   <li><b>Sequence numbers are compacted</b>: {@code seq} counts pushes in {@code seqBits} bits,
 *       sized to at least 4x the pending count. When the counter runs out, {@link #rekey} renumbers
 *       the pending events 0..n-1 in their existing order (a rank over a bitmap, O(n)), so the
 *       next rekey is at least 3n pushes away: amortised O(1) per event.
 *   <li><b>Time is relative to {@code base}</b>, a lower bound of every pending time. The time
 *       field has {@code 63 - seqBits} bits: with a million pending events that is 2^41 us, about
 *       25 days past {@code base}; with ten thousand, 4 years.
 *   <li><b>Events beyond the window are "far"</b>: their time field holds the reserved value
 *       {@code window}, so they sort after every near event and among themselves in scheduling
 *       order, and their true time waits in {@code farTime}. They cannot be popped in that state:
 *       whenever a far event reaches the top, every near event has run, and {@link #rekey} moves
 *       {@code base} forward and re-heapifies. Times are any {@code long} &gt;= 0, up to
 *       {@link Long#MAX_VALUE}.
 * </ul>
 *
 * A rekey is O(n) and needed only when the sequence space runs out (every 3n+ pushes), when the
 * earliest pending event is beyond the window (the clock moved about {@code window} past
 * {@code base}, or a gap of that length), or when an event is scheduled below {@code base}
 * (possible only after such a gap). The worst case, every event more than {@code window} after
 * the previous one with many others pending, costs O(n) per event; it needs gaps of weeks between
 * consecutive events.
 *
 * <h2>Handles</h2>
 *
 * Each pending event occupies a <em>slot</em> that owns its handler, its current heap position
 * and a generation counter. A handle packs (generation, slot), so cancellation finds the heap
 * position in O(1) and removes it in O(log n), and a stale handle (event already ran or was
 * cancelled) is recognised by its generation. Arrays only grow; in steady state nothing is
 * allocated.
 */
final class EventQueue {
    /**
     * Heap entries live at array indices ROOT..ROOT+size-1; the children of index i are
     * 4i-2 .. 4i+1 and its parent is (i+2)/4. With ROOT = 1 every group of four siblings starts
     * at an index = 2 (mod 4), i.e. 32 bytes into a {@code long[]} whose elements start 16
     * bytes after a cache-line boundary (large arrays start at a G1 region boundary), so a
     * group never straddles two cache lines.
     */
    private static final int ROOT = 1;

    /** Smallest sequence field; keeps rekeys rare while the queue is small. */
    private static final int MIN_SEQ_BITS = 10;

    // Heap, indexed by ROOT + heap position.
    private long[] heapKey;
    private int[] heapSlot;
    private int size;

    // Key encoding (see the class comment).
    private long base; // every pending time is >= base
    private int seqBits;
    private long seqMask; // (1 << seqBits) - 1
    private long window; // near events have 0 <= time - base < window; far ones have field == window
    private long farKey; // window << seqBits: keys >= farKey belong to far events
    private long nextSeq;
    private final int maxTimeBits; // 63 outside tests; tests shrink it to exercise far events
    private long floor; // time of the last popped event: no pending or future time is below it

    // Slots, indexed by slot number.
    private Event[] slotEvent;
    private int[] slotPos; // heap index, or -1 when free
    private int[] slotGen;
    private long[] farTime; // true time of a far event
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed; // high-water mark of slot numbers handed out

    // Scratch for rekey's rank compaction, kept so that rekeys do not allocate.
    private long[] seqUsed = new long[0];
    private int[] rankBefore = new int[0];

    EventQueue(int initialCapacity) {
        this(initialCapacity, 63);
    }

    /** @param maxTimeBits width limit of the time field; tests make it small to create far events */
    EventQueue(int initialCapacity, int maxTimeBits) {
        int cap = Math.max(16, initialCapacity);
        this.maxTimeBits = maxTimeBits;
        heapKey = new long[ROOT + cap];
        heapSlot = new int[ROOT + cap];
        slotEvent = new Event[cap];
        slotPos = new int[cap];
        slotGen = new int[cap];
        farTime = new long[cap];
        freeSlots = new int[cap];
        Arrays.fill(slotPos, -1);
        Arrays.fill(slotGen, 1);
        setEncoding(0, seqBitsFor(cap));
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Time of the earliest event; only valid when not empty. The top is never a far event. */
    long peekTime() {
        return base + (heapKey[ROOT] >>> seqBits);
    }

    /** Adds an event and returns its handle. The time must be &gt;= that of the last pop. */
    long push(long time, Event event) {
        if (size == slotEvent.length) {
            grow();
        }
        int slot = freeCount > 0 ? freeSlots[--freeCount] : slotsUsed++;
        slotEvent[slot] = event;
        long rel = time - base;
        long key;
        if (rel >= 0 && rel < window && nextSeq <= seqMask) {
            key = (rel << seqBits) | nextSeq++;
        } else {
            key = slowKey(time, slot);
        }
        siftUp(ROOT + size++, key, slot);
        return ((long) slotGen[slot] << 32) | slot;
    }

    /** The key of a push that does not fit the current encoding, rekeying first if needed. */
    private long slowKey(long time, int slot) {
        if (time < base || nextSeq > seqMask || size == 0) {
            rekey(time);
        }
        long rel = time - base;
        if (rel < window) {
            return (rel << seqBits) | nextSeq++;
        }
        farTime[slot] = time; // far: sorts after all near events, in scheduling order
        return farKey | nextSeq++;
    }

    /** Removes the earliest event and returns its handler. Only valid when not empty. */
    Event pop() {
        floor = peekTime();
        int slot = heapSlot[ROOT];
        Event event = slotEvent[slot];
        removeAt(ROOT);
        release(slot);
        keepTopNear();
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
        keepTopNear();
        return true;
    }

    /** If only far events remain, brings the earliest into the window (see the class comment). */
    private void keepTopNear() {
        if (size > 0 && heapKey[ROOT] >= farKey) {
            rekey(Long.MAX_VALUE);
        }
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
        int last = ROOT + --size;
        if (pos == last) {
            return;
        }
        long key = heapKey[last];
        int slot = heapSlot[last];
        if (pos > ROOT && key < heapKey[(pos + 2) >> 2]) {
            siftUp(pos, key, slot);
        } else {
            siftDown(pos, key, slot);
        }
    }

    /** Moves the hole at {@code pos} up until {@code key} fits, then places the entry there. */
    private void siftUp(int pos, long key, int slot) {
        final long[] keys = heapKey;
        while (pos > ROOT) {
            int parent = (pos + 2) >> 2;
            long parentKey = keys[parent];
            if (parentKey < key) {
                break;
            }
            place(pos, parentKey, heapSlot[parent]);
            pos = parent;
        }
        place(pos, key, slot);
    }

    /**
     * Moves the hole at {@code pos} down until {@code key} fits, then places the entry there.
     * Keys are unique, so one {@code long} comparison decides, and C2 compiles this smallest-child
     * loop to conditional moves as it does for a heap of plain times. (On random keys a branch
     * here would mispredict about once per level. A hand-written tournament over the four
     * children measured slower: C2 kept branches in it.)
     */
    private void siftDown(int pos, long key, int slot) {
        final long[] keys = heapKey;
        final int end = ROOT + size;
        while (true) {
            int first = 4 * pos - 2;
            if (first >= end) {
                break;
            }
            int best = first;
            long bestKey = keys[first];
            for (int c = first + 1, stop = Math.min(first + 4, end); c < stop; c++) {
                if (keys[c] < bestKey) {
                    best = c;
                    bestKey = keys[c];
                }
            }
            if (bestKey > key) {
                break;
            }
            place(pos, bestKey, heapSlot[best]);
            pos = best;
        }
        place(pos, key, slot);
    }

    private void place(int pos, long key, int slot) {
        heapKey[pos] = key;
        heapSlot[pos] = slot;
        slotPos[slot] = pos;
    }

    /** True time of the entry at heap index {@code i} under the current encoding. */
    private long timeAt(int i) {
        long key = heapKey[i];
        return key >= farKey ? farTime[heapSlot[i]] : base + (key >>> seqBits);
    }

    /** Sequence bits for n pending events: room for n ranks and 3n more pushes. */
    private static int seqBitsFor(long n) {
        return Math.max(MIN_SEQ_BITS, 64 - Long.numberOfLeadingZeros(4 * n - 1));
    }

    private void setEncoding(long newBase, int newSeqBits) {
        base = newBase;
        seqBits = newSeqBits;
        seqMask = (1L << newSeqBits) - 1;
        window = (1L << Math.min(63 - newSeqBits, maxTimeBits)) - 1;
        farKey = window << newSeqBits;
    }

    /**
     * Re-encodes every pending key: a new base, sequence numbers compacted to 0..n-1 in their
     * current order, far events that now fit brought near (and near ones that no longer fit sent
     * far). O(n), plus a heapify when any event is or was far (only then can the order of keys
     * change; otherwise the re-encoding is monotone and the heap stays valid).
     *
     * @param incoming time of an event about to be pushed, or {@link Long#MAX_VALUE}; the new
     *     base does not exceed it
     */
    private void rekey(long incoming) {
        final int n = size;
        final int end = ROOT + n;
        final int newSeqBits = seqBitsFor(n + 1L);
        final long newWindow = (1L << Math.min(63 - newSeqBits, maxTimeBits)) - 1;

        // New base: the clock (floor) keeps every later push inside the window; only if the
        // earliest event is beyond the window from there, jump to that event.
        long minTime = incoming;
        for (int i = ROOT; i < end; i++) {
            minTime = Math.min(minTime, timeAt(i));
        }
        long newBase = minTime - floor < newWindow ? Math.min(floor, minTime) : minTime;

        // Rank of each sequence number among the pending ones, from a bitmap of used numbers.
        int words = (int) (seqMask >>> 6) + 1;
        if (seqUsed.length < words) {
            seqUsed = new long[words];
            rankBefore = new int[words];
        } else {
            Arrays.fill(seqUsed, 0, words, 0L);
        }
        for (int i = ROOT; i < end; i++) {
            long seq = heapKey[i] & seqMask;
            seqUsed[(int) (seq >>> 6)] |= 1L << seq;
        }
        int rank = 0;
        for (int w = 0; w < words; w++) {
            rankBefore[w] = rank;
            rank += Long.bitCount(seqUsed[w]);
        }

        boolean anyFar = false;
        for (int i = ROOT; i < end; i++) {
            long key = heapKey[i];
            int slot = heapSlot[i];
            long time = timeAt(i); // still under the old encoding
            long seq = key & seqMask;
            int w = (int) (seq >>> 6);
            long newSeq = rankBefore[w] + Long.bitCount(seqUsed[w] & ((1L << seq) - 1));
            long rel = time - newBase;
            boolean far = rel >= newWindow;
            if (far) {
                farTime[slot] = time;
                rel = newWindow;
            }
            anyFar |= far | key >= farKey;
            heapKey[i] = (rel << newSeqBits) | newSeq;
        }
        setEncoding(newBase, newSeqBits);
        nextSeq = n;

        if (anyFar) {
            for (int i = (end - 1 + 2) >> 2; i >= ROOT; i--) {
                siftDown(i, heapKey[i], heapSlot[i]);
            }
        }
    }

    private void grow() {
        int oldCap = slotEvent.length;
        int cap = oldCap * 2;
        heapKey = Arrays.copyOf(heapKey, ROOT + cap);
        heapSlot = Arrays.copyOf(heapSlot, ROOT + cap);
        slotEvent = Arrays.copyOf(slotEvent, cap);
        slotPos = Arrays.copyOf(slotPos, cap);
        slotGen = Arrays.copyOf(slotGen, cap);
        farTime = Arrays.copyOf(farTime, cap);
        freeSlots = Arrays.copyOf(freeSlots, cap);
        Arrays.fill(slotPos, oldCap, cap, -1);
        Arrays.fill(slotGen, oldCap, cap, 1);
    }
}

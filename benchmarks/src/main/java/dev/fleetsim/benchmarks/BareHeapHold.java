package dev.fleetsim.benchmarks;

/**
 * The floor: a 4-ary min-heap of {@code long} times on one primitive array, with no handles, no
 * sequence numbers, no cancellation and no dispatch. Each event is one fused replace-top: the
 * earliest time t is overwritten by t + increment and sifted down.
 */
final class BareHeapHold implements HoldKernel {
    private static final int ARITY = 4;

    private final long[] heap;
    private final long[] increments;
    private int size;
    private int next;

    BareHeapHold(int pending) {
        this.heap = new long[pending];
        this.increments = HoldIncrements.micros();
        for (int i = 0; i < pending; i++) {
            push(nextIncrement());
        }
    }

    private long nextIncrement() {
        long d = increments[next];
        next = (next + 1) & HoldIncrements.MASK;
        return d;
    }

    private void push(long t) {
        int pos = size++;
        while (pos > 0) {
            int parent = (pos - 1) / ARITY;
            long pt = heap[parent];
            if (pt <= t) {
                break;
            }
            heap[pos] = pt;
            pos = parent;
        }
        heap[pos] = t;
    }

    @Override
    public long run(int events) {
        long now = 0;
        for (int i = 0; i < events; i++) {
            now = heap[0];
            replaceTop(now + nextIncrement());
        }
        return now;
    }

    private void replaceTop(long t) {
        final long[] h = heap;
        final int n = size;
        int pos = 0;
        while (true) {
            int first = pos * ARITY + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bt = h[first];
            int end = Math.min(first + ARITY, n);
            for (int c = first + 1; c < end; c++) {
                long ct = h[c];
                if (ct < bt) {
                    best = c;
                    bt = ct;
                }
            }
            if (bt >= t) {
                break;
            }
            h[pos] = bt;
            pos = best;
        }
        h[pos] = t;
    }

    @Override
    public int pending() {
        return size;
    }
}

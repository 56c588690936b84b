package dev.fleetsim.models.ec2;

import java.util.Arrays;

/**
 * Least outstanding requests: the registered target with the fewest requests in flight (in
 * service or queued on it). Ties go to the target that has been at that count longest, which
 * rotates among equally loaded targets.
 *
 * <p>Outstanding counts move by one at a time, so targets are kept in buckets by count (doubly
 * linked lists on int arrays) with a pointer to the lowest non-empty bucket: picking, and every
 * count change, is O(1) and allocation-free, however many targets there are.
 */
final class LeastOutstandingRouting implements Routing {
    private static final int NONE = -1;

    // Per target id.
    private Instance[] targets = new Instance[16];
    private int[] load = new int[16];
    private int[] prev = new int[16];
    private int[] next = new int[16];
    private int[] freeIds = new int[16];
    private int freeCount;
    private int idsUsed;
    private int size;

    // Per outstanding count: first and last target id, or NONE.
    private int[] head = filled(16);
    private int[] tail = filled(16);
    private int minLoad;

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, NONE);
        return a;
    }

    @Override
    public void add(Instance target) {
        int id = freeCount > 0 ? freeIds[--freeCount] : newId();
        targets[id] = target;
        target.routingIndex = id;
        int k = target.server.outstanding();
        load[id] = k;
        append(id, k);
        if (size == 0 || k < minLoad) {
            minLoad = k;
        }
        size++;
    }

    private int newId() {
        if (idsUsed == targets.length) {
            int cap = idsUsed * 2;
            targets = Arrays.copyOf(targets, cap);
            load = Arrays.copyOf(load, cap);
            prev = Arrays.copyOf(prev, cap);
            next = Arrays.copyOf(next, cap);
            freeIds = Arrays.copyOf(freeIds, cap);
        }
        return idsUsed++;
    }

    @Override
    public void remove(Instance target) {
        int id = target.routingIndex;
        if (id < 0 || id >= idsUsed || targets[id] != target) {
            throw new IllegalStateException(target + " is not registered");
        }
        unlink(id, load[id]);
        targets[id] = null;
        target.routingIndex = -1;
        freeIds[freeCount++] = id;
        size--;
        if (size == 0) {
            minLoad = 0;
        } else {
            while (head[minLoad] == NONE) {
                minLoad++;
            }
        }
    }

    @Override
    public Instance pick() {
        return size == 0 ? null : targets[head[minLoad]];
    }

    @Override
    public void increment(Instance target) {
        int id = target.routingIndex;
        int k = load[id];
        unlink(id, k);
        load[id] = k + 1;
        append(id, k + 1);
        if (k == minLoad && head[k] == NONE) {
            minLoad = k + 1;
        }
    }

    @Override
    public void decrement(Instance target, int n) {
        int id = target.routingIndex;
        int k = load[id];
        int to = k - n;
        if (to < 0) {
            throw new IllegalStateException(target + ": outstanding would go negative");
        }
        unlink(id, k);
        load[id] = to;
        append(id, to);
        if (to < minLoad) {
            minLoad = to;
        }
    }

    private void append(int id, int k) {
        if (k >= head.length) {
            int old = head.length;
            int cap = Math.max(old * 2, k + 1);
            head = Arrays.copyOf(head, cap);
            tail = Arrays.copyOf(tail, cap);
            Arrays.fill(head, old, cap, NONE);
            Arrays.fill(tail, old, cap, NONE);
        }
        int t = tail[k];
        prev[id] = t;
        next[id] = NONE;
        if (t == NONE) {
            head[k] = id;
        } else {
            next[t] = id;
        }
        tail[k] = id;
    }

    private void unlink(int id, int k) {
        int p = prev[id];
        int n = next[id];
        if (p == NONE) {
            head[k] = n;
        } else {
            next[p] = n;
        }
        if (n == NONE) {
            tail[k] = p;
        } else {
            prev[n] = p;
        }
    }
}

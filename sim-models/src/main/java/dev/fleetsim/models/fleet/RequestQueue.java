package dev.fleetsim.models.fleet;

import dev.fleetsim.models.workload.RetryPolicy;

/**
 * A FIFO queue of waiting requests, shared by the fleets that queue them (a fixed pool, an
 * instance, a load balancer or job queue), allocation-free in steady state: a ring of primitive arrays
 * (arrival, service demand, deadline, and the retrying client's attempt or null) that grows by
 * doubling only while the backlog grows. Read the head with the {@code head…} methods, then
 * {@link #pop()}.
 */
public final class RequestQueue {
    private long[] arrival;
    private long[] service;
    private long[] deadline;
    private RetryPolicy.Attempt[] attempt;
    private int head;
    private int size;
    private final int minGrowth;

    /** @param initial capacity to start with; the ring doubles (by at least {@code minGrowth}) when full */
    public RequestQueue(int initial, int minGrowth) {
        this.minGrowth = minGrowth;
        arrival = new long[initial];
        service = new long[initial];
        deadline = new long[initial];
        attempt = new RetryPolicy.Attempt[initial];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void add(long arrivalTime, long serviceMicros, long deadlineTime, RetryPolicy.Attempt a) {
        if (size == arrival.length) {
            grow(Math.max(minGrowth, arrival.length * 2));
        }
        int tail = (head + size) % arrival.length;
        arrival[tail] = arrivalTime;
        service[tail] = serviceMicros;
        deadline[tail] = deadlineTime;
        attempt[tail] = a;
        size++;
    }

    public long headArrival() {
        return arrival[head];
    }

    public long headService() {
        return service[head];
    }

    public long headDeadline() {
        return deadline[head];
    }

    public RetryPolicy.Attempt headAttempt() {
        return attempt[head];
    }

    /** Removes the head (forgetting its attempt, so the pool can reuse it). */
    public void pop() {
        attempt[head] = null;
        head = (head + 1) % arrival.length;
        size--;
    }

    private void grow(int cap) {
        long[] a = new long[cap];
        long[] s = new long[cap];
        long[] d = new long[cap];
        RetryPolicy.Attempt[] t = new RetryPolicy.Attempt[cap];
        for (int i = 0; i < size; i++) {
            int k = (head + i) % arrival.length;
            a[i] = arrival[k];
            s[i] = service[k];
            d[i] = deadline[k];
            t[i] = attempt[k];
        }
        arrival = a;
        service = s;
        deadline = d;
        attempt = t;
        head = 0;
    }
}

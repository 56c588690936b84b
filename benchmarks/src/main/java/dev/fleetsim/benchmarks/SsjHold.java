package dev.fleetsim.benchmarks;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * Hold model on SSJ's own {@link Simulator} with its default event list (a splay tree). Each
 * event object reschedules itself from {@code actions()} with {@link Event#schedule(double)}, as
 * SSJ allows once an event has been removed from the list. A batch is bounded exactly by a
 * countdown that calls {@link Simulator#stop()}; {@code start()} then returns before removing
 * another event.
 */
final class SsjHold implements HoldKernel {
    private final Simulator sim;
    private final double[] increments;
    private final int pending;
    private int next;
    private int remaining;

    SsjHold(int pending) {
        this.sim = new Simulator(); // default event list: SplayTree
        this.increments = HoldIncrements.exponential();
        this.pending = pending;
        for (int i = 0; i < pending; i++) {
            new Hold(this).schedule(nextIncrement());
        }
    }

    private double nextIncrement() {
        double d = increments[next];
        next = (next + 1) & HoldIncrements.MASK;
        return d;
    }

    @Override
    public long run(int events) {
        remaining = events;
        sim.start();
        return Double.doubleToRawLongBits(sim.time());
    }

    double time() {
        return sim.time();
    }

    @Override
    public int pending() {
        return pending; // SplayTree has no O(1) size; the hold model keeps it constant
    }

    int countPending() {
        int n = 0;
        for (Event ignored : sim.getEventList()) {
            n++;
        }
        return n;
    }

    private void fired(Hold event) {
        event.schedule(nextIncrement());
        if (--remaining == 0) {
            sim.stop();
        }
    }

    private static final class Hold extends Event {
        private final SsjHold model;

        Hold(SsjHold model) {
            super(model.sim);
            this.model = model;
        }

        @Override
        public void actions() {
            model.fired(this);
        }
    }
}

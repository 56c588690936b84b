package dev.fleetsim.benchmarks.proposal;

import dev.fleetsim.core.kernel.Event;

/** The fleetsim hold driver (see {@code FleetsimHold}) over {@link ProposedEventLoop}. */
public final class ProposedHold {
    private final ProposedEventLoop loop;
    private final long[] increments;
    private final int mask;
    private int next;
    private int remaining;

    public ProposedHold(int pending, long[] increments) {
        this.loop = new ProposedEventLoop(pending);
        this.increments = increments;
        this.mask = increments.length - 1;
        for (int i = 0; i < pending; i++) {
            loop.scheduleAt(nextIncrement(), new Hold(this));
        }
    }

    private long nextIncrement() {
        long d = increments[next];
        next = (next + 1) & mask;
        return d;
    }

    public long run(int events) {
        remaining = events;
        loop.runUntil(Long.MAX_VALUE);
        return loop.now();
    }

    public int pending() {
        return loop.pending();
    }

    private void fired(Hold event) {
        loop.scheduleAfter(nextIncrement(), event);
        if (--remaining == 0) {
            loop.stop();
        }
    }

    private static final class Hold implements Event {
        private final ProposedHold model;

        Hold(ProposedHold model) {
            this.model = model;
        }

        @Override
        public void fire() {
            model.fired(this);
        }
    }
}

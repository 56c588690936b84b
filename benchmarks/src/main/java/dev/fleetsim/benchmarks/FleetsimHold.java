package dev.fleetsim.benchmarks;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.EventLoop;

/**
 * Hold model on fleetsim's {@link EventLoop}. One preallocated handler per pending event; each
 * reschedules itself with {@code scheduleAfter}. A batch is bounded exactly by a countdown that
 * calls {@link EventLoop#stop()} on the last event of the batch.
 */
final class FleetsimHold implements HoldKernel {
    private final EventLoop loop;
    private final long[] increments;
    private int next;
    private int remaining;

    FleetsimHold(int pending) {
        this.loop = new EventLoop(pending);
        this.increments = HoldIncrements.micros();
        for (int i = 0; i < pending; i++) {
            loop.scheduleAt(nextIncrement(), new Hold(this));
        }
    }

    private long nextIncrement() {
        long d = increments[next];
        next = (next + 1) & HoldIncrements.MASK;
        return d;
    }

    @Override
    public long run(int events) {
        remaining = events;
        loop.runUntil(Long.MAX_VALUE); // returns after exactly `events` events, via stop()
        return loop.now();
    }

    @Override
    public int pending() {
        return loop.pending();
    }

    long eventsRun() {
        return loop.eventsRun();
    }

    private void fired(Hold event) {
        loop.scheduleAfter(nextIncrement(), event);
        if (--remaining == 0) {
            loop.stop();
        }
    }

    private static final class Hold implements Event {
        private final FleetsimHold model;

        Hold(FleetsimHold model) {
            this.model = model;
        }

        @Override
        public void fire() {
            model.fired(this);
        }
    }
}

package dev.fleetsim.benchmarks.proposal;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;

/** A copy of sim-core's {@code EventLoop} over {@link ProposedEventQueue}; logic unchanged. */
public final class ProposedEventLoop implements Scheduler {
    private final ProposedEventQueue queue;
    private long now;
    private long eventsRun;
    private boolean stopRequested;

    public ProposedEventLoop(int expectedPending) {
        this.queue = new ProposedEventQueue(expectedPending);
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public long scheduleAt(long at, Event event) {
        if (at < now) {
            throw new IllegalArgumentException(
                    "cannot schedule into the past: at=" + at + " us, now=" + now + " us");
        }
        if (event == null) {
            throw new NullPointerException("event");
        }
        return queue.push(at, event);
    }

    @Override
    public long scheduleAfter(long delay, Event event) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay: " + delay + " us");
        }
        return scheduleAt(Math.addExact(now, delay), event);
    }

    @Override
    public boolean cancel(long handle) {
        return queue.cancel(handle);
    }

    public int pending() {
        return queue.size();
    }

    public long eventsRun() {
        return eventsRun;
    }

    public void runUntil(long horizon) {
        if (horizon < now) {
            throw new IllegalArgumentException("horizon " + horizon + " us is before now " + now + " us");
        }
        stopRequested = false;
        while (!queue.isEmpty() && queue.peekTime() <= horizon) {
            now = queue.peekTime();
            Event event = queue.pop();
            eventsRun++;
            event.fire();
            if (stopRequested) {
                return;
            }
        }
        now = horizon;
    }

    public void stop() {
        stopRequested = true;
    }
}

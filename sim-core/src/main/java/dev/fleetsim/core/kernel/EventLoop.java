package dev.fleetsim.core.kernel;

/**
 * The single-threaded event loop: a clock in integer microseconds and a queue of pending events.
 *
 * <p>Events at equal times run in the order they were scheduled. Events may schedule and cancel
 * other events while running. The loop allocates nothing per event once its queue has grown to
 * the model's working size. Parallelism lives above it, in replications and sweeps.
 */
public final class EventLoop implements Scheduler {
    private final EventQueue queue;
    private long now;
    private long eventsRun;
    private boolean stopRequested;

    public EventLoop() {
        this(1024);
    }

    /** @param expectedPending a hint for the initial queue capacity; the queue grows as needed */
    public EventLoop(int expectedPending) {
        this.queue = new EventQueue(expectedPending);
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

    /** Number of events still pending. */
    public int pending() {
        return queue.size();
    }

    /** Number of events run so far. */
    public long eventsRun() {
        return eventsRun;
    }

    /**
     * Runs every event with time &le; {@code horizon}, in order, then advances the clock to
     * {@code horizon}. Events scheduled beyond it stay pending, so a later call can continue.
     * Returns early, without advancing the clock further, if an event calls {@link #stop()}.
     */
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

    /** Runs until no events remain or an event calls {@link #stop()}. */
    public void runUntilEmpty() {
        stopRequested = false;
        while (!queue.isEmpty()) {
            now = queue.peekTime();
            Event event = queue.pop();
            eventsRun++;
            event.fire();
            if (stopRequested) {
                return;
            }
        }
    }

    /** Asks the running loop to return after the current event. */
    public void stop() {
        stopRequested = true;
    }
}

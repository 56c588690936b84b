package dev.fleetsim.core.kernel;

/**
 * What a model sees of the kernel: the current time, scheduling, cancellation.
 *
 * <p>Models receive a scheduler by injection; there is no static clock. Times are integer
 * microseconds of simulated time (see {@link SimTime}); handles are opaque {@code long}s so that
 * scheduling allocates nothing.
 */
public interface Scheduler {

    /** A value that is never a valid handle; cancelling it does nothing. */
    long NO_HANDLE = 0L;

    /** Current simulated time in microseconds. */
    long now();

    /**
     * Schedules {@code event} at absolute time {@code at}. Events at equal times run in the order
     * they were scheduled.
     *
     * @return a handle for {@link #cancel(long)}
     * @throws IllegalArgumentException if {@code at} is before {@link #now()}
     */
    long scheduleAt(long at, Event event);

    /**
     * Schedules {@code event} after {@code delay} microseconds from now.
     *
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    long scheduleAfter(long delay, Event event);

    /**
     * Cancels a pending event.
     *
     * @return true if the event was pending and will no longer run; false if it already ran, was
     *     already cancelled, or the handle is {@link #NO_HANDLE}
     */
    boolean cancel(long handle);
}

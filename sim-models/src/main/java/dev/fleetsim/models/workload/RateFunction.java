package dev.fleetsim.models.workload;

/**
 * An arrival rate that varies with time, seen by {@link NhppArrivals} through windows: after
 * {@link #seek(long) seek(t)}, the rate on [t, {@link #windowEnd()}) never exceeds
 * {@link #ceiling()}, and {@link #rateAt(long)} gives it at any time in that window.
 *
 * <p>Windows make one thinning engine serve every rate-driven process. A piecewise-constant rate
 * returns its segment as the window and its rate as the ceiling, so no candidate is ever rejected
 * (thinning degenerates into exact sampling). A smooth rate returns short windows with a tight
 * local ceiling, so few are. A Markov-modulated rate returns the current state's sojourn as the
 * window, drawing the hidden chain's moves lazily as {@code seek} passes its switch times.
 *
 * <p>Calls come with non-decreasing times, so implementations may keep state (and a modulated
 * one may draw random numbers) as time advances. Rates are per second.
 */
interface RateFunction {

    /** Positions the function at {@code t}, never earlier than the previous call. */
    void seek(long t);

    /** An upper bound of the rate on [t, {@link #windowEnd()}), per second; may be 0. */
    double ceiling();

    /** End of the current window, exclusive; strictly after the time sought. */
    long windowEnd();

    /** The rate at {@code t}, per second, for {@code t} in the current window; at most {@link #ceiling()}. */
    double rateAt(long t);
}

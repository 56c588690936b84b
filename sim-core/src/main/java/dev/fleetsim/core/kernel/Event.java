package dev.fleetsim.core.kernel;

/**
 * Something that happens at a point in simulated time.
 *
 * <p>Events are typed handler objects (or lambdas), never integer tags with untyped payloads.
 * A model that must stay allocation-free on its hot path keeps one handler object per entity
 * (per server, per environment) and reschedules it, instead of creating a lambda per event.
 */
@FunctionalInterface
public interface Event {
    /** Runs the event; {@link Scheduler#now()} equals the time it was scheduled for. */
    void fire();
}

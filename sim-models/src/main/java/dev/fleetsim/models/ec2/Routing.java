package dev.fleetsim.models.ec2;

/**
 * How the load balancer picks a target among the registered, healthy ones. Implementations keep
 * their own index of the targets and are told when a target's outstanding requests change, so
 * picking costs O(1) per request and allocates nothing.
 */
interface Routing {
    void add(Instance target);

    void remove(Instance target);

    /** The target for the next request, or null when none is registered. */
    Instance pick();

    /** One more request is outstanding on {@code target}. */
    void increment(Instance target);

    /** {@code n} requests on {@code target} finished, timed out or were cut. */
    void decrement(Instance target, int n);
}

package dev.fleetsim.models.scaling;

/**
 * One change a policy or scheduled action made to a target's capacity, as AWS lists scaling
 * activities: when, which policy, desired capacity before and after, and why.
 *
 * @param timeMicros simulated time of the change
 */
public record ScalingActivity(long timeMicros, String target, String policy, int from, int to, String reason) {}

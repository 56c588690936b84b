package dev.fleetsim.models.ec2;

import dev.fleetsim.models.distribution.DurationSampler;

/**
 * A lifecycle hook (aws-behaviour.md 2.7): the instance waits until the hook's action completes
 * (a drawn duration) or the heartbeat timeout runs out, whichever is first. On time, the action
 * says CONTINUE; at the timeout the default result applies.
 */
final class LifecycleHook {
    private final DurationSampler duration;
    private final long heartbeatTimeoutMicros;
    private final boolean continueOnTimeout;

    LifecycleHook(DurationSampler duration, long heartbeatTimeoutMicros, boolean continueOnTimeout) {
        this.duration = duration;
        this.heartbeatTimeoutMicros = heartbeatTimeoutMicros;
        this.continueOnTimeout = continueOnTimeout;
    }

    /** Draws how long this firing's action takes. */
    long draw() {
        return duration.sampleMicros();
    }

    /** How long the instance waits for an action that takes {@code drawn}. */
    long waitMicros(long drawn) {
        return Math.min(drawn, heartbeatTimeoutMicros);
    }

    /** Whether the transition goes on (CONTINUE) or is abandoned, for an action that takes {@code drawn}. */
    boolean proceeds(long drawn) {
        return drawn <= heartbeatTimeoutMicros || continueOnTimeout;
    }
}

package dev.fleetsim.models.scaling;

/**
 * A policy driven by alarms (target tracking, step, simple). The {@link ScalingController}
 * evaluates every policy at its cadence and applies one combined decision; a policy never changes
 * the target itself.
 */
interface DynamicPolicy {

    String name();

    /** How often the policy's alarms are evaluated: 60 s, or 10 s for high-resolution periods (§1.2). */
    long cadenceMicros();

    /**
     * Whether scale-in must wait for this policy's agreement: true for target tracking with
     * scale-in enabled (aws-behaviour.md §2.2).
     */
    boolean vetoesScaleIn();

    /**
     * Evaluates the policy's alarms at {@code now} and says what it asks for.
     *
     * @param lastCapacityChangeAt the latest time desired or in-service capacity was seen to change,
     *     or {@code Long.MIN_VALUE}; target tracking does not size a change from a datapoint older
     *     than that (see docs/models.md (Scaling), "datapoint freshness")
     */
    Proposal evaluate(long now, long lastCapacityChangeAt);
}

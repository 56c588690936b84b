package dev.fleetsim.models.scaling;

import dev.fleetsim.core.metrics.MetricAlarm;

/**
 * A policy driven by alarms (target tracking, step, simple). The {@link ScalingController}
 * evaluates every policy at its cadence and applies one combined decision; a policy never changes
 * the target itself.
 */
interface DynamicPolicy {

    String name();

    /** The metric the policy's alarms watch. */
    MetricFeed feed();

    /** How often the policy's alarms are evaluated: 60 s, or 10 s for high-resolution periods (§1.2). */
    default long cadenceMicros() {
        return MetricAlarm.evaluationCadence(feed().series().periodMicros());
    }

    /**
     * Whether scale-in must wait for this policy's agreement: only target tracking with scale-in
     * enabled does (aws-behaviour.md §2.2).
     */
    default boolean vetoesScaleIn() {
        return false;
    }

    /**
     * Evaluates the policy's alarms at {@code now} and says what it asks for.
     *
     * @param lastCapacityChangeAt the latest time desired or in-service capacity was seen to change,
     *     or {@code Long.MIN_VALUE}; target tracking does not size a change from a datapoint older
     *     than that (see docs/models.md (Scaling), "datapoint freshness")
     */
    Proposal evaluate(long now, long lastCapacityChangeAt);
}

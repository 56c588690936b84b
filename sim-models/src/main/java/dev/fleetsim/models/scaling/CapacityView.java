package dev.fleetsim.models.scaling;

/**
 * What a dynamic policy knows of its target's capacity at one evaluation, read once so that a
 * decision works on one consistent picture.
 *
 * @param desired desired capacity
 * @param min minimum capacity
 * @param max maximum capacity
 * @param current Pending + InService units
 * @param inService InService units, warming or not (M4's {@code cur_eff})
 * @param warming InService units still inside the policy's warm-up
 */
record CapacityView(int desired, int min, int max, int current, int inService, int warming) {

    static CapacityView of(ScalableTarget t, long warmupMicros) {
        return new CapacityView(t.desiredCapacity(), t.minCapacity(), t.maxCapacity(), t.currentCapacity(),
                t.inServiceCapacity(), t.warmingCapacity(warmupMicros));
    }

    /** Units that are Pending or still warming up: a launch that has not yet shown in the metric. */
    int inFlight() {
        return Math.max(0, current - inService) + warming;
    }

    /**
     * The capacity a scale-out step is applied to: desired minus the units still in flight, so
     * that instances launched by an earlier step count toward capacity and a repeated breach in
     * the same step adds nothing (aws-behaviour.md §2.3, §2.5 b).
     */
    int scaleOutBase() {
        return Math.max(0, desired - inFlight());
    }

    /** {@code capacity} clamped into [min, max]. */
    int clamp(int capacity) {
        return Math.max(min, Math.min(max, capacity));
    }
}

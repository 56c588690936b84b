package dev.fleetsim.models.scaling;


/**
 * The arithmetic of a step or simple adjustment (aws-behaviour.md §2.3): ChangeInCapacity,
 * PercentChangeInCapacity with AWS's rounding and MinAdjustmentMagnitude, ExactCapacity.
 */
final class Adjustment {
    private Adjustment() {}

    /**
     * The change {@code percent} % of {@code base} makes, rounded as AWS rounds it: a result above
     * 1 rounds down, one in (0, 1) becomes 1, one in (−1, 0) becomes −1, one below −1 rounds up
     * (towards zero). Then, if {@code minMagnitude} is set (&gt; 0) and the percentage is not 0,
     * the change is at least {@code minMagnitude} in its direction.
     */
    static int percentChange(int base, int percent, int minMagnitude) {
        long hundredths = (long) base * percent; // the change is hundredths / 100
        long change;
        if (hundredths >= 100 || hundredths <= -100) {
            change = hundredths / 100; // Java division truncates towards zero: floor above 1, ceil below -1
        } else if (hundredths > 0) {
            change = 1;
        } else if (hundredths < 0) {
            change = -1;
        } else {
            change = 0;
        }
        if (minMagnitude > 0 && percent != 0 && Math.abs(change) < minMagnitude) {
            change = percent > 0 ? minMagnitude : -minMagnitude;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, change));
    }

    /**
     * The capacity {@code adjustment} of {@code type} asks for, applied to {@code base} (exact
     * capacity ignores the base). Never below 0.
     */
    static int apply(AdjustmentType type, int adjustment, int minMagnitude, int base) {
        long result = switch (type) {
            case CHANGE_IN_CAPACITY -> (long) base + adjustment;
            case PERCENT_CHANGE_IN_CAPACITY -> (long) base + percentChange(base, adjustment, minMagnitude);
            case EXACT_CAPACITY -> adjustment;
        };
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, result));
    }

    /** "+2", "-1", "+25%", "=10": the adjustment as written, for reasons. */
    static String describe(AdjustmentType type, int adjustment) {
        return switch (type) {
            case CHANGE_IN_CAPACITY -> (adjustment >= 0 ? "+" : "") + adjustment;
            case PERCENT_CHANGE_IN_CAPACITY -> (adjustment >= 0 ? "+" : "") + adjustment + "%";
            case EXACT_CAPACITY -> "=" + adjustment;
        };
    }

    /**
     * What a step or simple policy proposes when its adjustment applies.
     *
     * <p>Direction: exact capacity moves towards its value; the others move the way the
     * adjustment's sign points. Scale-out is applied to {@link CapacityView#scaleOutBase()} when
     * {@code warmupAware} (step scaling: instances still in flight count toward capacity, so a
     * repeated breach in the same step adds nothing) and to desired capacity otherwise (simple
     * scaling, which waits for its activity to finish). Scale-in is applied to desired capacity and,
     * when {@code warmupAware}, blocked while any unit is in flight (§2.5 c). A proposal that would
     * not move the clamped desired capacity is {@link Proposal#NONE}.
     */
    static Proposal propose(String policy, AdjustmentType type, int adjustment, int minMagnitude, CapacityView cap,
            boolean warmupAware, String why) {
        int d = cap.desired();
        boolean out = type == AdjustmentType.EXACT_CAPACITY ? adjustment > d : adjustment > 0;
        boolean in = type == AdjustmentType.EXACT_CAPACITY ? adjustment < d : adjustment < 0;
        if (!out && !in) {
            return Proposal.NONE;
        }
        if (in && warmupAware && cap.inFlight() > 0) {
            return Proposal.NONE; // scale-in waits for warm-up to end
        }
        int base = out && warmupAware ? cap.scaleOutBase() : d;
        int wanted = apply(type, adjustment, minMagnitude, base);
        int capacity = cap.clamp(wanted);
        if (out ? capacity <= d : capacity >= d) {
            return Proposal.NONE;
        }
        String on = type == AdjustmentType.EXACT_CAPACITY ? "" : " on " + base
                + (base != d ? " (desired " + d + " less " + (d - base) + " in flight)" : "");
        String reason = why + ": " + describe(type, adjustment) + on + " = " + wanted
                + (capacity != wanted ? " (clamped to " + capacity + ")" : "");
        return out ? Proposal.out(policy, capacity, reason) : Proposal.in(policy, capacity, reason);
    }
}

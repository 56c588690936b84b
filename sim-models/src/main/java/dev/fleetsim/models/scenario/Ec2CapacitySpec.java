package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The group's size limits and initial desired capacity, in instances (aws-behaviour.md 2.1:
 * min ≤ desired ≤ max, and scaling never moves desired outside [min, max]).
 *
 * @param min     minimum size
 * @param max     maximum size
 * @param desired initial desired capacity; defaults to {@code min}, as CreateAutoScalingGroup does
 */
public record Ec2CapacitySpec(
        @Required @JsonPropertyDescription("Minimum number of instances.") Integer min,
        @Required @JsonPropertyDescription("Maximum number of instances.") Integer max,
        @JsonPropertyDescription("Initial desired capacity, between min and max (default: min).") Integer desired) {

    /** A sanity bound on group size: far above real groups, low enough to catch typos. */
    public static final int MAX_INSTANCES = 10_000;

    public Ec2CapacitySpec {
        desired = desired == null ? min : desired;
    }

    public void validate(String path, Findings f) {
        boolean ok = f.present(min, path + ".min", "the minimum number of instances, an integer >= 0")
                & f.present(max, path + ".max", "the maximum number of instances, an integer >= 1");
        if (!ok) {
            return;
        }
        ok = f.require(min >= 0, path + ".min", "expected an integer >= 0, found " + min)
                & f.require(max >= 1 && max <= MAX_INSTANCES, path + ".max",
                        "expected an integer from 1 to " + MAX_INSTANCES + ", found " + max);
        if (ok && f.require(min <= max, path + ".min", "expected a min of at most max (" + max + "), found " + min)) {
            f.require(desired >= min && desired <= max, path + ".desired",
                    "expected a desired capacity from min (" + min + ") to max (" + max + "), found " + desired
                            + " (AWS refuses a group whose desired capacity is outside its limits; leave desired out to"
                            + " start at min)");
        }
    }
}

package dev.fleetsim.models.scenario;

/**
 * A termination policy (aws-behaviour.md 2.11): which instance of the chosen Availability Zone
 * a scale-in terminates. Policies form an ordered list; each narrows the candidates to its ties,
 * and {@code default} (always applied last) breaks what remains.
 */
public enum Ec2TerminationPolicy implements YamlEnum {
    /**
     * AWS Default for a single-type, single-launch-template group: the instance closest to its
     * next billing hour, then random.
     */
    DEFAULT,
    /** The instance launched first. */
    OLDEST_INSTANCE,
    /** The instance launched last. */
    NEWEST_INSTANCE,
    /** The instance closest to its next billing hour (time since launch, modulo one hour, largest). */
    CLOSEST_TO_NEXT_INSTANCE_HOUR;

    @Override
    public String toString() {
        return yamlName();
    }
}

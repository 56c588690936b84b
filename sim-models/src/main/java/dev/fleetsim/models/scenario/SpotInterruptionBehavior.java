package dev.fleetsim.models.scenario;

/** What EC2 does to an interrupted Spot instance (aws-behaviour.md 3.3). */
public enum SpotInterruptionBehavior implements YamlEnum {
    /** The default, and the only behaviour an Auto Scaling group has. */
    TERMINATE,
    /** Persistent Spot requests and maintain-type fleets only: EC2 restarts it when capacity returns. */
    STOP,
    /** As stop, with memory saved; no two-minute lead (3.1). */
    HIBERNATE;

    @Override
    public String toString() {
        return yamlName();
    }
}

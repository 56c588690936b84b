package dev.fleetsim.models.scaling;

import dev.fleetsim.models.scenario.YamlEnum;

/** The metrics a scaling policy can track; each target publishes a per-minute series of each. */
public enum ScalingMetric implements YamlEnum {
    /** ASGAverageCPUUtilization: mean CPU (busy slots / slots, in percent) of non-warming in-service instances. */
    CPU("cpu"),
    /** ALBRequestCountPerTarget: requests the load balancer routed in the minute / in-service targets. */
    REQUEST_COUNT_PER_TARGET("request_count_per_target"),
    /** Requests waiting in instance queues per in-service instance (a backlog metric, as a custom metric). */
    BACKLOG_PER_INSTANCE("backlog_per_instance"),
    /**
     * LambdaProvisionedConcurrencyUtilization: busy provisioned environments / allocated ones, a
     * fraction (typical target 0.7); Lambda functions only (aws-behaviour.md 4.6).
     */
    PROVISIONED_CONCURRENCY_UTILIZATION("provisioned_concurrency_utilization"),
    /**
     * ECSServiceAverageMemoryUtilization: mean memory of the service's running tasks, in percent
     * (published by ECS services only; see docs/models.md, Fargate, for the memory model).
     */
    MEMORY("memory");

    /** The scenario names, for messages. */
    public static final String NAMES = "cpu, request_count_per_target, backlog_per_instance, provisioned_concurrency_utilization, memory";

    private final String yamlName;

    ScalingMetric(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in scenarios, e.g. {@code cpu}. */
    @Override

    public String yamlName() {
        return yamlName;
    }

    @Override
    public String toString() {
        return yamlName;
    }
}

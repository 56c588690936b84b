package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The group's lifecycle hooks: at most one on launch and one on terminate (several hooks on the
 * same transition run concurrently in AWS; their combined effect is one hook whose duration is
 * the longest of them).
 */
public record Ec2LifecycleHooksSpec(
        @JsonPropertyDescription("Hook on the launch transition (Pending:Wait; also Warmed:Pending:Wait for warm-pool instances).")
                Ec2LifecycleHookSpec launch,
        @JsonPropertyDescription("Hook on the terminate transition (Terminating:Wait), after load-balancer draining.")
                Ec2LifecycleHookSpec terminate) {

    public static final Ec2LifecycleHooksSpec NONE = new Ec2LifecycleHooksSpec(null, null);

    public void validate(String path, Findings f) {
        if (launch != null) {
            launch.validate(path + ".launch", f);
        }
        if (terminate != null) {
            terminate.validate(path + ".terminate", f);
        }
    }
}

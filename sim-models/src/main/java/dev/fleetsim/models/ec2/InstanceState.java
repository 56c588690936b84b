package dev.fleetsim.models.ec2;

/**
 * Auto Scaling lifecycle states an instance passes through (aws-behaviour.md 2.1, 2.7, 2.10).
 * Pending covers Pending, Pending:Wait and Pending:Proceed; Terminating covers load-balancer
 * draining, Terminating:Wait and Terminating:Proceed; WarmedPending covers Warmed:Pending and
 * Warmed:Pending:Wait.
 */
public enum InstanceState {
    /** Launching into the warm pool: booting, then the launch hook (first firing). */
    WARMED_PENDING,
    /** Ready in the warm pool, stopped: only its EBS volume is billed. */
    WARMED_STOPPED,
    /** Ready in the warm pool, running: billed as a running instance. */
    WARMED_RUNNING,
    /** Ready in the warm pool, hibernated: only its EBS volume is billed. */
    WARMED_HIBERNATED,
    /** Launching into the group (cold boot or warm start), then the launch hook. */
    PENDING,
    /** In service: registered with the load balancer, serving requests. */
    IN_SERVICE,
    /** Leaving the group: draining at the load balancer, then the terminate hook. */
    TERMINATING,
    /** Gone; billing has stopped. */
    TERMINATED;

    /** Whether the instance is part of the warm pool (warmed or being prepared). */
    public boolean isWarmed() {
        return this == WARMED_PENDING || this == WARMED_STOPPED || this == WARMED_RUNNING || this == WARMED_HIBERNATED;
    }
}

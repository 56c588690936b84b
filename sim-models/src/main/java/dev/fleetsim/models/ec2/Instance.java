package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.spot.SpotPool;

/**
 * One EC2 instance of a group or its warm pool: identity, lifecycle state and the times the
 * policies and billing need. Its request serving lives in {@link InstanceServer}; the
 * transitions are driven by {@link InstanceLifecycle}. Fields are package-private state shared by
 * the group's small parts, not an API.
 */
public final class Instance {
    final int id;
    final int zone;
    /** When EC2 launched it: the origin of its age, billing hour and EC2 status checks. */
    final long launchTime;
    final InstanceType type;
    /** The Spot pool it runs in, or null for On-Demand. */
    final SpotPool spotPool;
    final InstanceServer server;

    InstanceState state;
    /** When it last entered service; origin of warm-up, grace and load-balancer health checks. */
    long inServiceAt = Long.MIN_VALUE;
    /** Whether it counts as warming up: false for instances in service when the run started. */
    boolean warmupApplies;
    boolean protectedFromScaleIn;
    /** Failed (impaired) and not yet replaced: serves nothing. */
    boolean impaired;
    /** Registered and healthy at the load balancer: the balancer may route to it. */
    boolean registered;
    /** Deregistered and finishing its in-flight requests. */
    boolean draining;
    /** Leaving the group for the warm pool rather than for termination. */
    boolean returningToPool;
    /** Counted in the group's current scaling activity (launching into or leaving the group). */
    boolean inActivity;
    /** Its metrics count toward the group's CPU aggregate (in service, past warm-up, healthy). */
    boolean cpuEligible;

    /** Start of the running period being billed, or −1 while not running (stopped, terminated). */
    long runningSince = -1;
    /** The pending lifecycle step (boot, hook, drain timeout), or NO_HANDLE. */
    long stepHandle = Scheduler.NO_HANDLE;
    long warmupHandle = Scheduler.NO_HANDLE;
    long failureHandle = Scheduler.NO_HANDLE;
    /** Spot: the pending interruption notice, then the pending reclaim; or NO_HANDLE. */
    long spotHandle = Scheduler.NO_HANDLE;
    /** Spot: the pending rebalance recommendation, or NO_HANDLE. */
    long rebalanceHandle = Scheduler.NO_HANDLE;
    /** Capacity Rebalancing: the at-risk instance this one replaces, while it launches. */
    Instance replaces;
    /** Capacity Rebalancing: the replacement launching for this at-risk instance. */
    Instance replacedBy;
    /** Capacity Rebalancing launched this instance ahead of an at-risk one's reclaim. */
    boolean rebalanceLaunch;
    /** Capacity Rebalancing: this at-risk instance's replacement is already in service. */
    boolean replacedEarly;
    /** A rebalance replacement whose at-risk instance was reclaimed while it launched: that reclaim's time, or −1. */
    long replacingReclaimAt = -1;
    /** Spot: received its interruption notice; out of the balancer, reclaimed 120 s later. */
    boolean noticed;
    /** Index used by the load balancer's routing structure while registered. */
    int routingIndex = -1;

    Instance(int id, int zone, long launchTime, InstanceState state, InstanceType type, SpotPool spotPool,
            InstanceServer.Factory servers) {
        this.id = id;
        this.zone = zone;
        this.launchTime = launchTime;
        this.state = state;
        this.type = type;
        this.spotPool = spotPool;
        this.server = servers.create(this);
    }

    public int id() {
        return id;
    }

    /** Availability Zone index, 0-based. */
    public int zone() {
        return zone;
    }

    public long launchTime() {
        return launchTime;
    }

    public InstanceType type() {
        return type;
    }

    /** Capacity units this instance counts toward desired capacity (its type's weight; 1 without weights). */
    public int weight() {
        return type.weight();
    }

    /** Whether it is a Spot instance. */
    public boolean isSpot() {
        return spotPool != null;
    }

    /** Its Spot pool, or null for On-Demand. */
    public SpotPool spotPool() {
        return spotPool;
    }

    /** Whether its Spot interruption notice has arrived. */
    public boolean isNoticed() {
        return noticed;
    }

    public InstanceState state() {
        return state;
    }

    public long inServiceAt() {
        return inServiceAt;
    }

    public boolean isProtectedFromScaleIn() {
        return protectedFromScaleIn;
    }

    /** SetInstanceProtection for this instance. */
    public void setProtectedFromScaleIn(boolean value) {
        protectedFromScaleIn = value;
    }

    public boolean isImpaired() {
        return impaired;
    }

    /** Requests in service or queued on this instance. */
    public int outstanding() {
        return server.outstanding();
    }

    /** Requests that started service on this instance. */
    public long requestsStarted() {
        return server.started();
    }

    /** Requests waiting in this instance's queue. */
    public int queued() {
        return server.queued();
    }

    /** Requests in service on this instance. */
    public int busy() {
        return server.busy();
    }

    @Override
    public String toString() {
        return "i-" + id + "[" + type.name() + (spotPool != null ? " spot" : "") + ", " + state + ", az " + zone + ", launched " + launchTime + " us]";
    }
}

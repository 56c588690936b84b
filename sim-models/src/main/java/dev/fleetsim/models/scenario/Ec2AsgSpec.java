package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.ec2.InstanceCatalog;
import dev.fleetsim.models.scaling.ScalingMetric;
import dev.fleetsim.models.scenario.units.DataSize;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An EC2 Auto Scaling group behind an Application Load Balancer (fleet type {@code ec2-asg}).
 * Every field, its unit and default, and the model's assumptions are in {@code docs/scenario-reference.md and docs/models.md (EC2)};
 * the rules come from aws-behaviour.md section 2 and modelling choices M3, M6 and M9.
 */
public record Ec2AsgSpec(
        @Required @JsonPropertyDescription("Fleet name; workloads target it.") String name,
        @Required @JsonPropertyDescription("Instance types, in priority order: [{type: c6g.large}]; several make a mixed instances policy (docs/scenario-reference.md, Spot).")
                List<Ec2InstanceTypeSpec> instanceTypes,
        @Required @JsonPropertyDescription("Group size: {min, max, desired}.") Ec2CapacitySpec capacity,
        @JsonPropertyDescription("Availability Zones the group balances across, 1 to 6 (default 3).") Integer availabilityZones,
        @JsonPropertyDescription("in-service (default: the initial instances are running at time 0) or launching (they launch cold at time 0).")
                InitialState initialState,
        @JsonPropertyDescription("Launch to ready for InService, before any launch hook (default lognormal, median 45s, p95 120s, M3).")
                DistributionSpec bootTime,
        @JsonPropertyDescription("Concurrent requests per vCPU; an instance serves vCPUs x slots_per_vcpu requests at once (default 1).")
                Integer slotsPerVcpu,
        @JsonPropertyDescription("Requests an instance may hold waiting beyond its busy slots; more are dropped (default 100).")
                Integer instanceQueueLimit,
        @JsonPropertyDescription("The load balancer in front of the group (defaults: round robin, 300s deregistration delay).")
                LoadBalancerSpec loadBalancer,
        @JsonPropertyDescription("Serve a job queue instead of web requests: workers take one job per slot, cut jobs return to the queue (default: none).")
                JobQueueSpec jobQueue,
        @JsonPropertyDescription("ec2 (default: EC2 status checks only) or elb (load-balancer health checks too).")
                HealthCheckType healthCheckType,
        @JsonPropertyDescription("Time after InService during which no health check (ELB or EC2 status) can mark a running "
                + "instance unhealthy (default 0s, the API default).")
                SimDuration healthCheckGrace,
        @JsonPropertyDescription("DefaultInstanceWarmup, 0s to 3600s (default: unset; default_cooldown stands in).")
                SimDuration defaultInstanceWarmup,
        @JsonPropertyDescription("DefaultCooldown for simple scaling, and warm-up fallback (default 300s).") SimDuration defaultCooldown,
        @JsonPropertyDescription("Launch and terminate lifecycle hooks (default: none).") Ec2LifecycleHooksSpec lifecycleHooks,
        @JsonPropertyDescription("Ordered termination policies: default, oldest-instance, newest-instance, closest-to-next-instance-hour (default [default]).")
                List<Ec2TerminationPolicy> terminationPolicies,
        @JsonPropertyDescription("Protect every instance the group launches from scale-in (default false).") Boolean scaleInProtection,
        @JsonPropertyDescription("Instance failures replaced by health checks (default: none).") Ec2FailuresSpec failures,
        @JsonPropertyDescription("A warm pool of pre-initialised instances (default: none).") WarmPoolSpec warmPool,
        @JsonPropertyDescription("Mixed instances purchase options: On-Demand base and percentage, Spot allocation (default: all On-Demand).")
                PurchaseSpec purchase,
        @JsonPropertyDescription("Spot capacity pools: interruption band or rate, price fraction, capacity score, per-pool overrides (docs/scenario-reference.md, Spot).")
                SpotSpec spot,
        @JsonPropertyDescription("CapacityRebalance: replace a Spot instance on its rebalance recommendation (default false).")
                Boolean capacityRebalance,
        @JsonPropertyDescription("EBS root volume of each instance, whole GB (binary), billed while the instance exists (default 8GB).")
                DataSize ebsVolumeSize,
        @JsonPropertyDescription("EBS storage price in USD per GB-month (default: the catalog's gp3 price).") Double ebsPricePerGbMonth,
        @JsonPropertyDescription("Scaling policies and scheduled actions.") List<ScalingPolicySpec> scaling)
        implements FleetSpec {

    public static final int DEFAULT_AVAILABILITY_ZONES = 3;
    /** us-east-1 has six Availability Zones. */
    public static final int MAX_AVAILABILITY_ZONES = 6;
    /** M3: launch to InService, lognormal with median 45 s and 95th percentile 120 s. */
    public static final DistributionSpec DEFAULT_BOOT_TIME =
            WarmPoolSpec.lognormalFromP95(SimDuration.ofSeconds(45), SimDuration.ofSeconds(120));
    public static final int DEFAULT_SLOTS_PER_VCPU = 1;
    public static final int DEFAULT_INSTANCE_QUEUE_LIMIT = 100;
    /** A sanity bound on the per-instance queue (its ring grows on demand up to it). */
    public static final int MAX_INSTANCE_QUEUE_LIMIT = 10_000_000;
    public static final SimDuration DEFAULT_COOLDOWN = SimDuration.ofSeconds(300);
    /** AWS DefaultInstanceWarmup range (aws-behaviour.md 2.5). */
    public static final SimDuration MAX_INSTANCE_WARMUP = SimDuration.ofSeconds(3600);
    /** Amazon Linux AMIs default to an 8 GiB root volume. */
    public static final DataSize DEFAULT_EBS_VOLUME_SIZE = DataSize.parse("8GB");
    /** gp3 volume sizes: 1 GiB to 16 TiB, in whole GiB. */
    public static final DataSize MAX_EBS_VOLUME_SIZE = DataSize.parse("16TB");

    public Ec2AsgSpec {
        instanceTypes = instanceTypes == null ? List.of() : List.copyOf(instanceTypes);
        availabilityZones = availabilityZones == null ? DEFAULT_AVAILABILITY_ZONES : availabilityZones;
        initialState = initialState == null ? InitialState.IN_SERVICE : initialState;
        bootTime = bootTime == null ? DEFAULT_BOOT_TIME : bootTime;
        slotsPerVcpu = slotsPerVcpu == null ? DEFAULT_SLOTS_PER_VCPU : slotsPerVcpu;
        instanceQueueLimit = instanceQueueLimit == null ? DEFAULT_INSTANCE_QUEUE_LIMIT : instanceQueueLimit;
        loadBalancer = loadBalancer == null ? LoadBalancerSpec.DEFAULT : loadBalancer;
        healthCheckType = healthCheckType == null ? HealthCheckType.EC2 : healthCheckType;
        healthCheckGrace = healthCheckGrace == null ? new SimDuration(0) : healthCheckGrace;
        defaultCooldown = defaultCooldown == null ? DEFAULT_COOLDOWN : defaultCooldown;
        lifecycleHooks = lifecycleHooks == null ? Ec2LifecycleHooksSpec.NONE : lifecycleHooks;
        terminationPolicies = terminationPolicies == null || terminationPolicies.isEmpty()
                ? List.of(Ec2TerminationPolicy.DEFAULT) : List.copyOf(terminationPolicies);
        scaleInProtection = scaleInProtection == null ? Boolean.FALSE : scaleInProtection;
        ebsVolumeSize = ebsVolumeSize == null ? DEFAULT_EBS_VOLUME_SIZE : ebsVolumeSize;
        scaling = scaling == null ? List.of() : List.copyOf(scaling);
        purchase = purchase == null ? PurchaseSpec.ALL_ON_DEMAND : purchase;
        spot = spot == null ? SpotSpec.DEFAULT : spot;
        capacityRebalance = capacityRebalance == null ? Boolean.FALSE : capacityRebalance;
    }

    @Override
    public void validate(String path, Findings f) {
        if (f.require(!instanceTypes.isEmpty(), path + ".instance_types",
                "expected at least one instance type, like [{type: c6g.large}], found none")) {
            Set<String> names = new java.util.HashSet<>();
            for (int i = 0; i < instanceTypes.size(); i++) {
                Ec2InstanceTypeSpec t = instanceTypes.get(i);
                if (f.present(t, path + ".instance_types[" + i + "]", "an instance type, like {type: c6g.large}")) {
                    t.validate(path + ".instance_types[" + i + "]", f);
                    f.require(t.type() == null || names.add(t.type()), path + ".instance_types[" + i + "].type",
                            "expected each instance type once, found '" + t.type() + "' again");
                }
            }
            // AWS: WeightedCapacity given for one instance type must be given for all of them.
            long weighted = instanceTypes.stream().filter(t -> t != null && t.weight() != null).count();
            if (weighted > 0 && weighted < instanceTypes.size()) {
                for (int i = 0; i < instanceTypes.size(); i++) {
                    Ec2InstanceTypeSpec t = instanceTypes.get(i);
                    if (t != null && t.weight() == null) {
                        f.add(path + ".instance_types[" + i + "].weight", "expected a weight, since another instance type"
                                + " has one (AWS: weights for all instance types or none), found none");
                        break;
                    }
                }
            }
        }
        if (jobQueue != null) {
            jobQueue.validate(path + ".job_queue", f);
        }
        purchase.validate(path + ".purchase", f);
        spot.validate(path + ".spot", f, this);
        if (warmPool != null) {
            // aws-behaviour.md 2.10: AWS refuses a warm pool on a group with Spot or a mixed instances policy.
            f.require(!purchase.usesSpot(), path + ".warm_pool",
                    "a warm pool cannot be combined with Spot (purchase.on_demand_percent_above_base is "
                            + purchase.onDemandPercentAboveBase() + ", below 100); AWS refuses warm pools on groups with Spot");
            f.require(instanceTypes.size() <= 1, path + ".warm_pool",
                    "a warm pool cannot be combined with several instance_types (found " + instanceTypes.size()
                            + "); AWS refuses warm pools on groups with a mixed instances policy");
            f.require(instanceTypes.stream().noneMatch(t -> t != null && t.weight() != null), path + ".warm_pool",
                    "a warm pool cannot be combined with instance weights (weights make a mixed instances policy);"
                            + " AWS refuses warm pools on groups with a mixed instances policy");
        }
        if (f.present(capacity, path + ".capacity", "the group size, like {min: 2, max: 10}")) {
            capacity.validate(path + ".capacity", f);
        }
        f.require(availabilityZones >= 1 && availabilityZones <= MAX_AVAILABILITY_ZONES, path + ".availability_zones",
                "expected 1 to " + MAX_AVAILABILITY_ZONES + " Availability Zones, found " + availabilityZones);
        bootTime.validate(path + ".boot_time", f);
        f.require(slotsPerVcpu >= 1 && slotsPerVcpu <= 1024, path + ".slots_per_vcpu",
                "expected an integer from 1 to 1024, found " + slotsPerVcpu);
        f.require(instanceQueueLimit >= 0 && instanceQueueLimit <= MAX_INSTANCE_QUEUE_LIMIT, path + ".instance_queue_limit",
                "expected an integer from 0 to " + MAX_INSTANCE_QUEUE_LIMIT + ", found " + instanceQueueLimit);
        loadBalancer.validate(path + ".load_balancer", f);
        if (defaultInstanceWarmup != null) {
            f.require(defaultInstanceWarmup.compareTo(MAX_INSTANCE_WARMUP) <= 0, path + ".default_instance_warmup",
                    "expected a warm-up from 0s to 3600s, found " + defaultInstanceWarmup);
        }
        lifecycleHooks.validate(path + ".lifecycle_hooks", f);
        validatePolicies(path + ".termination_policies", f);
        if (failures != null) {
            failures.validate(path + ".failures", f);
        }
        if (warmPool != null) {
            warmPool.validate(path + ".warm_pool", f);
        }
        f.require(ebsVolumeSize.bytes() >= (1L << 30) && ebsVolumeSize.compareTo(MAX_EBS_VOLUME_SIZE) <= 0
                && ebsVolumeSize.bytes() % (1L << 30) == 0, path + ".ebs_volume_size",
                "expected a whole number of GB from 1GB to 16TB, found " + ebsVolumeSize);
        if (ebsPricePerGbMonth != null) {
            f.require(ebsPricePerGbMonth >= 0 && Double.isFinite(ebsPricePerGbMonth), path + ".ebs_price_per_gb_month",
                    "expected a price >= 0 in USD per GB-month, found " + ebsPricePerGbMonth);
        }
        ScalingPolicySpec.validateAll(scaling, path + ".scaling", f);
        ScalingPolicySpec.rejectMetric(scaling, ScalingMetric.MEMORY, "EC2 publishes no memory metric without the CloudWatch agent;"
                + " memory is for fargate fleets", path + ".scaling", f);
        ScalingPolicySpec.rejectMetric(scaling, ScalingMetric.PROVISIONED_CONCURRENCY_UTILIZATION,
                "a Lambda metric; a group publishes cpu, request_count_per_target and backlog_per_instance", path + ".scaling", f);
    }

    /** AWS: each policy at most once, and {@code default} last if listed. */
    private void validatePolicies(String path, Findings f) {
        Set<Ec2TerminationPolicy> seen = EnumSet.noneOf(Ec2TerminationPolicy.class);
        for (int i = 0; i < terminationPolicies.size(); i++) {
            Ec2TerminationPolicy p = terminationPolicies.get(i);
            if (!f.present(p, path + "[" + i + "]", "a termination policy")) {
                continue;
            }
            f.require(seen.add(p), path + "[" + i + "]", "expected each policy once, found '" + p + "' again");
            f.require(p != Ec2TerminationPolicy.DEFAULT || i == terminationPolicies.size() - 1, path + "[" + i + "]",
                    "expected 'default' last (AWS applies it after the others), found it at position " + (i + 1)
                            + " of " + terminationPolicies.size());
        }
    }

    /** The first (highest-priority) instance type's spec: the On-Demand type and the warm pool's. */
    public Ec2InstanceTypeSpec instanceType() {
        return instanceTypes.get(0);
    }

    /** The root volume size in whole GiB. */
    public int ebsVolumeGib() {
        return (int) (ebsVolumeSize.bytes() >> 30);
    }

    /** The EBS price written, or the catalog's gp3 price. */
    public double ebsPricePerGbMonthOrDefault() {
        return ebsPricePerGbMonth != null ? ebsPricePerGbMonth : InstanceCatalog.builtIn().ebsPricePerGbMonth();
    }

    /** DefaultInstanceWarmup in microseconds, or −1 when unset (aws-behaviour.md 2.5). */
    public long defaultInstanceWarmupMicros() {
        return defaultInstanceWarmup == null ? -1 : defaultInstanceWarmup.micros();
    }

    /** Which health checks the group acts on (the EC2 status check is always on). */
    public enum HealthCheckType implements YamlEnum {
        EC2,
        ELB;

        @Override
        public String toString() {
            return yamlName();
        }
    }

    /** How the group's initial desired capacity starts. */
    public enum InitialState implements YamlEnum {
        /** Running and in service at time 0, past warm-up (a group that has been up for a while). */
        IN_SERVICE,
        /** Launched cold at time 0, through boot, hooks and warm-up (a group just created). */
        LAUNCHING;

        @Override
        public String toString() {
            return yamlName();
        }
    }
}

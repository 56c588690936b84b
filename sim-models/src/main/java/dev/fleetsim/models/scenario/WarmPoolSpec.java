package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.SimDuration;
import umontreal.ssj.probdist.NormalDist;

/**
 * A warm pool (aws-behaviour.md 2.10): pre-initialised instances kept outside desired capacity.
 * Pool size = max(min_size, (max_group_prepared_capacity, or the group's max) − desired). A
 * scale-out takes ready pool instances first; they reach InService after {@code start_time}
 * (M9) instead of a cold boot.
 *
 * @param minSize                   floor of the pool size (default 0)
 * @param maxGroupPreparedCapacity  instances allowed in the group plus the pool; unset: the group's max
 * @param state                     state pool instances wait in (default stopped)
 * @param reuseOnScaleIn            return scaled-in instances to the pool instead of terminating them
 * @param startTime                 from leaving the pool to InService, before the launch hook (M9
 *                                  default by state: stopped median 20 s, p95 45 s; hibernated
 *                                  median 30 s, p95 67.5 s; running 0 s)
 */
public record WarmPoolSpec(
        @JsonPropertyDescription("Floor of the pool size (default 0).") Integer minSize,
        @JsonPropertyDescription("Instances allowed in the group and the pool together (default: the group's max).")
                Integer maxGroupPreparedCapacity,
        @JsonPropertyDescription("stopped (default), running or hibernated: the state pool instances wait in.") PoolState state,
        @JsonPropertyDescription("Return scaled-in instances to the pool instead of terminating them (default false).")
                Boolean reuseOnScaleIn,
        @JsonPropertyDescription("Time from leaving the pool to InService, before the launch hook (default per M9 and state).")
                DistributionSpec startTime) {

    public WarmPoolSpec {
        minSize = minSize == null ? 0 : minSize;
        state = state == null ? PoolState.STOPPED : state;
        reuseOnScaleIn = reuseOnScaleIn == null ? Boolean.FALSE : reuseOnScaleIn;
    }

    public void validate(String path, Findings f) {
        f.require(minSize >= 0 && minSize <= Ec2CapacitySpec.MAX_INSTANCES, path + ".min_size",
                "expected an integer from 0 to " + Ec2CapacitySpec.MAX_INSTANCES + ", found " + minSize);
        if (maxGroupPreparedCapacity != null) {
            f.require(maxGroupPreparedCapacity >= 0 && maxGroupPreparedCapacity <= Ec2CapacitySpec.MAX_INSTANCES,
                    path + ".max_group_prepared_capacity",
                    "expected an integer from 0 to " + Ec2CapacitySpec.MAX_INSTANCES + ", found " + maxGroupPreparedCapacity);
        }
        if (startTime != null) {
            startTime.validate(path + ".start_time", f);
        }
    }

    /** The start time written, or the M9 default for {@link #state()}. */
    public DistributionSpec startTimeOrDefault() {
        if (startTime != null) {
            return startTime;
        }
        return switch (state) {
            case STOPPED -> lognormalFromP95(SimDuration.ofSeconds(20), SimDuration.ofMillis(45_000));
            case HIBERNATED -> lognormalFromP95(SimDuration.ofSeconds(30), SimDuration.ofMillis(67_500));
            case RUNNING -> new DistributionSpec.Constant(SimDuration.ofSeconds(0));
        };
    }

    /**
     * A lognormal given by its median and 95th percentile, as aws-behaviour.md states M3 and M9,
     * converted to the median/p99 form {@link DistributionSpec.Lognormal} takes:
     * σ = ln(p95 / median) / Φ⁻¹(0.95), p99 = median · e^{σ Φ⁻¹(0.99)}.
     */
    static DistributionSpec.Lognormal lognormalFromP95(SimDuration median, SimDuration p95) {
        double sigma = Math.log(p95.seconds() / median.seconds()) / NormalDist.inverseF01(0.95);
        double p99 = median.seconds() * Math.exp(sigma * DistributionSpec.Lognormal.Z99);
        return new DistributionSpec.Lognormal(null, null, median, new SimDuration(Math.round(p99 * 1e6)), null);
    }

    /** The state warm-pool instances wait in. */
    public enum PoolState implements YamlEnum {
        /** Stopped: only the EBS volume is billed; start per M9 (median 20 s). */
        STOPPED,
        /** Running: billed as a running instance; joins the group almost at once. */
        RUNNING,
        /** Hibernated: only EBS is billed (RAM is saved to it); start per M9 (median 30 s). */
        HIBERNATED;

        @Override
        public String toString() {
            return yamlName();
        }
    }
}

package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.Rate;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * Provisioned concurrency (aws-behaviour.md 4.6, M17): pre-initialised environments that never
 * cold-start. After a change, allocation starts after a delay drawn from {@code allocation_delay}
 * and proceeds at {@code allocation_rate}; each new environment runs INIT (billed) before it
 * serves. Requests beyond the allocated environments spill over to on-demand ones.
 */
public record LambdaProvisionedSpec(
        @JsonPropertyDescription("Provisioned environments configured at time 0 (default 0); scaling policies change it later.")
                Integer count,
        @JsonPropertyDescription("Least value scaling policies may set (default 0).") Integer min,
        @JsonPropertyDescription("Most value scaling policies may set (default: count, or the reserved concurrency if larger).")
                Integer max,
        @JsonPropertyDescription("Whether the initial count is allocated before time 0 (default true) or starts allocating at time 0.")
                Boolean readyAtStart,
        @JsonPropertyDescription("Delay from a configuration change to the first allocation (default uniform 60s to 120s, M17).")
                DistributionSpec allocationDelay,
        @JsonPropertyDescription("Environments allocated per unit time once started (default 6000/min, M17).") Rate allocationRate,
        @JsonPropertyDescription("Environments allocated at once when allocation starts, before the rate applies (default 0; M17's legacy mode: 3000 with allocation_rate 500/min).")
                Integer allocationBurst,
        @JsonPropertyDescription("Age at which Lambda recycles a provisioned environment, running INIT again in the background, billed (default uniform 2h to 6h, M17).")
                DistributionSpec recycleAfter) {

    public static final DistributionSpec DEFAULT_DELAY =
            new DistributionSpec.Uniform(SimDuration.ofSeconds(60), SimDuration.ofSeconds(120));
    public static final Rate DEFAULT_RATE = new Rate(100);
    public static final DistributionSpec DEFAULT_RECYCLE =
            new DistributionSpec.Uniform(SimDuration.ofSeconds(7200), SimDuration.ofSeconds(21_600));

    // After the constants the compact constructor reads (static fields initialise in order).
    public static final LambdaProvisionedSpec NONE = new LambdaProvisionedSpec(0, null, null, null, null, null, null, null);

    public LambdaProvisionedSpec {
        count = count == null ? 0 : count;
        min = min == null ? 0 : min;
        readyAtStart = readyAtStart == null ? Boolean.TRUE : readyAtStart;
        allocationDelay = allocationDelay == null ? DEFAULT_DELAY : allocationDelay;
        allocationRate = allocationRate == null ? DEFAULT_RATE : allocationRate;
        recycleAfter = recycleAfter == null ? DEFAULT_RECYCLE : recycleAfter;
        allocationBurst = allocationBurst == null ? 0 : allocationBurst;
    }

    public int maxOr(int fallback) {
        return max != null ? max : Math.max(count, fallback);
    }

    public void validate(String path, Findings f, int accountLimit) {
        f.require(count >= 0 && count <= accountLimit, path + ".count",
                "expected an integer from 0 to the account concurrency (" + accountLimit + "), found " + count);
        f.require(min >= 0 && min <= count, path + ".min", "expected an integer from 0 to count (" + count + "), found " + min);
        if (max != null) {
            f.require(max >= count && max <= accountLimit, path + ".max",
                    "expected an integer from count (" + count + ") to the account concurrency (" + accountLimit + "), found " + max);
        }
        allocationDelay.validate(path + ".allocation_delay", f);
        recycleAfter.validate(path + ".recycle_after", f);
        f.require(allocationBurst >= 0 && allocationBurst <= accountLimit, path + ".allocation_burst",
                "expected an integer from 0 to the account concurrency (" + accountLimit + "), found " + allocationBurst);
        f.require(allocationRate.perSecond() > 0, path + ".allocation_rate",
                "expected a rate > 0, like 6000/min, found " + allocationRate);
    }
}

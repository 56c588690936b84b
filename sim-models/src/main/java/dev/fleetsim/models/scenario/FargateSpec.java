package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.Rate;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ECS service on Fargate behind an Application Load Balancer (fleet type {@code fargate}).
 * Every field, its unit and default, and the model's assumptions are in
 * {@code docs/scenario-reference.md} and {@code docs/models.md (Fargate)}; the rules come from
 * aws-behaviour.md section 5 and modelling choices M19 and M20.
 */
public record FargateSpec(
        @Required @JsonPropertyDescription("Fleet name; workloads target it.") String name,
        @Required @JsonPropertyDescription("Task size and serving: {cpu: 0.5, memory: 1GB}.") FargateTaskSpec task,
        @Required @JsonPropertyDescription("Service size in tasks: {min, max, desired}.") Ec2CapacitySpec capacity,
        @JsonPropertyDescription("in-service (default: the initial tasks are serving at time 0) or launching (they start at time 0).")
                Ec2AsgSpec.InitialState initialState,
        @JsonPropertyDescription("Task start-up stages (defaults from M19).") FargateStartupSpec startup,
        @JsonPropertyDescription("The load balancer's target group (round robin, 300s deregistration delay, 30s x 5 health checks).")
                LoadBalancerSpec loadBalancer,
        @JsonPropertyDescription("Capacity provider strategy: [{provider: FARGATE, base: 2, weight: 1}, {provider: FARGATE_SPOT, weight: 3}] (default all FARGATE).")
                List<CapacityProviderSpec> capacityProviders,
        @JsonPropertyDescription("Fargate Spot interruptions, discount and capacity gaps.") FargateSpotSpec spot,
        @JsonPropertyDescription("A rolling update started at a time: {at: 2h, minimum_healthy_percent: 100, maximum_percent: 200} (default none).")
                FargateDeploymentSpec deployment,
        @JsonPropertyDescription("Target tracking ScaleOutCooldown (default 300s).") SimDuration scaleOutCooldown,
        @JsonPropertyDescription("Target tracking ScaleInCooldown (default 300s).") SimDuration scaleInCooldown,
        @JsonPropertyDescription("Most tasks the service starts per second (default 20/s, M19).") Rate launchRate,
        @JsonPropertyDescription("Tasks that may start at once before launch_rate applies (default 1; the legacy limit was 10 at 1/s, M19).")
                Integer launchBurst,
        @JsonPropertyDescription("Service auto scaling policies and scheduled actions (Application Auto Scaling).")
                List<ScalingPolicySpec> scaling)
        implements FleetSpec {

    public static final SimDuration DEFAULT_COOLDOWN = SimDuration.ofSeconds(300);
    public static final Rate DEFAULT_LAUNCH_RATE = new Rate(20);

    public FargateSpec {
        initialState = initialState == null ? Ec2AsgSpec.InitialState.IN_SERVICE : initialState;
        startup = startup == null ? FargateStartupSpec.DEFAULT : startup;
        loadBalancer = loadBalancer == null ? LoadBalancerSpec.DEFAULT : loadBalancer;
        capacityProviders = capacityProviders == null || capacityProviders.isEmpty()
                ? List.of(new CapacityProviderSpec(CapacityProviderSpec.Provider.FARGATE, 0, 1)) : List.copyOf(capacityProviders);
        spot = spot == null ? FargateSpotSpec.DEFAULT : spot;
        scaleOutCooldown = scaleOutCooldown == null ? DEFAULT_COOLDOWN : scaleOutCooldown;
        scaleInCooldown = scaleInCooldown == null ? DEFAULT_COOLDOWN : scaleInCooldown;
        launchRate = launchRate == null ? DEFAULT_LAUNCH_RATE : launchRate;
        launchBurst = launchBurst == null ? 1 : launchBurst;
        scaling = scaling == null ? List.of() : List.copyOf(scaling);
    }

    @Override
    public void validate(String path, Findings f) {
        if (f.present(task, path + ".task", "the task size, like {cpu: 0.5, memory: 1GB}")) {
            task.validate(path + ".task", f);
        }
        if (f.present(capacity, path + ".capacity", "the service size, like {min: 2, max: 10}")) {
            capacity.validate(path + ".capacity", f);
        }
        startup.validate(path + ".startup", f);
        loadBalancer.validate(path + ".load_balancer", f);
        validateStrategy(path + ".capacity_providers", f);
        spot.validate(path + ".spot", f);
        if (deployment != null) {
            deployment.validate(path + ".deployment", f);
        }
        f.require(launchRate.perSecond() > 0, path + ".launch_rate", "expected a rate > 0, like 20/s, found " + launchRate);
        f.require(launchBurst >= 1 && launchBurst <= Ec2CapacitySpec.MAX_INSTANCES, path + ".launch_burst",
                "expected an integer from 1 to " + Ec2CapacitySpec.MAX_INSTANCES + ", found " + launchBurst);
        ScalingPolicySpec.validateAll(scaling, path + ".scaling", f);
        ScalingPolicySpec.applicationAutoScalingRules(scaling, path + ".scaling", f);
    }

    /** aws-behaviour.md 5.4: each provider once, at most one base, at least one weight above 0. */
    private void validateStrategy(String path, Findings f) {
        Set<CapacityProviderSpec.Provider> seen = new HashSet<>();
        String withBase = null;
        boolean weighted = false;
        for (int i = 0; i < capacityProviders.size(); i++) {
            CapacityProviderSpec c = capacityProviders.get(i);
            String p = path + "[" + i + "]";
            if (!f.present(c, p, "a capacity provider {provider: FARGATE, base: 0, weight: 1}")) {
                continue;
            }
            c.validate(p, f);
            if (c.provider() != null) {
                f.require(seen.add(c.provider()), p + ".provider", "expected each provider once, found " + c.provider() + " again");
            }
            if (c.base() > 0) {
                f.require(withBase == null, p + ".base", "expected a base on one provider only (the ECS rule; "
                        + withBase + " has one), found " + c.base());
                withBase = c.provider() + "";
            }
            weighted |= c.weight() > 0;
        }
        f.require(weighted, path, "expected at least one provider with a weight above 0 (ECS refuses the strategy otherwise), found none");
    }

    /** Whether the strategy places any task on Fargate Spot. */
    public boolean usesSpot() {
        return capacityProviders.stream().anyMatch(c -> c.provider() == CapacityProviderSpec.Provider.FARGATE_SPOT);
    }
}

package dev.fleetsim.models.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.scenario.DistributionSpec;
import dev.fleetsim.models.scenario.Ec2AsgSpec;
import dev.fleetsim.models.scenario.Ec2TerminationPolicy;
import dev.fleetsim.models.scenario.LoadBalancerSpec;
import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.WarmPoolSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ec2SpecTest {
    private static final String BASE = """
            instance_types: [{type: c6g.large}]
            capacity: {min: 2, max: 10, desired: 4}
            """;

    private static String error(String fleetYaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Ec2TestSupport.spec(fleetYaml));
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void defaultsFollowAwsAndTheModellingChoices() {
        Ec2AsgSpec s = Ec2TestSupport.spec("instance_types: [{type: c6g.large}]\ncapacity: {min: 2, max: 10}");
        assertEquals(2, s.capacity().desired(), "desired defaults to min, as CreateAutoScalingGroup");
        assertEquals(3, s.availabilityZones());
        assertEquals(0, s.healthCheckGrace().micros(), "API default 0 s");
        assertEquals(-1, s.defaultInstanceWarmupMicros(), "unset");
        assertEquals(300, s.defaultCooldown().seconds());
        assertEquals(LoadBalancerSpec.Algorithm.ROUND_ROBIN, s.loadBalancer().algorithm());
        assertEquals(300, s.loadBalancer().deregistrationDelay().seconds());
        assertEquals(0, s.loadBalancer().queueLimit());
        assertEquals(List.of(Ec2TerminationPolicy.DEFAULT), s.terminationPolicies());
        assertEquals(8, s.ebsVolumeGib());
        DistributionSpec.Lognormal boot = (DistributionSpec.Lognormal) s.bootTime();
        assertEquals(45.0, boot.medianSeconds(), 1e-6, "M3 median");
        assertEquals(0.95, boot.cdf(120.0), 1e-6, "M3 p95 = 120 s");
        DistributionSpec.Lognormal start = (DistributionSpec.Lognormal) new WarmPoolSpec(null, null, null, null, null)
                .startTimeOrDefault();
        assertEquals(20.0, start.medianSeconds(), 1e-6, "M9 stopped median");
        assertEquals(0.95, start.cdf(45.0), 1e-6, "M9 stopped p95");
    }

    @Test
    void fullShapeBinds() {
        Ec2AsgSpec s = Ec2TestSupport.spec(BASE + """
                availability_zones: 2
                initial_state: launching
                boot_time: {type: constant, value: 40s}
                slots_per_vcpu: 4
                instance_queue_limit: 50
                load_balancer: {algorithm: least-outstanding-requests, deregistration_delay: 30s, queue_limit: 10}
                health_check_type: elb
                health_check_grace: 60s
                default_instance_warmup: 120s
                default_cooldown: 60s
                lifecycle_hooks:
                  launch: {duration: {type: constant, value: 20s}, heartbeat_timeout: 60s, default_result: continue}
                  terminate: {duration: {type: constant, value: 5s}}
                termination_policies: [oldest-instance, default]
                scale_in_protection: true
                failures: {mtbf: 30d}
                warm_pool: {min_size: 1, max_group_prepared_capacity: 6, state: hibernated, reuse_on_scale_in: true}
                ebs_volume_size: 20GB
                ebs_price_per_gb_month: 0.1
                """);
        assertEquals(20, s.ebsVolumeGib());
        assertEquals(WarmPoolSpec.PoolState.HIBERNATED, s.warmPool().state());
        assertEquals(60.0, s.lifecycleHooks().launch().heartbeatTimeout().seconds());
    }

    @Test
    void capacityMustBeOrdered() {
        assertTrue(error("instance_types: [{type: c6g.large}]\ncapacity: {min: 5, max: 3}")
                .endsWith("fleets[0].capacity.min: expected a min of at most max (3), found 5"));
        assertTrue(error("instance_types: [{type: c6g.large}]\ncapacity: {min: 1, max: 3, desired: 4}")
                .contains("fleets[0].capacity.desired: expected a desired capacity from min (1) to max (3), found 4 (AWS refuses"));
        assertTrue(error("instance_types: [{type: c6g.large}]\ncapacity: {min: 1, max: 3, desired: 4}")
                .endsWith("leave desired out to start at min)"), "the way out is in the message");
        assertTrue(error("instance_types: [{type: c6g.large}]\ncapacity: {max: 3}")
                .endsWith("fleets[0].capacity.min: expected the minimum number of instances, an integer >= 0, found nothing"));
    }

    @Test
    void unknownInstanceTypeSuggestsTheNearest() {
        assertTrue(error("instance_types: [{type: c6g.larg}]\ncapacity: {min: 1, max: 3}").endsWith(
                "fleets[0].instance_types[0].type: expected an instance type from the catalog (did you mean 'c6g.large'?), "
                        + "or vcpus, speed and price_per_hour for a custom type, found 'c6g.larg'"));
    }

    @Test
    void eachInstanceTypeOnceInAMixedInstancesPolicy() {
        assertTrue(error("instance_types: [{type: c6g.large}, {type: c6g.large}]\ncapacity: {min: 1, max: 3}").endsWith(
                "fleets[0].instance_types[1].type: expected each instance type once, found 'c6g.large' again"));
    }

    @Test
    void enumWordsAreCheckedWithSuggestions() {
        String m = error(BASE + "load_balancer: {algorithm: round-robbin}");
        assertTrue(m.contains("fleets[0].load_balancer.algorithm") && m.contains(
                "expected one of round-robin, least-outstanding-requests, found 'round-robbin' (did you mean 'round-robin'?)"), m);
    }

    @Test
    void rangesFromTheApi() {
        assertTrue(error(BASE + "default_instance_warmup: 2h")
                .endsWith("fleets[0].default_instance_warmup: expected a warm-up from 0s to 3600s, found 2h"));
        assertTrue(error(BASE + "lifecycle_hooks: {launch: {duration: {type: constant, value: 1s}, heartbeat_timeout: 10s}}")
                .endsWith("fleets[0].lifecycle_hooks.launch.heartbeat_timeout: expected a timeout from 30s to 7200s, found 10s"));
        assertTrue(error(BASE + "load_balancer: {deregistration_delay: 2h}")
                .endsWith("fleets[0].load_balancer.deregistration_delay: expected a delay from 0s to 3600s, found 2h"));
        assertTrue(error(BASE + "termination_policies: [default, oldest-instance]")
                .endsWith("fleets[0].termination_policies[0]: expected 'default' last (AWS applies it after the others), "
                        + "found it at position 1 of 2"));
        assertTrue(error(BASE + "ebs_volume_size: 1.5GB")
                .endsWith("fleets[0].ebs_volume_size: expected a whole number of GB from 1GB to 16TB, found 1536MB"));
        assertTrue(error(BASE + "availability_zones: 7")
                .endsWith("fleets[0].availability_zones: expected 1 to 6 Availability Zones, found 7"));
    }
}

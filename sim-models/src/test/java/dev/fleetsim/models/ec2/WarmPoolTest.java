package dev.fleetsim.models.ec2;

import static dev.fleetsim.models.ec2.Ec2TestSupport.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.ec2.Ec2TestSupport.Harness;
import dev.fleetsim.models.results.ResultValues;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warm pools (aws-behaviour.md 2.10, M9). */
class WarmPoolTest {
    private static final String GROUP = Ec2TestSupport.ONE_SLOT + """

            capacity: {min: 0, max: 4, desired: 1}
            boot_time: {type: constant, value: 100s}
            load_balancer: {deregistration_delay: 0s}
            """;
    private static final String POOL = "warm_pool: {start_time: {type: constant, value: 10s}}\n";

    /** Time the group first has {@code n} instances in service, stepping in tenths of a second. */
    private static double timeToInService(Harness h, int n) {
        for (long tenths = h.loop.now() / 100_000; tenths < 100_000; tenths++) {
            h.runTo(tenths / 10.0);
            if (h.inService() >= n) {
                return tenths / 10.0;
            }
        }
        throw new AssertionError("never reached " + n);
    }

    @Test
    void aWarmStartIsFasterThanAColdLaunch() {
        Harness cold = new Harness(GROUP);
        cold.desiredAt(60, 2);
        assertEquals(160, timeToInService(cold, 2));
        Harness warm = new Harness(GROUP + POOL);
        warm.desiredAt(60, 2);
        assertEquals(70, timeToInService(warm, 2));
    }

    @Test
    void theLaunchHookFiresOnEnteringThePoolAndAgainOnLeavingIt() {
        Harness h = new Harness(GROUP.replace("desired: 1", "desired: 0") + POOL + """
                initial_state: launching
                lifecycle_hooks: {launch: {duration: {type: constant, value: 20s}}}
                """);
        h.runTo(119.9);
        assertTrue(h.group.warmPoolInstances().stream().allMatch(i -> i.state() == InstanceState.WARMED_PENDING));
        h.runTo(120); // boot 100 s + hook 20 s
        assertTrue(h.group.warmPoolInstances().stream().allMatch(i -> i.state() == InstanceState.WARMED_STOPPED));
        h.desiredAt(200, 1);
        assertEquals(230, timeToInService(h, 1), "warm start 10 s + hook 20 s");
    }

    @Test
    void poolSizeFollowsMaxPreparedCapacityAndMinSize() {
        String ten = GROUP.replace("max: 4", "max: 10").replace("desired: 1", "desired: 2");
        assertEquals(8, new Harness(ten + "warm_pool: {}").group.warmPoolInstances().size(), "max - desired");
        assertEquals(3, new Harness(ten + "warm_pool: {max_group_prepared_capacity: 5}").group.warmPoolInstances().size());
        assertEquals(4, new Harness(ten + "warm_pool: {max_group_prepared_capacity: 5, min_size: 4}")
                .group.warmPoolInstances().size());
    }

    @Test
    void scaleOutTakesFromThePoolFirstAndScaleInRefillsIt() {
        Harness h = new Harness(GROUP + POOL);
        h.group.startMeasurement(0);
        assertEquals(3, h.group.warmPoolInstances().size());
        h.desiredAt(10, 4);
        h.runTo(20);
        assertEquals(4, h.inService());
        assertEquals(0, h.group.warmPoolInstances().size(), "pool size = max - desired = 0");
        h.desiredAt(100, 1);
        h.runTo(100);
        assertEquals(3, h.group.warmPoolInstances().size(), "terminated ones replaced by cold launches into the pool");
        assertTrue(h.group.warmPoolInstances().stream().allMatch(i -> i.state() == InstanceState.WARMED_PENDING));
        h.group.endMeasurement(s(300));
        ResultValues out = new ResultValues();
        h.group.report(out);
        assertEquals(3, out.get("fleets", "web", "warm_pool_starts"));
        assertEquals(3, out.get("fleets", "web", "terminations"));
        assertEquals(3, out.get("fleets", "web", "launches"));
    }

    @Test
    void reuseOnScaleInReturnsInstancesToThePool() {
        Harness h = new Harness(GROUP + "warm_pool: {reuse_on_scale_in: true, start_time: {type: constant, value: 10s}}");
        h.group.startMeasurement(0);
        h.desiredAt(10, 4);
        h.runTo(20);
        List<Integer> ids = h.group.instances().stream().map(Instance::id).sorted().toList();
        h.desiredAt(100, 1);
        h.runTo(100);
        assertEquals(3, h.group.warmPoolInstances().size());
        assertTrue(h.group.warmPoolInstances().stream().allMatch(i -> i.state() == InstanceState.WARMED_STOPPED));
        assertTrue(h.group.warmPoolInstances().stream().allMatch(i -> ids.contains(i.id())), "the same instances");
        h.group.endMeasurement(s(300));
        ResultValues out = new ResultValues();
        h.group.report(out);
        assertEquals(0, out.get("fleets", "web", "terminations"));
        assertEquals(0, out.get("fleets", "web", "launches"));
    }

    @Test
    void aPoolShrinksWhenMaxIsLowered() {
        Harness h = new Harness(GROUP + POOL);
        h.target.setLimits(null, 2, null, "scheduled", "lower max");
        assertEquals(1, h.group.warmPoolInstances().size());
    }
}

package dev.fleetsim.models.ec2;

import static dev.fleetsim.models.ec2.Ec2TestSupport.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.ec2.Ec2TestSupport.Harness;
import dev.fleetsim.models.results.ResultValues;
import org.junit.jupiter.api.Test;

/** Failures, health checks and replacement (aws-behaviour.md 2.6, M6). */
class FailureTest {
    private static final String GROUP = Ec2TestSupport.ONE_SLOT + """

            capacity: {min: 0, max: 4, desired: 2}
            boot_time: {type: constant, value: 0s}
            failures: {mtbf: 3650d, replacement_delay: {type: constant, value: 0s}}
            """;

    /** Fails instance 0 at 100 s; checks run from time 0 (EC2 every 60 s, ELB every 30 s, both 2 strikes). */
    private static Harness failAt100(String extra) {
        Harness h = new Harness(GROUP + extra);
        Instance first = h.group.instances().get(0);
        h.loop.scheduleAt(s(100), () -> h.group.health().fail(first));
        return h;
    }

    @Test
    void detectionTimesFollowTheCheckGrid() {
        assertEquals(s(180), HealthMonitor.detection(0, s(60), 2, s(100)), "checks at 120 s and 180 s fail");
        assertEquals(s(180), HealthMonitor.detection(0, s(60), 2, s(60)), "a check at the failure instant still passes");
        assertEquals(s(150), HealthMonitor.detection(0, s(30), 2, s(100)));
        assertEquals(s(75), HealthMonitor.detection(s(5), s(10), 3, s(50)));
    }

    @Test
    void aFailedInstanceIsReplacedAfterTwoFailedStatusChecks() {
        Harness h = failAt100("");
        Instance first = h.group.instances().get(0);
        h.requestAt(90, 50); // in service on the first instance (round robin starts there) when it fails
        h.runTo(100);
        assertEquals(1, h.stats.dropped());
        assertTrue(first.isImpaired());
        h.requestAt(110, 1); // the balancer still routes to the failed target: lost
        h.requestAt(111, 1);
        h.runTo(149.9);
        assertEquals(2, h.stats.dropped());
        assertEquals(2, h.group.registeredTargets());
        h.runTo(150); // second failed ELB check
        assertEquals(1, h.group.registeredTargets());
        h.runTo(179.9);
        assertEquals(InstanceState.IN_SERVICE, first.state(), "the group acts on EC2 status checks only");
        h.runTo(180);
        assertEquals(InstanceState.TERMINATED, first.state());
        assertEquals(2, h.inService(), "replacement launched at once (boot 0 s)");
        assertFalse(h.group.instances().contains(first));
        h.group.endMeasurement(s(200));
        ResultValues out = new ResultValues();
        h.group.report(out);
        assertEquals(1, out.get("fleets", "web", "failures"));
        assertEquals(1, out.get("fleets", "web", "replacements"));
        assertEquals(2, out.get("fleets", "web", "dropped"));
    }

    @Test
    void withElbHealthChecksTheGroupActsOnTheBalancersVerdict() {
        Harness h = failAt100("health_check_type: elb");
        Instance first = h.group.instances().get(0);
        h.runTo(150);
        assertEquals(InstanceState.TERMINATED, first.state());
    }

    /**
     * The user guide's grace period: the minimum time a new instance is kept in service before it is
     * terminated for failing a health check. The failed instance is still {@code running}, so the
     * grace period holds back the EC2 status checks too. In service at 0, failed at 100 s: ELB
     * verdict at 150 s, EC2 at 180 s, grace over at 300 s; unhealthy (and, with a 0 s replacement
     * delay, terminated) at max(min(150, 180), 300) = 300 s.
     */
    @Test
    void theGracePeriodHoldsBackEveryCheckOfARunningInstance() {
        Harness h = failAt100("health_check_type: elb\nhealth_check_grace: 300s");
        Instance first = h.group.instances().get(0);
        h.runTo(150);
        assertEquals(1, h.group.registeredTargets(), "the balancer stops routing at its own verdict, grace or not");
        h.runTo(299.9);
        assertEquals(InstanceState.IN_SERVICE, first.state(), "EC2 (180 s) and ELB (150 s) verdicts wait for the grace period");
        h.runTo(300);
        assertEquals(InstanceState.TERMINATED, first.state());
    }

    /** EC2 checks only, grace 300 s: the 180 s status-check verdict waits until 300 s. */
    @Test
    void theGracePeriodHoldsBackEc2StatusChecks() {
        Harness h = failAt100("health_check_grace: 300s");
        Instance first = h.group.instances().get(0);
        h.runTo(299.9);
        assertEquals(InstanceState.IN_SERVICE, first.state());
        h.runTo(300);
        assertEquals(InstanceState.TERMINATED, first.state());
    }

    /** A grace period over before the first verdict changes nothing: ELB's 150 s verdict, grace 120 s. */
    @Test
    void aGracePeriodOverBeforeDetectionDelaysNothing() {
        Harness h = failAt100("health_check_type: elb\nhealth_check_grace: 120s");
        Instance first = h.group.instances().get(0);
        h.runTo(149.9);
        assertEquals(InstanceState.IN_SERVICE, first.state());
        h.runTo(150);
        assertEquals(InstanceState.TERMINATED, first.state());
    }

    @Test
    void randomFailuresAreReplacedAndCapacityRecovers() {
        Harness h = new Harness(Ec2TestSupport.spec(GROUP.replace("mtbf: 3650d", "mtbf: 1h").replace("desired: 2", "desired: 4")), 7);
        h.group.startMeasurement(0);
        h.runTo(20 * 3600);
        h.group.endMeasurement(s(20 * 3600));
        ResultValues out = new ResultValues();
        h.group.report(out);
        double failures = out.get("fleets", "web", "failures");
        assertTrue(failures > 50 && failures < 120, "about 4 x 20 = 80 failures, got " + failures);
        assertTrue(out.get("fleets", "web", "replacements") >= failures - 4);
        assertTrue(out.get("fleets", "web", "mean_capacity") > 3.9, "a failed instance stays in service for about 2 min");
    }
}

package dev.fleetsim.models.ec2;

import static dev.fleetsim.models.ec2.Ec2TestSupport.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.models.ec2.Ec2TestSupport.Harness;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing, queues, drops and deregistration draining. */
class LoadBalancerTest {
    private static String group(int instances, String extra) {
        return Ec2TestSupport.ONE_SLOT + "\ncapacity: {min: 0, max: 10, desired: " + instances + "}\n"
                + (extra.contains("boot_time") ? "" : "boot_time: {type: constant, value: 0s}\n") + extra;
    }

    private static List<Long> startedPerInstance(Harness h) {
        return h.group.instances().stream().sorted(Comparator.comparingInt(Instance::id))
                .map(Instance::requestsStarted).toList();
    }

    @Test
    void roundRobinSpreadsEvenly() {
        Harness h = new Harness(group(3, ""));
        for (int k = 0; k < 30; k++) {
            h.requestAt(10 * k, 1);
        }
        h.runTo(400);
        assertEquals(List.of(10L, 10L, 10L), startedPerInstance(h));
        assertEquals(30, h.stats.served());
    }

    /**
     * A long request occupies the first instance; then two short ones arrive. Round robin sends the
     * second short one to the busy instance, where it waits; least outstanding requests sends it to
     * the idle one.
     */
    @Test
    void leastOutstandingPrefersTheIdleTarget() {
        for (String algorithm : List.of("round-robin", "least-outstanding-requests")) {
            Harness h = new Harness(group(2, "load_balancer: {algorithm: " + algorithm + "}"));
            h.requestAt(0, 100); // instance 0
            h.requestAt(1, 1); // instance 1 either way
            h.requestAt(5, 1); // round robin: instance 0 (queued); LOR: instance 1 (idle again)
            h.runTo(200);
            assertEquals(3, h.stats.served());
            double meanWait = h.group.meanWaitMicros();
            if (algorithm.equals("round-robin")) {
                assertEquals(s(95) / 3.0, meanWait, 1e-6, algorithm); // the third waits from 5 s to 100 s
            } else {
                assertEquals(0, meanWait, algorithm);
            }
        }
    }

    @Test
    void aFullInstanceQueueDropsTheRequest() {
        Harness h = new Harness(group(1, "instance_queue_limit: 2"));
        for (int k = 0; k < 4; k++) {
            h.requestAt(0, 1);
        }
        h.runTo(0);
        assertEquals(1, h.stats.dropped());
        assertEquals(2, h.group.waitingRequests());
        h.runTo(10);
        assertEquals(3, h.stats.served());
        assertEquals(0, h.stats.inFlight());
    }

    @Test
    void noHealthyTargetMeansDropped() {
        Harness h = new Harness(group(1, "initial_state: launching\nboot_time: {type: constant, value: 30s}"));
        h.requestAt(10, 1);
        h.requestAt(40, 1);
        h.runTo(100);
        assertEquals(1, h.stats.dropped(), "ALB answers 503 when no target is healthy");
        assertEquals(1, h.stats.served());
    }

    @Test
    void theBalancerQueueHoldsRequestsUntilATargetHasRoom() {
        Harness h = new Harness(group(1, "instance_queue_limit: 0\nload_balancer: {queue_limit: 1}"));
        h.requestAt(0, 2);
        h.requestAt(0, 2);
        h.requestAt(0, 2); // no room in the balancer queue either
        h.runTo(10);
        assertEquals(2, h.stats.served());
        assertEquals(1, h.stats.dropped());
        assertEquals(s(2) / 2.0, h.group.meanWaitMicros(), 1e-6, "the second waited 2 s at the balancer");
    }

    @Test
    void deregistrationDrainsInFlightRequests() {
        Harness h = new Harness(group(1, "availability_zones: 1\ntermination_policies: [newest-instance]"));
        h.desiredAt(0.5, 2);
        h.runTo(0.5);
        Instance newest = h.group.instances().get(1);
        h.requestAt(1, 100); // instance 0
        h.requestAt(2, 100); // instance 1, the one scaled in
        h.desiredAt(10, 1);
        h.runTo(10);
        assertEquals(InstanceState.TERMINATING, newest.state(), "draining");
        assertEquals(1, h.group.registeredTargets());
        h.requestAt(20, 1); // goes to the remaining target only
        h.runTo(101.999);
        assertEquals(InstanceState.TERMINATING, newest.state());
        h.runTo(102);
        assertEquals(InstanceState.TERMINATED, newest.state(), "drained when its last request finished");
        assertEquals(0, h.stats.dropped());
    }

    @Test
    void requestsStillInFlightWhenTheDelayRunsOutAreCut() {
        Harness h = new Harness(group(1, "availability_zones: 1\ntermination_policies: [newest-instance]\nload_balancer: {deregistration_delay: 30s}"));
        h.desiredAt(0.5, 2);
        h.runTo(0.5);
        Instance newest = h.group.instances().get(1);
        h.requestAt(1, 100);
        h.requestAt(2, 100);
        h.desiredAt(10, 1);
        h.runTo(39.999);
        assertEquals(InstanceState.TERMINATING, newest.state());
        h.runTo(40);
        assertEquals(InstanceState.TERMINATED, newest.state());
        assertEquals(1, h.stats.dropped());
        h.runTo(200);
        assertEquals(1, h.stats.served());
    }

    @Test
    void aTerminateHookRunsAfterDraining() {
        Harness h = new Harness(group(1, "lifecycle_hooks: {terminate: {duration: {type: constant, value: 45s}}}"));
        h.runTo(0);
        Instance only = h.group.instances().get(0);
        h.requestAt(1, 20);
        h.desiredAt(5, 0);
        h.runTo(21 + 45 - 0.001);
        assertEquals(InstanceState.TERMINATING, only.state());
        h.runTo(21 + 45);
        assertEquals(InstanceState.TERMINATED, only.state());
        assertEquals(s(66), h.target.lastActivityEndedAt());
    }
}

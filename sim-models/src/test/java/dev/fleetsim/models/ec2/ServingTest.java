package dev.fleetsim.models.ec2;

import static dev.fleetsim.models.ec2.Ec2TestSupport.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.models.ec2.Ec2TestSupport.Harness;
import org.junit.jupiter.api.Test;

/** Request serving on an instance: slots, speed, lazy timeouts. */
class ServingTest {

    @Test
    void slotsAreVcpusTimesSlotsPerVcpuAndServiceScalesWithSpeed() {
        Harness h = new Harness("""
                instance_types: [{type: c6g.large, speed: 1.25}]
                capacity: {min: 1, max: 1}
                slots_per_vcpu: 2
                """);
        for (int k = 0; k < 5; k++) {
            h.requestAt(0, 2.5); // 2.5 s of m5 work takes 2 s at speed 1.25
        }
        h.runTo(0);
        Instance only = h.group.instances().get(0);
        assertEquals(4, only.busy(), "2 vCPUs x 2 slots");
        assertEquals(1, only.queued());
        h.runTo(2);
        assertEquals(4, h.stats.served());
        h.runTo(4);
        assertEquals(5, h.stats.served());
        assertEquals(s(2) / 5.0, h.group.meanWaitMicros(), 1e-6, "the fifth waited 2 s");
    }

    @Test
    void aQueuedRequestWhoseClientHasGoneIsSkipped() {
        Harness h = new Harness(Ec2TestSupport.ONE_SLOT + "\ncapacity: {min: 1, max: 1}");
        h.loop.scheduleAt(0, () -> h.group.arrive(s(10), s(60)));
        h.loop.scheduleAt(s(1), () -> h.group.arrive(s(1), s(5))); // its client gives up at 6 s
        h.loop.scheduleAt(s(2), () -> h.group.arrive(s(1), s(60)));
        h.runTo(100);
        assertEquals(2, h.stats.served());
        assertEquals(1, h.stats.timedOut());
        assertEquals(0, h.stats.inFlight());
        assertEquals(2, h.group.instances().get(0).requestsStarted(), "the skipped one never started");
    }

    @Test
    void aRequestFinishingAfterItsDeadlineCountsAsTimedOut() {
        Harness h = new Harness(Ec2TestSupport.ONE_SLOT + "\ncapacity: {min: 1, max: 1}");
        h.loop.scheduleAt(0, () -> h.group.arrive(s(10), s(5)));
        h.runTo(100);
        assertEquals(0, h.stats.served());
        assertEquals(1, h.stats.timedOut());
    }
}

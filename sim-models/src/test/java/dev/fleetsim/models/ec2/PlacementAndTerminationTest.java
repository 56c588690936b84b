package dev.fleetsim.models.ec2;

import static dev.fleetsim.models.ec2.Ec2TestSupport.s;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.models.ec2.Ec2TestSupport.Harness;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Availability Zone balance, termination policies and scale-in protection (aws-behaviour.md 2.11). */
class PlacementAndTerminationTest {
    private static final String GROUP = Ec2TestSupport.ONE_SLOT + """

            capacity: {min: 0, max: 10, desired: 1}
            initial_state: launching
            boot_time: {type: constant, value: 0s}
            load_balancer: {deregistration_delay: 0s}
            """;

    @Test
    void launchesGoToTheZoneWithFewestAndScaleInTakesFromTheMost() {
        Harness h = new Harness(GROUP.replace("desired: 1", "desired: 4"));
        assertArrayEquals(new int[] {2, 1, 1}, h.group.zoneCounts());
        h.target.setDesiredCapacity(7, "p", "out");
        assertArrayEquals(new int[] {3, 2, 2}, h.group.zoneCounts());
        h.target.setDesiredCapacity(6, "p", "in");
        assertArrayEquals(new int[] {2, 2, 2}, h.group.zoneCounts());
        h.target.setDesiredCapacity(4, "p", "in");
        assertArrayEquals(new int[] {1, 1, 2}, h.group.zoneCounts(), "ties between zones: lowest index first");
    }

    /** One zone; instances launched at 0, 10 and 20 minutes; scale-in by one at {@code atMinutes}. */
    private static List<Long> survivorsAfterScaleIn(String policies, double atMinutes) {
        Harness h = new Harness(GROUP + "availability_zones: 1\ntermination_policies: " + policies);
        h.desiredAt(600, 2);
        h.desiredAt(1200, 3);
        h.desiredAt(atMinutes * 60, 2);
        h.runTo(atMinutes * 60);
        return h.group.instances().stream().map(Instance::launchTime).sorted(Comparator.naturalOrder()).toList();
    }

    @Test
    void oldestInstanceAndNewestInstance() {
        assertEquals(List.of(s(600), s(1200)), survivorsAfterScaleIn("[oldest-instance]", 30));
        assertEquals(List.of(0L, s(600)), survivorsAfterScaleIn("[newest-instance]", 30));
    }

    @Test
    void defaultTerminatesTheInstanceClosestToItsNextBillingHour() {
        // At 65 min the ages are 65, 55 and 45 min: 5, 55 and 45 min into their billing hours.
        assertEquals(List.of(0L, s(1200)), survivorsAfterScaleIn("[default]", 65));
        assertEquals(List.of(0L, s(1200)), survivorsAfterScaleIn("[closest-to-next-instance-hour]", 65));
        // At 30 min: 30, 20 and 10 min into the hour: the oldest is closest.
        assertEquals(List.of(s(600), s(1200)), survivorsAfterScaleIn("[default]", 30));
    }

    @Test
    void protectedInstancesAreNeverScaledIn() {
        Harness h = new Harness(GROUP + "availability_zones: 1\ntermination_policies: [oldest-instance]");
        h.desiredAt(600, 3);
        h.runTo(700);
        Instance oldest = h.group.instances().stream().filter(i -> i.launchTime() == 0).findFirst().orElseThrow();
        oldest.setProtectedFromScaleIn(true);
        h.target.setDesiredCapacity(2, "p", "in");
        assertEquals(List.of(0L, s(600)), h.group.instances().stream().map(Instance::launchTime).sorted().toList());
    }

    @Test
    void withScaleInProtectionTheGroupStaysAboveDesired() {
        Harness h = new Harness(GROUP.replace("desired: 1", "desired: 3") + "scale_in_protection: true");
        h.runTo(0);
        h.target.setDesiredCapacity(1, "p", "in");
        assertEquals(1, h.target.desiredCapacity());
        assertEquals(3, h.target.currentCapacity());
        assertEquals(3, h.inService());
    }

    @Test
    void scaleInPicksTheZoneWithMostUnprotectedInstances() {
        Harness h = new Harness(GROUP.replace("desired: 1", "desired: 4")); // zones {2, 1, 1}
        h.group.instances().stream().filter(i -> i.zone() == 0).forEach(i -> i.setProtectedFromScaleIn(true));
        h.target.setDesiredCapacity(3, "p", "in");
        assertArrayEquals(new int[] {2, 0, 1}, h.group.zoneCounts());
    }
}

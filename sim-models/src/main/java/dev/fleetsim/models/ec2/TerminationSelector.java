package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.scenario.Ec2TerminationPolicy;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * Chooses the instance a scale-in terminates (aws-behaviour.md 2.11): first the Availability Zone
 * with the most instances among those that have an instance not protected from scale-in, then,
 * inside it, the termination policies in order, each keeping only its best candidates, and
 * finally Default.
 *
 * <p>Default for a group with one instance type and one launch template: the "allocation
 * strategy" and "oldest launch template" steps cannot tell instances apart, so it is the
 * instance closest to its next billing hour, then one drawn at random (from the group's
 * {@code termination/NAME} stream, only when there is a tie). Zones tie-break to the lowest index.
 */
final class TerminationSelector {
    private final List<Ec2TerminationPolicy> policies;
    private final int zones;
    private final RandomStream stream;

    TerminationSelector(List<Ec2TerminationPolicy> policies, int zones, RandomStream stream) {
        this.policies = List.copyOf(policies);
        this.zones = zones;
        this.stream = stream;
    }

    /** The instance to terminate among {@code members} at time {@code now}, or null if all are protected. */
    Instance choose(List<Instance> members, long now) {
        int[] count = new int[zones];
        int[] unprotected = new int[zones];
        for (Instance m : members) {
            count[m.zone]++;
            if (!m.protectedFromScaleIn) {
                unprotected[m.zone]++;
            }
        }
        int zone = -1;
        for (int z = 0; z < zones; z++) {
            if (unprotected[z] > 0 && (zone < 0 || count[z] > count[zone])) {
                zone = z;
            }
        }
        if (zone < 0) {
            return null;
        }
        List<Instance> candidates = new ArrayList<>();
        for (Instance m : members) {
            if (m.zone == zone && !m.protectedFromScaleIn) {
                candidates.add(m);
            }
        }
        for (Ec2TerminationPolicy p : policies) {
            if (candidates.size() == 1) {
                break;
            }
            candidates = best(p, candidates, now);
        }
        if (candidates.size() > 1) {
            candidates = best(Ec2TerminationPolicy.DEFAULT, candidates, now);
        }
        return candidates.size() == 1 ? candidates.get(0) : candidates.get(stream.nextInt(0, candidates.size() - 1));
    }

    /** The candidates {@code policy} likes best (its ties); DEFAULT = closest to the next billing hour. */
    private static List<Instance> best(Ec2TerminationPolicy policy, List<Instance> candidates, long now) {
        List<Instance> out = new ArrayList<>();
        long bestKey = Long.MIN_VALUE;
        for (Instance c : candidates) {
            long key = switch (policy) {
                case OLDEST_INSTANCE -> -c.launchTime;
                case NEWEST_INSTANCE -> c.launchTime;
                case DEFAULT, CLOSEST_TO_NEXT_INSTANCE_HOUR -> Math.floorMod(now - c.launchTime, SimTime.MICROS_PER_HOUR);
            };
            if (key > bestKey) {
                bestKey = key;
                out.clear();
            }
            if (key == bestKey) {
                out.add(c);
            }
        }
        return out;
    }
}

package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.scenario.PurchaseSpec;
import dev.fleetsim.models.spot.PoolAvailability;
import dev.fleetsim.models.spot.SpotAllocator;
import dev.fleetsim.models.spot.SpotPool;
import dev.fleetsim.models.spot.SpotTally;
import java.util.ArrayList;
import java.util.List;

/**
 * A group's mixed instances policy (aws-behaviour.md 2.12): whether the next launch is On-Demand
 * or Spot, keeping the On-Demand count at {@link PurchaseSpec#onDemandWanted(int)} of desired
 * capacity, and which zone and pool it goes to. The zone is the one with the fewest members (AZ
 * balance first); On-Demand uses the first instance type (the {@code prioritized} default); Spot
 * asks the allocation strategy among the zone's pools. Scale-in first decides Spot vs On-Demand
 * the same way (2.11), then the termination policies choose inside that class.
 *
 * <p>A pool in a capacity outage cannot launch: when the strategy's pick is down, the launch
 * fails there (counted) and goes to the strategy's pick among the zone's pools that are up, then
 * among other zones' (fewest members first). With no Spot capacity anywhere there is no
 * placement; the group tries again when an outage ends.
 */
final class PurchasePlanner {
    private final PurchaseSpec purchase;
    private final InstanceType onDemandType;
    private final List<List<SpotPool>> poolsByZone = new ArrayList<>();
    private final SpotAllocator allocator;
    private final PoolAvailability availability;
    private final SpotTally tally;
    private final Scheduler scheduler;

    PurchasePlanner(PurchaseSpec purchase, InstanceType onDemandType, List<SpotPool> pools, int zones,
            PoolAvailability availability, SpotTally tally, Scheduler scheduler) {
        this.purchase = purchase;
        this.availability = availability;
        this.tally = tally;
        this.scheduler = scheduler;
        this.onDemandType = onDemandType;
        this.allocator = SpotAllocator.of(purchase);
        for (int z = 0; z < zones; z++) {
            poolsByZone.add(new ArrayList<>());
        }
        for (SpotPool p : pools) {
            poolsByZone.get(p.zone()).add(p);
        }
    }

    /**
     * Where the next launch goes, the group having {@code m} members and wanting {@code desired};
     * null when it should be Spot and no pool has capacity.
     */
    Placement next(GroupMembers m, int desired) {
        int zone = m.fewestZone();
        if (!purchase.usesSpot() || m.onDemandUnits() < purchase.onDemandWanted(desired)) {
            return new Placement(zone, onDemandType, null);
        }
        return spotIn(zone, m);
    }

    /** A Spot placement, preferring {@code zone}, by the allocation strategy; null without capacity. */
    Placement spotIn(int zone, GroupMembers m) {
        SpotPool p = allocator.choose(poolsByZone.get(zone), m.spotCounts(), scheduler.now());
        if (availability.available(p)) {
            return new Placement(zone, p.type(), p);
        }
        tally.launchFailed(scheduler.now());
        int[] counts = m.zoneCounts();
        List<Integer> zones = new ArrayList<>();
        for (int z = 0; z < poolsByZone.size(); z++) {
            zones.add(z);
        }
        zones.sort((a, b) -> a == zone ? -1 : b == zone ? 1 : Integer.compare(counts[a], counts[b]));
        for (int z : zones) {
            List<SpotPool> up = availability.availableOf(poolsByZone.get(z));
            if (!up.isEmpty()) {
                SpotPool q = allocator.choose(up, m.spotCounts(), scheduler.now());
                return new Placement(z, q.type(), q);
            }
        }
        return null;
    }

    /** Whether the next scale-in should remove a Spot instance (else On-Demand). */
    boolean scaleInSpot(GroupMembers m, int desired) {
        return purchase.usesSpot() && m.onDemandUnits() <= purchase.onDemandWanted(desired);
    }

    /**
     * The member a scale-in removes: Spot vs On-Demand first (keeping the split), then the
     * termination policies of {@code selector}; never one with a Spot interruption notice. Falls
     * back to the other purchase option if the chosen one has only protected instances; null if
     * every candidate is protected.
     */
    Instance scaleInVictim(GroupMembers m, int desired, TerminationSelector selector, long now) {
        boolean takeSpot = scaleInSpot(m, desired);
        List<Instance> preferred = new ArrayList<>();
        List<Instance> other = new ArrayList<>();
        for (Instance i : m.list()) {
            if (!i.noticed) {
                (i.isSpot() == takeSpot ? preferred : other).add(i);
            }
        }
        Instance victim = selector.choose(preferred, now);
        return victim != null ? victim : selector.choose(other, now);
    }
}

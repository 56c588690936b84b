package dev.fleetsim.models.spot;

import dev.fleetsim.models.scenario.PurchaseSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A Spot allocation strategy (aws-behaviour.md 2.12, M10): which pool of a zone the next Spot
 * instance goes to. Free capacity is each pool's constant {@link SpotPool#capacityScore()}; it does
 * not shrink as the group takes instances. Ties go to the pool listed first (instance-type order).
 * Prices are compared per capacity unit (price / weight), as AWS does with instance weights.
 */
@FunctionalInterface
public interface SpotAllocator {
    /**
     * @param zonePools the zone's pools, in instance-type order; not empty
     * @param running   Spot members per pool, indexed by {@link SpotPool#index()}
     * @param now       the time of the launch, for prices that change
     */
    SpotPool choose(List<SpotPool> zonePools, int[] running, long now);

    static SpotAllocator of(PurchaseSpec purchase) {
        return switch (purchase.spotAllocation()) {
            case LOWEST_PRICE -> lowestPrice(purchase.spotInstancePools());
            case CAPACITY_OPTIMIZED -> SpotAllocator::capacityOptimized;
            case PRICE_CAPACITY_OPTIMIZED -> SpotAllocator::priceCapacityOptimized;
        };
    }

    /** The {@code n} cheapest pools, kept evenly filled: the one of them with the fewest members, cheapest on ties. */
    static SpotAllocator lowestPrice(int n) {
        return (zonePools, running, now) -> {
            List<SpotPool> cheapest = new ArrayList<>(zonePools);
            cheapest.sort(Comparator.comparingDouble(p -> p.pricePerUnitHour(now))); // stable: type order on ties
            SpotPool best = null;
            for (SpotPool p : cheapest.subList(0, Math.min(n, cheapest.size()))) {
                if (best == null || running[p.index()] < running[best.index()]) {
                    best = p;
                }
            }
            return best;
        };
    }

    /** The pool with the most free capacity. */
    static SpotPool capacityOptimized(List<SpotPool> zonePools, int[] running, long now) {
        SpotPool best = zonePools.get(0);
        for (SpotPool p : zonePools) {
            if (p.capacityScore() > best.capacityScore()) {
                best = p;
            }
        }
        return best;
    }

    /** M10: the cheapest pool among those whose free capacity is at least the zone's median (q = 0.5). */
    static SpotPool priceCapacityOptimized(List<SpotPool> zonePools, int[] running, long now) {
        double[] scores = zonePools.stream().mapToDouble(SpotPool::capacityScore).sorted().toArray();
        double median = scores[(scores.length - 1) / 2]; // lower median: with two pools, both qualify
        SpotPool best = null;
        for (SpotPool p : zonePools) {
            if (p.capacityScore() >= median && (best == null || p.pricePerUnitHour(now) < best.pricePerUnitHour(now))) {
                best = p;
            }
        }
        return best;
    }
}

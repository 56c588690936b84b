package dev.fleetsim.models.fargate;

import dev.fleetsim.models.scenario.CapacityProviderSpec;
import java.util.List;

/**
 * The capacity provider strategy's split (aws-behaviour.md 5.4, M20), one task at a time: the
 * base goes to the provider that declares it; each next task goes to the provider whose tasks
 * beyond its base, divided by its weight, are fewest (ties: first listed); weight 0 takes nothing
 * beyond its base. Scale-in removes in the mirror order, so the split stays as close to the
 * weights as whole tasks allow.
 *
 * <p>Counts are of the service's live tasks per provider, in the strategy's order; the split keeps
 * no state of its own, so replacements and deployments follow it the same way.
 */
final class ProviderSplit {
    private final boolean[] spot;
    private final int[] base;
    private final int[] weight;

    ProviderSplit(List<CapacityProviderSpec> strategy) {
        int n = strategy.size();
        spot = new boolean[n];
        base = new int[n];
        weight = new int[n];
        for (int i = 0; i < n; i++) {
            CapacityProviderSpec c = strategy.get(i);
            spot[i] = c.provider() == CapacityProviderSpec.Provider.FARGATE_SPOT;
            base[i] = c.base();
            weight[i] = c.weight();
        }
    }

    int providers() {
        return spot.length;
    }

    boolean isSpot(int provider) {
        return spot[provider];
    }

    /** The provider the next task goes to, given the live tasks per provider. */
    int next(int[] counts) {
        for (int i = 0; i < base.length; i++) {
            if (counts[i] < base[i]) {
                return i;
            }
        }
        int best = -1;
        for (int i = 0; i < weight.length; i++) {
            if (weight[i] == 0) {
                continue;
            }
            if (best < 0 || beyond(counts, i) * (long) weight[best] < beyond(counts, best) * (long) weight[i]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The provider to take a task from on scale-in: the one most over its share (tasks beyond base
     * per weight, a provider with weight 0 holding tasks beyond its base first; ties: last listed);
     * base tasks go last.
     */
    int removeFrom(int[] counts) {
        int best = -1;
        for (int i = weight.length - 1; i >= 0; i--) {
            if (beyond(counts, i) <= 0) {
                continue;
            }
            if (best < 0 || over(counts, i, best)) {
                best = i;
            }
        }
        if (best >= 0) {
            return best;
        }
        for (int i = base.length - 1; i >= 0; i--) {
            if (counts[i] > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether provider {@code a} is further over its share than {@code b}: (beyond+…)/weight compared, weight 0 = infinitely over. */
    private boolean over(int[] counts, int a, int b) {
        if (weight[a] == 0 || weight[b] == 0) {
            return weight[a] == 0 && weight[b] != 0;
        }
        // After removing one, a's share would be (beyond_a − 1) / w_a: remove where that stays highest.
        return (beyond(counts, a) - 1) * (long) weight[b] > (beyond(counts, b) - 1) * (long) weight[a];
    }

    private int beyond(int[] counts, int i) {
        return counts[i] - base[i];
    }
}

package dev.fleetsim.models.results;

import dev.fleetsim.core.stats.Summary;
import java.util.Set;

/**
 * The values a result statistic can take, read from its name: ratios, probabilities, utilization
 * and coverage lie in [0, 1]; a commitment's savings can be negative (unused commitment costs
 * more than it saves); everything else fleetsim reports (counts, times, hours, capacities, money)
 * is at least 0. Confidence intervals are cut to this range (see {@link Summary#within}); a test
 * runs every shipped scenario and checks that every value lies in the range its name gives.
 */
public record StatisticRange(double low, double high) {
    public static final StatisticRange FRACTION = new StatisticRange(0, 1);
    public static final StatisticRange NON_NEGATIVE = new StatisticRange(0, Double.POSITIVE_INFINITY);
    public static final StatisticRange ANY = new StatisticRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    private static final Set<String> SIGNED = Set.of("savings_usd");
    private static final Set<String> FRACTIONS = Set.of("wait_probability", "utilization", "coverage");

    /** The range of the statistic whose dotted key is {@code key} (its last segment decides). */
    public static StatisticRange of(String key) {
        String name = key.substring(key.lastIndexOf('.') + 1);
        if (SIGNED.contains(name)) {
            return ANY;
        }
        if (name.endsWith("_ratio") || FRACTIONS.contains(name)) {
            return FRACTION;
        }
        return NON_NEGATIVE;
    }

    /** {@code s} with its interval cut to this range. */
    public Summary clip(Summary s) {
        return s.within(low, high);
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}

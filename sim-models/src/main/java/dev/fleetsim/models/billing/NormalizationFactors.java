package dev.fleetsim.models.billing;

import java.util.Map;

/**
 * EC2 instance-size normalization factors, by which a regional Reserved Instance of one size
 * covers other sizes of its family (EC2 User Guide, "Instance size flexibility"; Linux, default
 * tenancy): a large is 4 units, an xlarge 8.
 */
final class NormalizationFactors {
    private static final Map<String, Double> BY_SIZE = Map.ofEntries(
            Map.entry("nano", 0.25), Map.entry("micro", 0.5), Map.entry("small", 1.0), Map.entry("medium", 2.0),
            Map.entry("large", 4.0), Map.entry("xlarge", 8.0), Map.entry("2xlarge", 16.0), Map.entry("3xlarge", 24.0),
            Map.entry("4xlarge", 32.0), Map.entry("6xlarge", 48.0), Map.entry("8xlarge", 64.0), Map.entry("9xlarge", 72.0),
            Map.entry("10xlarge", 80.0), Map.entry("12xlarge", 96.0), Map.entry("16xlarge", 128.0),
            Map.entry("18xlarge", 144.0), Map.entry("24xlarge", 192.0), Map.entry("32xlarge", 256.0),
            Map.entry("48xlarge", 384.0));

    private NormalizationFactors() {}

    /** The factor of {@code size} ({@code large}), or NaN for a size without one (no size flexibility). */
    static double of(String size) {
        return BY_SIZE.getOrDefault(size, Double.NaN);
    }
}

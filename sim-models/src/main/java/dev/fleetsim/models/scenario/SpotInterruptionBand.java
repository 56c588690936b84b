package dev.fleetsim.models.scenario;

/**
 * A Spot Instance Advisor frequency-of-interruption band (aws-behaviour.md 3.5). M13 reads band b
 * as the probability {@link #monthlyProbability()} that a running instance is interrupted within a
 * 30-day month: the band's midpoint, and 25 % for the open band {@code >20%}.
 */
public enum SpotInterruptionBand implements YamlEnum {
    UNDER_5("<5%", 0.025),
    FROM_5_TO_10("5-10%", 0.075),
    FROM_10_TO_15("10-15%", 0.125),
    FROM_15_TO_20("15-20%", 0.175),
    OVER_20(">20%", 0.25);

    private final String yamlName;
    private final double monthlyProbability;

    SpotInterruptionBand(String yamlName, double monthlyProbability) {
        this.yamlName = yamlName;
        this.monthlyProbability = monthlyProbability;
    }

    /** M13's p_b: the chance a running instance is interrupted within 30 days. */
    public double monthlyProbability() {
        return monthlyProbability;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    @Override
    public String toString() {
        return yamlName;
    }
}

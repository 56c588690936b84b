package dev.fleetsim.core.stats;

import umontreal.ssj.stat.Tally;

/**
 * Collects one observation per replication and summarises them with a Student-t 95% confidence
 * interval (SSJ's {@link Tally}). Replications are independent by construction (separate
 * substreams), which is what makes the t interval valid.
 */
public final class ReplicationTally {
    private static final double LEVEL = 0.95;
    private final Tally tally;

    public ReplicationTally(String name) {
        this.tally = new Tally(name);
        this.tally.setConfidenceIntervalStudent();
    }

    public void add(double observation) {
        if (Double.isNaN(observation)) {
            throw new IllegalArgumentException("NaN observation for " + tally.getName());
        }
        tally.add(observation);
    }

    public long count() {
        return tally.numberObs();
    }

    public Summary summary() {
        long n = tally.numberObs();
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = tally.average();
        double low = Double.NaN;
        double high = Double.NaN;
        if (n >= 2) {
            double[] centerAndRadius = new double[2];
            tally.confidenceIntervalStudent(LEVEL, centerAndRadius);
            // A constant sample has zero variance; SSJ then returns a zero radius, as it should.
            low = centerAndRadius[0] - centerAndRadius[1];
            high = centerAndRadius[0] + centerAndRadius[1];
        }
        return new Summary(n, mean, low, high, tally.min(), tally.max());
    }
}

package dev.fleetsim.models.billing;

import dev.fleetsim.models.results.ResultValues;

/**
 * What commitments did to a replication's bill over the measured window.
 *
 * @param eligibleUsd     On-Demand cost of usage commitments could cover (EC2, Fargate, Lambda; not Spot)
 * @param coveredUsd      the part of it that commitments covered, at On-Demand prices
 * @param commitmentUsd   what the commitments cost (Reserved Instance fees and Savings Plan commitments, used or not)
 * @param usedUsd         the part of {@code commitmentUsd} that covered usage
 * @param uncoveredUsd    On-Demand cost of eligible usage left uncovered
 * @param hours           hours of the window
 */
public record CommitmentBill(double eligibleUsd, double coveredUsd, double commitmentUsd, double usedUsd, double uncoveredUsd,
        double hours) {

    /**
     * Adds {@code commitments.*}: cost_usd (the total bill with commitments), cost_without_usd,
     * savings_usd, coverage, utilization, unused_commitment_usd, effective_hourly_rate_usd.
     *
     * @param totalWithoutUsd the replication's whole bill without commitments (cost_usd.total)
     */
    public void report(ResultValues out, double totalWithoutUsd) {
        double with = totalWithoutUsd - eligibleUsd + uncoveredUsd + commitmentUsd;
        out.put(with, "commitments", "cost_usd");
        out.put(totalWithoutUsd, "commitments", "cost_without_usd");
        out.put(totalWithoutUsd - with, "commitments", "savings_usd");
        out.put(eligibleUsd == 0 ? 0 : coveredUsd / eligibleUsd, "commitments", "coverage");
        out.put(commitmentUsd == 0 ? 0 : usedUsd / commitmentUsd, "commitments", "utilization");
        out.put(commitmentUsd - usedUsd, "commitments", "unused_commitment_usd");
        out.put(hours == 0 ? 0 : with / hours, "commitments", "effective_hourly_rate_usd");
    }
}

package dev.fleetsim.models.billing;

import dev.fleetsim.models.results.ResultValues;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dollars accrued in one replication, by service (ec2, lambda, fargate, …) and by purchase option
 * (on-demand, spot, …). Models accrue at their real billing granularity; the ledger only adds.
 * Sorted keys keep the report's order stable.
 */
public final class CostLedger {
    private final Map<String, Double> byService = new TreeMap<>();
    private final Map<String, Double> byPurchaseOption = new TreeMap<>();
    private double total;
    private final HourlyUsage usage = new HourlyUsage();

    public void accrue(String service, String purchaseOption, double usd) {
        if (!(usd >= 0)) {
            throw new IllegalArgumentException("cost must be >= 0: " + usd);
        }
        byService.merge(service, usd, Double::sum);
        byPurchaseOption.merge(purchaseOption, usd, Double::sum);
        total += usd;
    }

    public double total() {
        return total;
    }

    /** Usage at On-Demand prices hour by hour, for commitments; fleets add theirs when they bill. */
    public HourlyUsage usage() {
        return usage;
    }

    /** Adds {@code cost_usd.total}, {@code .by_service.*} and {@code .by_purchase_option.*}. */
    public void report(ResultValues out) {
        out.put(total, "cost_usd", "total");
        byService.forEach((k, v) -> out.put(v, "cost_usd", "by_service", k));
        byPurchaseOption.forEach((k, v) -> out.put(v, "cost_usd", "by_purchase_option", k));
    }
}

package dev.fleetsim.models.billing;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.scenario.CommitmentSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Applies commitments to usage hour by hour, in AWS's order: Reserved Instances first (zonal,
 * then regional with size flexibility, smallest sizes first), then Savings Plans (EC2 Instance
 * Savings Plans before Compute Savings Plans; each to the usage with the highest savings
 * percentage first, ties to the lowest Savings Plan rate); what is left pays On-Demand. Spot is
 * never covered. Commitments are paid for every hour of the window, used or not.
 */
public final class CommitmentEngine {
    private final List<CommitmentSpec> commitments;
    private final CommitmentRates rates;
    private final ToDoubleFunction<String> onDemandPrice;

    /**
     * @param onDemandPrice On-Demand USD per hour of an EC2 instance type (for Reserved Instance fees)
     */
    public CommitmentEngine(List<CommitmentSpec> commitments, CommitmentRates rates, ToDoubleFunction<String> onDemandPrice) {
        this.commitments = List.copyOf(commitments);
        this.rates = rates;
        this.onDemandPrice = onDemandPrice;
    }

    /** One usage line with what is still uncovered. */
    private static final class Open {
        final UsageLine line;
        double remaining; // fraction of the line not yet covered

        Open(UsageLine line) {
            this.line = line;
            this.remaining = 1;
        }

        double odLeft() {
            return line.onDemandUsd() * remaining;
        }

        double qtyLeft() {
            return line.quantity() * remaining;
        }
    }

    /** The bill over the window [fromMicros, toMicros) of {@code usage}. */
    public CommitmentBill apply(HourlyUsage usage, long fromMicros, long toMicros) {
        double eligible = 0;
        double covered = 0;
        double cost = 0;
        double used = 0;
        double uncovered = 0;
        long firstHour = Math.floorDiv(fromMicros, SimTime.MICROS_PER_HOUR);
        long lastHour = Math.floorDiv(toMicros - 1, SimTime.MICROS_PER_HOUR);
        for (long h = firstHour; h <= lastHour; h++) {
            long start = Math.max(fromMicros, h * SimTime.MICROS_PER_HOUR);
            long end = Math.min(toMicros, (h + 1) * SimTime.MICROS_PER_HOUR);
            double weight = (end - start) / (double) SimTime.MICROS_PER_HOUR; // share of the hour in the window
            List<Open> open = new ArrayList<>();
            for (UsageLine l : usage.lines(h)) {
                if (!l.option().equals("spot")) {
                    open.add(new Open(l));
                    eligible += l.onDemandUsd();
                }
            }
            double[] hour = applyHour(open, weight);
            cost += hour[0];
            used += hour[1];
            for (Open o : open) {
                uncovered += o.odLeft();
                covered += o.line.onDemandUsd() - o.odLeft();
            }
        }
        double hours = (toMicros - fromMicros) / (double) SimTime.MICROS_PER_HOUR;
        return new CommitmentBill(eligible, covered, cost, used, uncovered, hours);
    }

    /** Covers {@code open} with every commitment for one hour; returns {commitment cost, commitment used}. */
    private double[] applyHour(List<Open> open, double weight) {
        double cost = 0;
        double used = 0;
        for (CommitmentSpec c : commitments) { // zonal Reserved Instances: exact type and zone
            if (c instanceof CommitmentSpec.ReservedInstance ri && ri.scope() == CommitmentSpec.Scope.ZONAL) {
                double fee = riFee(ri) * weight;
                double capacity = ri.count() * weight; // instance-hours
                double took = cover(open, o -> isEc2(o) && o.line.instanceType().equals(ri.instanceType())
                        && o.line.zone() == ri.zone() - 1, capacity, o -> o.qtyLeft(), (o, q) -> q / o.line.quantity());
                cost += fee;
                used += fee * took / capacity;
            }
        }
        for (CommitmentSpec c : commitments) { // regional: the family, smallest sizes first, in normalized units
            if (c instanceof CommitmentSpec.ReservedInstance ri && ri.scope() == CommitmentSpec.Scope.REGIONAL) {
                double fee = riFee(ri) * weight;
                UsageLine probe = new UsageLine("ec2", "on-demand", ri.instanceType(), -1, 0, 0);
                double nf = NormalizationFactors.of(probe.size());
                boolean flexible = !Double.isNaN(nf);
                double capacity = ri.count() * weight * (flexible ? nf : 1);
                open.sort(Comparator.comparingDouble((Open o) -> flexible ? NormalizationFactors.of(o.line.size()) : 0)
                        .thenComparing(o -> o.line.instanceType()));
                double took = cover(open, o -> isEc2(o) && (flexible
                                ? o.line.family().equals(probe.family()) && !Double.isNaN(NormalizationFactors.of(o.line.size()))
                                : o.line.instanceType().equals(ri.instanceType())),
                        capacity, o -> o.qtyLeft() * (flexible ? NormalizationFactors.of(o.line.size()) : 1),
                        (o, units) -> units / (flexible ? NormalizationFactors.of(o.line.size()) : 1) / o.line.quantity());
                cost += fee;
                used += fee * took / capacity;
            }
        }
        for (boolean instancePlans : new boolean[] {true, false}) { // EC2 Instance Savings Plans first
            for (CommitmentSpec c : commitments) {
                if (instancePlans ? c instanceof CommitmentSpec.Ec2InstanceSavingsPlan : c instanceof CommitmentSpec.ComputeSavingsPlan) {
                    double commitment = usdPerHour(c) * weight;
                    cost += commitment;
                    used += applyPlan(c, open, commitment);
                }
            }
        }
        return new double[] {cost, used};
    }

    /** Covers usage with one Savings Plan's commitment; returns the commitment used. */
    private double applyPlan(CommitmentSpec plan, List<Open> open, double commitment) {
        List<Open> eligible = new ArrayList<>();
        for (Open o : open) {
            if (o.remaining > 0 && discount(plan, o.line.service()) > 0 && (!(plan instanceof CommitmentSpec.Ec2InstanceSavingsPlan p)
                    || isEc2(o) && o.line.family().equals(p.family()))) {
                eligible.add(o);
            }
        }
        // Highest savings percentage first; on equal savings, the lowest Savings Plan rate first.
        eligible.sort(Comparator.comparingDouble((Open o) -> -discount(plan, o.line.service()))
                .thenComparingDouble(o -> o.line.onDemandUsd() / o.line.quantity() * (1 - discount(plan, o.line.service()))));
        double left = commitment;
        for (Open o : eligible) {
            if (left <= 0) {
                break;
            }
            double atPlanRate = o.odLeft() * (1 - discount(plan, o.line.service()));
            if (atPlanRate <= left) {
                left -= atPlanRate;
                o.remaining = 0;
            } else {
                o.remaining *= 1 - left / atPlanRate;
                left = 0;
            }
        }
        return commitment - left;
    }

    /**
     * Covers lines matching {@code eligible} up to {@code capacity} (in the units {@code size}
     * measures); {@code fraction} turns units taken into a fraction of the line. Returns units taken.
     */
    private static double cover(List<Open> open, java.util.function.Predicate<Open> eligible, double capacity,
            ToDoubleFunction<Open> size, java.util.function.ToDoubleBiFunction<Open, Double> fraction) {
        double left = capacity;
        for (Open o : open) {
            if (left <= 0) {
                break;
            }
            if (o.remaining <= 0 || !eligible.test(o)) {
                continue;
            }
            double units = size.applyAsDouble(o);
            double take = Math.min(units, left);
            o.remaining = Math.max(0, o.remaining - fraction.applyAsDouble(o, take));
            left -= take;
        }
        return capacity - left;
    }

    private static boolean isEc2(Open o) {
        return o.line.service().equals("ec2");
    }

    private double riFee(CommitmentSpec.ReservedInstance ri) {
        String offering = "reserved-instance-" + ri.offering().yamlName();
        double d = ri.discount() != null ? ri.discount() : rates.discount(offering, ri.term(), ri.payment(), "ec2");
        return ri.count() * onDemandPrice.applyAsDouble(ri.instanceType()) * (1 - d);
    }

    private static double usdPerHour(CommitmentSpec plan) {
        return plan instanceof CommitmentSpec.ComputeSavingsPlan c ? c.usdPerHour()
                : ((CommitmentSpec.Ec2InstanceSavingsPlan) plan).usdPerHour();
    }

    /** The plan's discount on {@code service}; 0 where it does not apply. */
    private double discount(CommitmentSpec plan, String service) {
        if (plan instanceof CommitmentSpec.Ec2InstanceSavingsPlan p) {
            if (!service.equals("ec2")) return 0;
            return p.discount() != null ? p.discount() : rates.discount("ec2-instance-savings-plan", p.term(), p.payment(), "ec2");
        }
        CommitmentSpec.ComputeSavingsPlan p = (CommitmentSpec.ComputeSavingsPlan) plan;
        if (service.equals("ec2") && p.discount() != null) return p.discount();
        return rates.discount("compute-savings-plan", p.term(), p.payment(), service);
    }
}

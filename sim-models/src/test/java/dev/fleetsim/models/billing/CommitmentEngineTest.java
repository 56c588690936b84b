package dev.fleetsim.models.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scenario.CommitmentSpec;
import dev.fleetsim.models.scenario.CommitmentSpec.Payment;
import dev.fleetsim.models.scenario.CommitmentSpec.Scope;
import dev.fleetsim.models.scenario.CommitmentSpec.Term;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Commitments applied hour by hour, against bills worked out by hand. */
class CommitmentEngineTest {
    private static final long H = SimTime.MICROS_PER_HOUR;
    private static final double EPS = 1e-12;
    /** Round On-Demand prices, so the arithmetic below is easy to follow. */
    private static final Map<String, Double> PRICE = Map.of("c6g.large", 0.10, "c6g.xlarge", 0.20, "c6g.2xlarge", 0.40,
            "m6g.large", 0.12);

    private static CommitmentSpec.ReservedInstance ri(String type, int count, Scope scope, Integer zone, double discount) {
        return new CommitmentSpec.ReservedInstance(type, count, null, scope, zone, Term.ONE_YEAR, Payment.NO_UPFRONT, discount);
    }

    private static CommitmentSpec.ComputeSavingsPlan compute(double usdPerHour, double ec2Discount) {
        return new CommitmentSpec.ComputeSavingsPlan(usdPerHour, Term.ONE_YEAR, Payment.NO_UPFRONT, ec2Discount);
    }

    private static CommitmentBill bill(HourlyUsage usage, long hours, CommitmentSpec... commitments) {
        return new CommitmentEngine(List.of(commitments), CommitmentRates.builtIn(), PRICE::get).apply(usage, 0, hours * H);
    }

    /** {@code n} instances of {@code type} in {@code zone} for the whole of hour 0. */
    private static void run(HourlyUsage u, String type, int zone, int n) {
        for (int i = 0; i < n; i++) {
            u.addRunning("ec2", "on-demand", type, zone, 0, H, PRICE.get(type));
        }
    }

    @Test
    void aReservedInstanceCoversOneInstanceAndIsPaidWhetherUsedOrNot() {
        HourlyUsage u = new HourlyUsage();
        run(u, "c6g.large", 0, 2);
        CommitmentBill b = bill(u, 1, ri("c6g.large", 1, Scope.REGIONAL, null, 0.4));
        assertEquals(0.20, b.eligibleUsd(), EPS);
        assertEquals(0.10, b.coveredUsd(), EPS);
        assertEquals(0.06, b.commitmentUsd(), EPS, "fee: 0.10 x (1 - 0.4)");
        assertEquals(0.06, b.usedUsd(), EPS);
        assertEquals(0.10, b.uncoveredUsd(), EPS);
        ResultValues out = new ResultValues();
        b.report(out, 0.20 + 0.01); // plus a cent of something commitments never touch (EBS)
        assertEquals(0.06 + 0.10 + 0.01, out.get("commitments", "cost_usd"), EPS);
        assertEquals(0.5, out.get("commitments", "coverage"), EPS);
        assertEquals(1.0, out.get("commitments", "utilization"), EPS);

        CommitmentBill idle = bill(new HourlyUsage(), 3, ri("c6g.large", 2, Scope.REGIONAL, null, 0.4));
        assertEquals(3 * 2 * 0.06, idle.commitmentUsd(), EPS, "three idle hours of two reserved instances");
        assertEquals(0, idle.usedUsd(), EPS);
    }

    @Test
    void aRegionalReservationCoversOtherSizesOfItsFamilySmallestFirst() {
        HourlyUsage u = new HourlyUsage();
        run(u, "c6g.2xlarge", 0, 1); // 16 units
        run(u, "c6g.large", 1, 1);   // 4 units: covered first
        CommitmentBill b = bill(u, 1, ri("c6g.xlarge", 1, Scope.REGIONAL, null, 0.4)); // 8 units
        // All of the large (0.10), then 4 of the 2xlarge's 16 units: a quarter of 0.40.
        assertEquals(0.10 + 0.25 * 0.40, b.coveredUsd(), EPS);
        assertEquals(0.75 * 0.40, b.uncoveredUsd(), EPS);
        assertEquals(0.20 * 0.6, b.commitmentUsd(), EPS);
        assertEquals(b.commitmentUsd(), b.usedUsd(), EPS);

        HourlyUsage other = new HourlyUsage();
        run(other, "m6g.large", 0, 1);
        assertEquals(0, bill(other, 1, ri("c6g.large", 1, Scope.REGIONAL, null, 0.4)).coveredUsd(), EPS, "another family");
    }

    @Test
    void aZonalReservationCoversOnlyItsTypeInItsZone() {
        HourlyUsage u = new HourlyUsage();
        run(u, "c6g.large", 0, 1);
        run(u, "c6g.large", 1, 1);
        run(u, "c6g.xlarge", 1, 1);
        CommitmentBill b = bill(u, 1, ri("c6g.large", 2, Scope.ZONAL, 2, 0.4)); // zone 2 = index 1
        assertEquals(0.10, b.coveredUsd(), EPS);
        assertEquals(0.5, b.usedUsd() / b.commitmentUsd(), EPS, "one of the two reserved instances used");
    }

    @Test
    void reservedInstancesApplyBeforeSavingsPlansAndAPlanCoversWhatItsCommitmentBuys() {
        HourlyUsage u = new HourlyUsage();
        run(u, "c6g.large", 0, 3); // 0.30 On-Demand
        // The RI takes one instance; the plan's $0.10 at 25% off buys 0.10 / 0.75 = 0.1333 of On-Demand usage.
        CommitmentBill b = bill(u, 1, compute(0.10, 0.25), ri("c6g.large", 1, Scope.REGIONAL, null, 0.4));
        assertEquals(0.10 + 0.10 / 0.75, b.coveredUsd(), EPS);
        assertEquals(0.30 - 0.10 - 0.10 / 0.75, b.uncoveredUsd(), EPS);
        assertEquals(0.06 + 0.10, b.commitmentUsd(), EPS);
        assertEquals(b.commitmentUsd(), b.usedUsd(), EPS, "both fully used");
    }

    @Test
    void instancePlansApplyBeforeComputePlansAndPlansGoToTheHighestSavingsFirst() {
        HourlyUsage u = new HourlyUsage();
        run(u, "c6g.large", 0, 1);
        u.add(0, new UsageLine("lambda", "on-demand", "duration", -1, 1000, 0.10));
        CommitmentSpec.Ec2InstanceSavingsPlan family = new CommitmentSpec.Ec2InstanceSavingsPlan("c6g", 0.03, Term.ONE_YEAR,
                Payment.NO_UPFRONT, 0.4);
        // The instance plan covers 0.03 / 0.6 = 0.05 of the EC2 usage first; the compute plan (27% off EC2,
        // 12% off Lambda in the rate table) then goes to the EC2 rest before Lambda: 0.05 x 0.73 = 0.0365,
        // and its remaining 0.0135 buys 0.0135 / 0.88 of Lambda.
        CommitmentBill b = bill(u, 1, new CommitmentSpec.ComputeSavingsPlan(0.05, Term.ONE_YEAR, Payment.NO_UPFRONT, null), family);
        assertEquals(0.10 + 0.0135 / 0.88, b.coveredUsd(), 1e-9);
        assertEquals(0.10 - 0.0135 / 0.88, b.uncoveredUsd(), 1e-9);
    }

    @Test
    void spotIsNeverCoveredAndPartialHoursPayTheirShareOfACommitment() {
        HourlyUsage u = new HourlyUsage();
        u.addRunning("ec2", "spot", "c6g.large", 0, 0, H, 0.03);
        u.addRunning("ec2", "on-demand", "c6g.large", 0, H / 2, H, 0.10);
        CommitmentBill b = new CommitmentEngine(List.of(compute(1.0, 0.25)), CommitmentRates.builtIn(), PRICE::get)
                .apply(u, H / 2, H);
        assertEquals(0.05, b.eligibleUsd(), EPS, "half an hour On-Demand; Spot is not eligible");
        assertEquals(0.5, b.commitmentUsd(), EPS, "half an hour of a $1/h commitment");
        assertEquals(0.05 * 0.75, b.usedUsd(), EPS);
        assertEquals(0.5, b.hours(), EPS);
    }
}

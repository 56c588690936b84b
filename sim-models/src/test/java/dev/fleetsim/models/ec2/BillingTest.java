package dev.fleetsim.models.ec2;

import static dev.fleetsim.models.ec2.Ec2TestSupport.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.models.billing.CostLedger;
import dev.fleetsim.models.ec2.Ec2TestSupport.Harness;
import dev.fleetsim.models.results.ResultValues;
import org.junit.jupiter.api.Test;

/** Per-second billing with a 60 s minimum per start; EBS storage for every instance. */
class BillingTest {
    /** 3.6 USD per hour is 0.001 USD per second; storage free unless a test prices it. */
    private static final String GROUP = """
            instance_types: [{type: test.1, vcpus: 1, speed: 1.0, price_per_hour: 3.6}]
            capacity: {min: 0, max: 4, desired: 1}
            initial_state: launching
            boot_time: {type: constant, value: 0s}
            load_balancer: {deregistration_delay: 0s}
            """;

    private static Harness billed(String yaml, double terminateAt, double horizon) {
        Harness h = new Harness(yaml);
        if (terminateAt >= 0) {
            h.desiredAt(terminateAt, 0);
        }
        h.group.startMeasurement(0);
        h.runTo(horizon);
        h.group.endMeasurement(s(horizon));
        return h;
    }

    @Test
    void anInstanceTerminatedAfter20SecondsBillsTheMinute() {
        Harness h = billed(GROUP + "ebs_price_per_gb_month: 0", 20, 3600);
        assertEquals(0.060, h.group.onDemandUsd(), 1e-12);
        assertEquals(60 / 3600.0, h.group.instanceHours(), 1e-12);
    }

    @Test
    void afterTheMinuteEverySecondStartedIsBilled() {
        assertEquals(0.091, billed(GROUP + "ebs_price_per_gb_month: 0", 90.4, 3600).group.onDemandUsd(), 1e-12);
        assertEquals(0.090, billed(GROUP + "ebs_price_per_gb_month: 0", 90, 3600).group.onDemandUsd(), 1e-12);
    }

    @Test
    void anInstanceStillRunningAtTheEndIsBilledUpToIt() {
        assertEquals(3.6, billed(GROUP + "ebs_price_per_gb_month: 0", -1, 3600).group.onDemandUsd(), 1e-9);
    }

    @Test
    void ebsIsBilledForTheVolumeLifetime() {
        // 730 h at 0.073 USD per GB-month for 10 GB: 0.001 USD per hour.
        Harness h = billed(GROUP + "ebs_volume_size: 10GB\nebs_price_per_gb_month: 0.073", 1800, 3600);
        assertEquals(0.0005, h.group.ebsUsd(), 1e-12);
        CostLedger ledger = new CostLedger();
        h.group.bill(ledger);
        ResultValues out = new ResultValues();
        ledger.report(out);
        assertEquals(1.8, out.get("cost_usd", "by_service", "ec2"), 1e-9);
        assertEquals(0.0005, out.get("cost_usd", "by_service", "ebs"), 1e-12);
        assertEquals(1.8, out.get("cost_usd", "by_purchase_option", "on-demand"), 1e-9);
    }

    @Test
    void onlyTheMeasurementWindowIsCharged() {
        Harness h = new Harness(GROUP + "ebs_price_per_gb_month: 0");
        h.desiredAt(1780, 2); // a second instance, launched at 1780 s ...
        h.desiredAt(1790, 1); // scale-in: the zones tie (one each), so zone 0's instance from time 0 goes
        h.runTo(1800);
        h.group.startMeasurement(s(1800));
        h.runTo(3600);
        h.group.endMeasurement(s(3600));
        // The second instance runs on: 1800 s of it in the window; the first one's charge ended at 1790 s.
        assertEquals(1.8, h.group.onDemandUsd(), 1e-9);
    }

    @Test
    void aShortRunJustBeforeTheWindowChargesTheMinuteThatReachesIntoIt() {
        Harness h = new Harness(GROUP.replace("desired: 1", "desired: 0") + "ebs_price_per_gb_month: 0");
        h.desiredAt(1780, 1);
        h.desiredAt(1790, 0);
        h.runTo(1800);
        h.group.startMeasurement(s(1800));
        h.runTo(3600);
        h.group.endMeasurement(s(3600));
        assertEquals(0.040, h.group.onDemandUsd(), 1e-12, "minimum [1780 s, 1840 s): 40 s fall in the window");
    }

    @Test
    void aStoppedWarmPoolInstancePaysOnlyItsVolume() {
        String pool = GROUP.replace("desired: 1", "desired: 0").replace("max: 4", "max: 1")
                .replace("initial_state: launching", "initial_state: in-service")
                + "warm_pool: {state: stopped}\nebs_volume_size: 10GB\nebs_price_per_gb_month: 0.073";
        Harness h = billed(pool, -1, 3600);
        assertEquals(1, h.group.warmPoolInstances().size());
        assertEquals(InstanceState.WARMED_STOPPED, h.group.warmPoolInstances().get(0).state());
        assertEquals(0.0, h.group.onDemandUsd());
        assertEquals(0.001, h.group.ebsUsd(), 1e-12);
        Harness hibernated = billed(pool.replace("state: stopped", "state: hibernated"), -1, 3600);
        assertEquals(0.0, hibernated.group.onDemandUsd());
        Harness running = billed(pool.replace("state: stopped", "state: running"), -1, 3600);
        assertEquals(3.6, running.group.onDemandUsd(), 1e-9);
        assertEquals(0.001, running.group.ebsUsd(), 1e-12);
    }

    @Test
    void preparingAPoolInstanceIsBilledWhileItRuns() {
        String pool = GROUP.replace("desired: 1", "desired: 0").replace("max: 4", "max: 1")
                .replace("boot_time: {type: constant, value: 0s}", "boot_time: {type: constant, value: 40s}")
                + "warm_pool: {}\nebs_price_per_gb_month: 0";
        Harness h = billed(pool, -1, 3600);
        assertEquals(0.060, h.group.onDemandUsd(), 1e-12, "40 s of boot, billed as the 60 s minimum");
    }
}

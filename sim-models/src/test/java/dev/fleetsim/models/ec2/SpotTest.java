package dev.fleetsim.models.ec2;

import static dev.fleetsim.models.ec2.Ec2TestSupport.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.billing.CostLedger;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scenario.PurchaseSpec;
import dev.fleetsim.models.spot.SpotPool;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Spot capacity in a group: purchase split, pools, interruptions with notices, billing. */
class SpotTest {
    private static final String FREE_TYPES = "instance_types: [{type: a.1, vcpus: 1, speed: 1.0, price_per_hour: 0.30},"
            + " {type: b.1, vcpus: 1, speed: 1.0, price_per_hour: 0.20}, {type: c.1, vcpus: 1, speed: 1.0, price_per_hour: 0.10}]";

    private static long onDemand(AutoScalingGroup g) {
        return g.instances().stream().filter(i -> !i.isSpot()).count();
    }

    @Test
    void workedExampleOfAwsDocs() {
        PurchaseSpec p = new PurchaseSpec(10, 50, null, null);
        assertEquals(25, p.onDemandWanted(40)); // 10 + 15 On-Demand, 15 Spot (aws-behaviour.md 2.12)
        assertEquals(100, PurchaseSpec.ALL_ON_DEMAND.onDemandWanted(100));
        assertEquals(3, new PurchaseSpec(2, 20, null, null).onDemandWanted(3)); // 2 + ceil(0.2)
    }

    @Test
    void baseAndPercentageHoldAtEveryDesiredCapacityUpAndDown() {
        PurchaseSpec p = new PurchaseSpec(2, 20, null, null);
        var h = new Ec2TestSupport.Harness(FREE_TYPES + """

                capacity: {min: 0, max: 60, desired: 0}
                purchase: {on_demand_base: 2, on_demand_percent_above_base: 20}
                spot: {interruption_rate: 0/d}
                """);
        for (int d = 0; d <= 60; d++) {
            h.target.setDesiredCapacity(d, "test", "up");
            assertEquals(d, h.group.instances().size());
            assertEquals(p.onDemandWanted(d), onDemand(h.group), "desired " + d);
        }
        for (int d = 59; d >= 0; d--) {
            h.target.setDesiredCapacity(d, "test", "down");
            assertEquals(p.onDemandWanted(d), onDemand(h.group), "desired " + d);
            assertEquals(d - p.onDemandWanted(d), h.group.instances().stream().filter(Instance::isSpot).count());
        }
    }

    @Test
    void lowestPriceSpreadsOverTheTwoCheapestPoolsOfEachZone() {
        var h = new Ec2TestSupport.Harness(FREE_TYPES + """

                capacity: {min: 0, max: 60, desired: 12}
                availability_zones: 2
                purchase: {on_demand_percent_above_base: 0, spot_allocation: lowest-price, spot_instance_pools: 2}
                spot: {interruption_rate: 0/d}
                """);
        Map<String, Integer> byType = new HashMap<>();
        h.group.instances().forEach(i -> byType.merge(i.type().name(), 1, Integer::sum));
        assertEquals(Map.of("c.1", 6, "b.1", 6), byType);
        assertEquals(6, h.group.zoneCounts()[0]);
    }

    @Test
    void capacityStrategiesFollowTheScores() {
        String pools = """

                capacity: {min: 0, max: 60, desired: 4}
                availability_zones: 1
                purchase: {on_demand_percent_above_base: 0, spot_allocation: %s}
                spot:
                  interruption_rate: 0/d
                  pools: [{type: a.1, capacity_score: 0.9}, {type: b.1, capacity_score: 0.8}, {type: c.1, capacity_score: 0.1}]
                """;
        var co = new Ec2TestSupport.Harness(FREE_TYPES + pools.formatted("capacity-optimized"));
        assertTrue(co.group.instances().stream().allMatch(i -> i.type().name().equals("a.1")));
        var pco = new Ec2TestSupport.Harness(FREE_TYPES + pools.formatted("price-capacity-optimized"));
        assertTrue(pco.group.instances().stream().allMatch(i -> i.type().name().equals("b.1"))); // cheapest of the top half
    }

    /** Spot group of {@code n} instances on one pool with a rate of {@code perHour}. */
    private static Ec2TestSupport.Harness spotGroup(int n, String rate, long seed) {
        return new Ec2TestSupport.Harness(Ec2TestSupport.spec("""
                instance_types: [{type: test.1, vcpus: 1, speed: 1.0, price_per_hour: 0.10}]
                capacity: {min: 0, max: 100, desired: %d}
                availability_zones: 1
                boot_time: {type: constant, value: 30s}
                purchase: {on_demand_percent_above_base: 0}
                spot: {interruption_rate: %s, price_fraction: 0.5}
                """.formatted(n, rate)), seed);
    }

    @Test
    void interruptionsMatchRateTimesExposureWithinAPoissonBound() {
        var h = spotGroup(20, "1/h", 7);
        double hours = 40;
        h.runTo(hours * 3600);
        h.group.endMeasurement(s(hours * 3600));
        long n = h.group.spot().interruptions();
        // Exposure: billed Spot time less the 120 s between each notice and its reclaim.
        double exposure = h.group.instanceHours() - n * 120 / 3600.0;
        double expected = 1.0 * exposure;
        assertTrue(expected > 700, "exposure " + exposure);
        assertTrue(Math.abs(n - expected) <= 4 * Math.sqrt(expected), n + " interruptions, expected " + expected);
    }

    @Test
    void everyReclaimFollowsExactlyOneTwoMinuteNoticeAndNoRequestArrivesAfterIt() {
        var h = spotGroup(6, "2/h", 11);
        Map<Instance, long[]> atNotice = new HashMap<>(); // notice time, accepted requests then
        Set<Instance> reclaimed = new HashSet<>();
        h.group.spot().observe(new SpotInterruptions.Observer() {
            @Override
            public void noticed(Instance i) {
                assertFalse(atNotice.containsKey(i), "one notice per instance");
                assertFalse(i.registered, "out of the balancer at the notice");
                atNotice.put(i, new long[] {h.loop.now(), i.server.accepted()});
            }

            @Override
            public void reclaimed(Instance i) {
                long[] n = atNotice.get(i);
                assertTrue(n != null, "a notice before the reclaim");
                assertEquals(SimTime.seconds(120), h.loop.now() - n[0]);
                assertEquals(n[1], i.server.accepted(), "no request reached " + i + " after its notice");
                reclaimed.add(i);
            }
        });
        for (int k = 0; k < 6 * 3600; k += 2) { // 3 requests/s of 4 s each on 6 one-slot instances
            for (int j = 0; j < 6; j++) {
                h.requestAt(k + j / 3.0, 4);
            }
        }
        h.runTo(6 * 3600);
        assertTrue(reclaimed.size() > 20, "reclaims " + reclaimed.size());
        assertEquals(reclaimed.size(), h.group.spot().interruptions());
        assertTrue(h.stats.interrupted() > 0, "requests in flight at a reclaim are lost");
        assertEquals(6, h.group.instances().size(), "the group replaced what was reclaimed");
        assertTrue(h.group.spot().meanReplacementMs() >= 30_000, "at least the boot time: " + h.group.spot().meanReplacementMs());
    }

    @Test
    void aRequestStillRunningAtTheReclaimIsInterruptedAndTheGroupReplacesTheInstance() {
        var h = spotGroup(1, "1/h", 3);
        h.requestAt(1, 1_000_000); // runs far longer than the instance will
        h.runTo(48 * 3600);
        assertEquals(1, h.stats.interrupted());
        assertEquals(0, h.stats.served());
        assertTrue(h.group.spot().interruptions() > 10);
        assertEquals(1, h.group.instances().size());
        ResultValues out = new ResultValues();
        h.group.endMeasurement(s(48 * 3600));
        h.group.report(out);
        assertEquals(h.group.spot().interruptions(), out.get("fleets", "web", "pools", "test.1/az1", "interruptions"));
        assertEquals(1, out.get("fleets", "web", "interrupted"));
    }

    @Test
    void spotIsBilledPerSecondAtTheSpotPriceWithTheSixtySecondMinimum() {
        var h = new Ec2TestSupport.Harness("""
                instance_types: [{type: test.1, vcpus: 1, speed: 1.0, price_per_hour: 1.0}]
                capacity: {min: 0, max: 2, desired: 2}
                availability_zones: 1
                ebs_price_per_gb_month: 0
                purchase: {on_demand_base: 1, on_demand_percent_above_base: 0}
                spot: {interruption_rate: 0/d, price_fraction: 0.25}
                """);
        h.desiredAt(30, 1); // scale-in removes the Spot instance after 30 s: billed 60 s
        h.runTo(3600);
        h.group.endMeasurement(s(3600));
        assertEquals(0.25 * 60 / 3600, h.group.spotUsd(), 1e-12);
        assertEquals(0.75 * 60 / 3600, h.group.spotSavingsUsd(), 1e-12);
        assertEquals(1.0, h.group.onDemandUsd(), 1e-12);
        CostLedger ledger = new CostLedger();
        h.group.bill(ledger);
        ResultValues out = new ResultValues();
        ledger.report(out);
        assertEquals(0.25 * 60 / 3600, out.get("cost_usd", "by_purchase_option", "spot"), 1e-12);
        assertEquals(1.0, out.get("cost_usd", "by_purchase_option", "on-demand"), 1e-12);
    }

    @Test
    void poolsAreTypeTimesZone() {
        var h = new Ec2TestSupport.Harness(FREE_TYPES + """

                capacity: {min: 0, max: 6, desired: 0}
                purchase: {on_demand_percent_above_base: 50}
                spot:
                  interruption_band: "10-15%"
                  events: {outage_rate: 2/d}
                  pools: [{type: c.1, zone: 2, interruption_band: ">20%", price_fraction: 0.5, reclaim_rate: 1/d, outage_rate: 0/d}]
                """);
        List<SpotPool> pools = h.group.spot().pools();
        assertEquals(9, pools.size());
        SpotPool c2 = pools.stream().filter(p -> p.name().equals("c.1/az2")).findFirst().orElseThrow();
        assertEquals(0.05, c2.price().at(0), 1e-12);
        assertEquals(-Math.log(0.75) / (30 * 24 * 3600e6), c2.hazardPerMicro(), 1e-20);
        assertEquals(1 / (24 * 3600e6), c2.reclaimEventsPerMicro(), 1e-20);
        assertEquals(0, c2.outagesPerMicro());
        SpotPool a1 = pools.get(0);
        assertEquals("a.1/az1", a1.name());
        assertEquals(0.30 * 0.35, a1.price().at(0), 1e-12);
        assertEquals(-Math.log(0.875) / (30 * 24 * 3600e6), a1.hazardPerMicro(), 1e-20);
        assertEquals(0, a1.reclaimEventsPerMicro());
        assertEquals(2 / (24 * 3600e6), a1.outagesPerMicro(), 1e-20);
    }

    private static Ec2TestSupport.Harness rebalancing(boolean on) {
        return rebalancing(on, 100, 6);
    }

    private static Ec2TestSupport.Harness rebalancing(boolean on, int max, int desired) {
        return new Ec2TestSupport.Harness(Ec2TestSupport.spec("""
                instance_types: [{type: test.1, vcpus: 1, speed: 1.0, price_per_hour: 0.10}]
                capacity: {min: 0, max: %d, desired: %d}
                availability_zones: 1
                boot_time: {type: constant, value: 30s}
                purchase: {on_demand_percent_above_base: 0}
                capacity_rebalance: %s
                spot:
                  interruption_rate: 1/h
                  rebalance_recommendations: {probability: 1, lead_time_min: 10m, false_alarm_fraction: 0}
                """.formatted(max, desired, on)), 5);
    }

    @Test
    void atMaxCapacityRebalancingGoesAtMostTenPercentOrOneInstanceAboveMax() {
        assertEquals(1, CapacityRebalancer.aboveMaxMargin(6));
        assertEquals(2, CapacityRebalancer.aboveMaxMargin(25));
        var h = rebalancing(true, 12, 12); // margin: 1 instance
        int[] most = {0};
        for (int m = 1; m <= 20 * 60; m++) {
            h.loop.scheduleAt(s(60 * m), () -> most[0] = Math.max(most[0], h.group.instances().size()));
        }
        h.runTo(20 * 3600);
        assertEquals(13, most[0], "one replacement at a time above max 12");
        assertTrue(h.group.spot().rebalanceLaunches() > 20, "replacements still happen: " + h.group.spot().rebalanceLaunches());
        assertTrue(h.group.spot().rebalanceSkipped() > 0, "and some wait for none in progress");
    }

    @Test
    void capacityRebalancingReplacesAtRiskInstancesBeforeTheirInterruption() {
        var off = rebalancing(false).runTo(20 * 3600);
        var on = rebalancing(true);
        Set<Instance> atNotice = new HashSet<>();
        on.group.spot().observe(new SpotInterruptions.Observer() {
            @Override
            public void noticed(Instance i) {
                atNotice.add(i);
            }
        });
        on.runTo(20 * 3600);
        long n = off.group.spot().interruptions();
        assertTrue(n > 60, "interruptions without rebalancing: " + n);
        assertEquals(0, off.group.spot().rebalanceLaunches());
        // With every recommendation at least 10 min ahead and a 30 s boot, only instances whose
        // notice came within their first 30 s can still be running at their notice.
        assertTrue(on.group.spot().rebalanceLaunches() >= n * 0.8, on.group.spot().rebalanceLaunches() + " launches vs " + n);
        assertTrue(atNotice.size() <= n / 10, atNotice.size() + " instances still running at their notice");
        assertTrue(on.group.instances().size() >= 6);
        // Replacement time: without rebalancing at least the 30 s boot after each reclaim; with it,
        // the replacement was mostly in service before the reclaim (0), so the mean collapses
        // (pairing a reclaim with some later, unrelated launch would instead make it hours).
        assertTrue(off.group.spot().meanReplacementMs() >= 30_000, "without: " + off.group.spot().meanReplacementMs());
    }

    @Test
    void withCapacityRebalancingTheNoticeLaunchesAReplacementEvenWhenTheRecommendationWasSkipped() {
        // Two pools, launches spread over both: a.1 interrupted 4 times as often as b.1. A
        // recommendation for a b.1 instance whose candidate pool is a.1 is skipped (M11: never into
        // a riskier pool), but when its notice comes the group launches a replacement anyway
        // (2.13), so more replacements launch than recommendations were acted on.
        var h = new Ec2TestSupport.Harness(Ec2TestSupport.spec("""
                instance_types: [{type: a.1, vcpus: 1, speed: 1.0, price_per_hour: 0.10},
                                 {type: b.1, vcpus: 1, speed: 1.0, price_per_hour: 0.10}]
                capacity: {min: 0, max: 100, desired: 8}
                availability_zones: 1
                boot_time: {type: constant, value: 30s}
                purchase: {on_demand_percent_above_base: 0, spot_allocation: lowest-price, spot_instance_pools: 2}
                capacity_rebalance: true
                spot:
                  pools: [{type: a.1, interruption_rate: 2/h}, {type: b.1, interruption_rate: 0.5/h}]
                  rebalance_recommendations: {probability: 1, lead_time_min: 10m, false_alarm_fraction: 0}
                """), 5).runTo(20 * 3600);
        GroupSpot spot = h.group.spot();
        assertTrue(spot.rebalanceSkipped() > 5, "skipped recommendations " + spot.rebalanceSkipped());
        long actedOn = spot.rebalanceRecommendations() - spot.rebalanceSkipped();
        assertTrue(spot.rebalanceLaunches() > actedOn,
                spot.rebalanceLaunches() + " launches vs " + actedOn + " recommendations acted on: none at a notice");
    }

    @Test
    void aReclaimWhoseReplacementIsStillBootingIsReplacedWhenThatReplacementEntersService() {
        // Recommendation 5 min before the notice, reclaim 2 min after it; the replacement launched
        // at the recommendation boots for 20 min, so it enters service 13 min after the reclaim.
        // Without rebalancing the group launches after the reclaim: 20 min.
        String yaml = """
                instance_types: [{type: test.1, vcpus: 1, speed: 1.0, price_per_hour: 0.10}]
                capacity: {min: 0, max: 100, desired: 6}
                availability_zones: 1
                boot_time: {type: constant, value: 20m}
                purchase: {on_demand_percent_above_base: 0}
                capacity_rebalance: %s
                spot:
                  interruption_rate: 1/h
                  rebalance_recommendations: {probability: 1, lead_time_min: 5m, lead_time_max: 5m, false_alarm_fraction: 0}
                """;
        var on = new Ec2TestSupport.Harness(Ec2TestSupport.spec(yaml.formatted(true)), 5).runTo(20 * 3600);
        var off = new Ec2TestSupport.Harness(Ec2TestSupport.spec(yaml.formatted(false)), 5).runTo(20 * 3600);
        assertTrue(on.group.spot().interruptions() > 30, "reclaims " + on.group.spot().interruptions());
        // 13 min each, except the few instances noticed less than 5 min after their own launch,
        // which no recommendation could precede by 5 min: those take between 13 and 20 min.
        double onMs = on.group.spot().meanReplacementMs();
        assertTrue(onMs >= 13 * 60_000 && onMs < 14 * 60_000, "with rebalancing " + onMs);
        // Without: at least the boot, and more when a replacement is itself reclaimed while it
        // boots (about 28 % of 20-minute boots at 1/h): the loss waits for a launch that serves.
        double offMs = off.group.spot().meanReplacementMs();
        assertTrue(offMs > 20 * 60_000 && offMs < 30 * 60_000, "without rebalancing " + offMs);
    }

    @Test
    void aCorrelatedReclaimEventNoticesThePoolAtOnce() {
        var h = new Ec2TestSupport.Harness(Ec2TestSupport.spec("""
                instance_types: [{type: test.1, vcpus: 1, speed: 1.0, price_per_hour: 0.10}]
                capacity: {min: 0, max: 10, desired: 4}
                availability_zones: 1
                boot_time: {type: constant, value: 30s}
                purchase: {on_demand_percent_above_base: 0}
                spot: {interruption_rate: 0/d, events: {reclaim_rate: 1/h, reclaim_fraction: 1}}
                """), 13);
        Map<Long, Integer> batches = new HashMap<>();
        h.group.spot().observe(new SpotInterruptions.Observer() {
            @Override
            public void noticed(Instance i) {
                batches.merge(h.loop.now(), 1, Integer::sum);
            }
        });
        h.runTo(30 * 3600);
        assertTrue(batches.size() > 15, "events " + batches.size());
        long full = batches.values().stream().filter(b -> b == 4).count();
        assertTrue(full >= 0.8 * batches.size(), batches.toString());
        assertTrue(batches.values().stream().allMatch(b -> b <= 4));
    }

    @Test
    void aPoolWithoutCapacitySendsLaunchesToTheNextPool() {
        var h = new Ec2TestSupport.Harness(Ec2TestSupport.spec(FREE_TYPES + """

                capacity: {min: 0, max: 10, desired: 4}
                availability_zones: 1
                boot_time: {type: constant, value: 30s}
                purchase: {on_demand_percent_above_base: 0, spot_instance_pools: 1}
                spot:
                  interruption_rate: 4/h
                  events: {outage_rate: 1/h, outage_duration: {type: constant, value: 30m}}
                """), 17);
        Set<String> launchedTypes = new HashSet<>();
        for (int minute = 1; minute <= 20 * 60; minute++) {
            h.loop.scheduleAt(s(minute * 60.0), () -> h.group.instances().forEach(i -> launchedTypes.add(i.type().name())));
        }
        h.runTo(20 * 3600);
        assertTrue(launchedTypes.contains("c.1"), "the cheapest pool when it has capacity");
        assertTrue(launchedTypes.contains("b.1"), "the next cheapest while c.1 is out: " + launchedTypes);
        ResultValues out = new ResultValues();
        h.group.report(out);
        assertTrue(out.get("fleets", "web", "spot_launch_failures") > 0);
    }

    @Test
    void withNoSpotCapacityAnywhereTheGroupWaitsForTheOutageToEnd() {
        var h = new Ec2TestSupport.Harness(Ec2TestSupport.spec("""
                instance_types: [{type: test.1, vcpus: 1, speed: 1.0, price_per_hour: 0.10}]
                capacity: {min: 0, max: 10, desired: 2}
                availability_zones: 1
                boot_time: {type: constant, value: 30s}
                purchase: {on_demand_percent_above_base: 0}
                spot:
                  interruption_rate: 20/h
                  events: {outage_rate: 1/h, outage_duration: {type: constant, value: 30m}}
                """), 19);
        List<Integer> sizes = new java.util.ArrayList<>();
        for (int minute = 1; minute <= 10 * 60; minute++) {
            h.loop.scheduleAt(s(minute * 60.0), () -> sizes.add(h.group.instances().size()));
        }
        h.runTo(10 * 3600);
        int firstEmpty = sizes.indexOf(0);
        assertTrue(firstEmpty >= 0, "outages of 30 min with instances lasting 3 min on average empty the group");
        assertTrue(sizes.subList(firstEmpty, sizes.size()).contains(2), "the group relaunches when the outage ends");
        assertTrue(sizes.stream().allMatch(n -> n <= 2));
        assertTrue(h.group.spot().interruptions() > 50);
    }

    @Test
    void theFirstHourRuleForgivesRunningTimeOfInstancesInterruptedInTheirFirstHour() {
        String yaml = """
                instance_types: [{type: test.1, vcpus: 1, speed: 1.0, price_per_hour: 1.0}]
                capacity: {min: 0, max: 10, desired: 2}
                availability_zones: 1
                ebs_price_per_gb_month: 0
                purchase: {on_demand_percent_above_base: 0}
                spot: {interruption_rate: 1/h, price_fraction: 0.5, free_if_interrupted_in_first_hour: %s}
                """;
        var off = new Ec2TestSupport.Harness(Ec2TestSupport.spec(yaml.formatted(false)), 23);
        double[] forgiven = {0};
        off.group.spot().observe(new SpotInterruptions.Observer() {
            @Override
            public void reclaimed(Instance i) {
                long age = off.loop.now() - i.launchTime;
                if (age < SimTime.MICROS_PER_HOUR) {
                    forgiven[0] += Ec2Billing.billedMicros(age) / 3600e6 * 0.5;
                }
            }
        });
        var on = new Ec2TestSupport.Harness(Ec2TestSupport.spec(yaml.formatted(true)), 23);
        for (var h : List.of(off, on)) {
            h.runTo(10 * 3600);
            h.group.endMeasurement(s(10 * 3600));
        }
        assertEquals(off.group.spot().interruptions(), on.group.spot().interruptions(), "same random numbers");
        assertTrue(forgiven[0] > 0);
        assertEquals(off.group.spotUsd() - forgiven[0], on.group.spotUsd(), 1e-9);
    }

    @Test
    void withAPriceHistorySpotIsBilledAtThePriceInForceAndLaunchesFollowThePrice(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path prices = dir.resolve("prices.csv");
        java.nio.file.Files.writeString(prices, """
                time,instance_type,zone,price_per_hour
                0s,a.1,*,0.10
                1h,a.1,*,0.20
                0s,b.1,*,0.15
                """);
        var h = new Ec2TestSupport.Harness(Ec2TestSupport.spec("""
                instance_types: [{type: a.1, vcpus: 1, speed: 1.0, price_per_hour: 0.30}, {type: b.1, vcpus: 1, speed: 1.0, price_per_hour: 0.30}]
                capacity: {min: 0, max: 10, desired: 1}
                availability_zones: 1
                boot_time: {type: constant, value: 30s}
                purchase: {on_demand_percent_above_base: 0, spot_allocation: lowest-price, spot_instance_pools: 1}
                spot: {interruption_rate: 0/h, price_history: %s}
                """.formatted(prices)), 1);
        assertEquals("a.1", h.group.instances().get(0).type().name(), "a.1 is the cheaper pool at first");
        h.desiredAt(2 * 3600, 2);
        h.runTo(3 * 3600);
        assertEquals("b.1", h.group.instances().get(1).type().name(), "after 1h b.1 is cheaper");
        h.group.endMeasurement(s(3 * 3600));
        // a.1: 1 h at 0.10 and 2 h at 0.20; b.1 from 2 h to 3 h at 0.15.
        assertEquals(0.10 + 2 * 0.20 + 0.15, h.group.spotUsd(), 1e-12);
    }

    @Test
    void aClientThatRetriesInterruptionsSendsTheLostRequestAgainFromItsFirstArrival() {
        var h = spotGroup(6, "1/h", 3);
        var spec = new dev.fleetsim.models.scenario.RetrySpec(5, dev.fleetsim.models.scenario.units.SimDuration.ofSeconds(1),
                dev.fleetsim.models.scenario.units.SimDuration.ofSeconds(1), dev.fleetsim.models.scenario.RetrySpec.Jitter.NONE,
                List.of(dev.fleetsim.models.scenario.RetrySpec.Cause.INTERRUPTED));
        var retry = new dev.fleetsim.models.workload.RetryPolicy(spec, h.loop, new dev.fleetsim.core.random.RandomStreams(1)
                .stream("retry/w", 0), h.stats);
        // 50-minute requests on instances interrupted hourly on average: reclaims cut some of them.
        var client = new dev.fleetsim.models.workload.Workload(() -> s(3000), h.group, dev.fleetsim.models.workload.Workload.NO_TIMEOUT, retry);
        for (int k = 0; k < 20; k++) {
            h.loop.scheduleAt(s(1 + 600 * k), client::arrival);
        }
        h.runTo(48 * 3600);
        assertEquals(20, h.stats.total(), "twenty requests, however many attempts");
        assertTrue(retry.retries() >= 3, "reclaims cut requests, and the client sent them again: " + retry.retries());
        assertEquals(20, h.stats.served() + h.stats.interrupted() + h.stats.dropped(), "every request has one outcome");
        assertTrue(h.stats.served() > h.stats.interrupted() + h.stats.dropped(),
                "most cut requests succeed on a later attempt: " + h.stats.served() + " served");
        // The latency of a retried request runs from its first arrival: above the 50-minute service time.
        assertTrue(h.stats.latency().maxMicros() > s(3000 + 120), "max " + h.stats.latency().maxMicros());

        var plain = spotGroup(6, "1/h", 3); // the same interruptions, a client that does not retry
        var once = new dev.fleetsim.models.workload.Workload(() -> s(3000), plain.group, dev.fleetsim.models.workload.Workload.NO_TIMEOUT);
        for (int k = 0; k < 20; k++) {
            plain.loop.scheduleAt(s(1 + 600 * k), once::arrival);
        }
        plain.runTo(48 * 3600);
        assertTrue(plain.stats.interrupted() > h.stats.interrupted(), plain.stats.interrupted() + " lost without retries");
    }
}

package dev.fleetsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * What the shipped scenarios say they show, checked at reduced size (fewer replications) so a
 * model change that breaks a scenario's story fails the build.
 */
class ScenarioClaimsTest {

    private static JsonNode run(String scenario, String... extra) throws IOException {
        String[] args = new String[5 + extra.length];
        args[0] = "run";
        args[1] = CliTestSupport.scenarios().resolve(scenario).toString();
        args[2] = "--format";
        args[3] = "json";
        args[4] = "--replications=2";
        System.arraycopy(extra, 0, args, 5, extra.length);
        CliTestSupport.Result r = CliTestSupport.run(args);
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void warmPoolCutsTheSurgeP99() throws IOException {
        JsonNode warm = run("web-asg-warm-pool.yaml");
        JsonNode cold = run("web-asg-warm-pool.yaml", "--set", "fleets[web].warm_pool=null");
        double warmP99 = warm.get("latency_ms_pooled").get("p99").asDouble();
        double coldP99 = cold.get("latency_ms_pooled").get("p99").asDouble();
        assertTrue(warm.get("fleets").get("web").get("warm_pool_starts").get("mean").asDouble() > 0);
        assertTrue(warmP99 < 0.5 * coldP99, "warm pool p99 " + warmP99 + " ms vs cold " + coldP99 + " ms");
        assertTrue(warm.get("slo").get("held").asBoolean(), "with the warm pool the 1 s p99 SLO holds");
        assertTrue(!cold.get("slo").get("held").asBoolean(), "without it the SLO is missed");
    }

    @Test
    void targetTrackingFollowsTheDailyCycle() throws IOException {
        JsonNode tt = run("web-asg-target-tracking.yaml");
        JsonNode web = tt.get("fleets").get("web");
        // It scales both ways every day: capacity peaks well above its mean, and it both launches and terminates.
        assertTrue(web.get("peak_capacity").get("mean").asDouble() > 1.3 * web.get("mean_capacity").get("mean").asDouble());
        assertTrue(web.get("launches").get("mean").asDouble() >= 10);
        assertTrue(web.get("terminations").get("mean").asDouble() >= 10);
        // ... and holds CPU near its 50% target on average (scale-in waits for 90% of target).
        double cpu = web.get("utilization").get("mean").asDouble();
        assertTrue(cpu > 0.38 && cpu < 0.55, "mean CPU " + cpu);
        assertTrue(tt.get("slo").get("held").asBoolean());
        assertTrue(tt.get("scaling_activities").size() > 20);
    }

    @Test
    void predictiveScalingCutsTheMorningP99() throws IOException {
        JsonNode both = run("web-asg-predictive.yaml");
        JsonNode tt = run("web-asg-predictive.yaml", "--set",
                "fleets[web].scaling=[{type: target-tracking, name: cpu-50, metric: cpu, target: 50}]");
        double bothP99 = both.get("latency_ms_pooled").get("p99").asDouble();
        double ttP99 = tt.get("latency_ms_pooled").get("p99").asDouble();
        double bothCost = both.get("cost_usd").get("total").get("mean").asDouble();
        double ttCost = tt.get("cost_usd").get("total").get("mean").asDouble();
        String numbers = "p99 " + bothP99 + " ms at $" + bothCost + " (predictive + target tracking) vs " + ttP99
                + " ms at $" + ttCost + " (target tracking alone)";
        System.out.println("web-asg-predictive: " + numbers);
        // Capacity is in place at 06:55, before the 07:00 ramp, instead of minutes after it.
        boolean raisedAhead = false;
        for (JsonNode a : both.get("scaling_activities")) {
            raisedAhead |= a.get("policy").asText().equals("forecast") && a.get("time_s").asLong() % 3600 == 3300
                    && a.get("to").asInt() > a.get("from").asInt();
        }
        assertTrue(raisedAhead, "the forecast raises capacity 300 s before an hour");
        assertTrue(bothP99 < 0.8 * ttP99, numbers);
        assertTrue(both.get("error_ratio").get("mean").asDouble() < tt.get("error_ratio").get("mean").asDouble(), numbers);
        // ... for a few percent more instance-hours.
        assertTrue(bothCost < 1.1 * ttCost, numbers);
        assertTrue(both.get("slo").get("held").asBoolean(), "with predictive scaling the SLO holds; " + numbers);
    }

    private static double mean(JsonNode report, String... path) {
        JsonNode n = report;
        for (String p : path) {
            n = n.get(p);
        }
        return n.get("mean").asDouble();
    }

    @Test
    void batchWorkersOnSpotLoseOnlyTheWorkSinceTheLastCheckpoint() throws IOException {
        JsonNode r = run("batch-spot-mixed.yaml");
        JsonNode workers = r.get("fleets").get("workers");
        assertTrue(mean(workers, "jobs", "completed") > 10_000, "about 14,000 jobs in two days");
        assertTrue(mean(workers, "spot_interruptions") > 0);
        assertTrue(mean(workers, "jobs", "requeued") > 0, "reclaims send running jobs back to the queue");
        assertEquals(0, mean(r, "requests", "interrupted"), "a job is never lost to an interruption, only delayed");
        // With 5-minute checkpoints a cut job loses less than 5 minutes of work.
        assertTrue(mean(workers, "jobs", "lost_work_hours") < mean(workers, "jobs", "requeued") * 5 / 60.0);
        assertTrue(mean(r, "cost_usd", "by_purchase_option", "on-demand") > 0, "the On-Demand base");
        assertTrue(mean(r, "cost_usd", "by_purchase_option", "spot") > 0);
        assertTrue(mean(workers, "spot_savings_usd") > 0);
    }

    @Test
    void capacityRebalancingReplacesMostSpotInstancesBeforeTheirInterruption() throws IOException {
        JsonNode on = run("web-asg-spot-rebalance.yaml");
        JsonNode off = run("web-asg-spot-rebalance.yaml", "--set", "fleets[web].capacity_rebalance=false");
        JsonNode webOn = on.get("fleets").get("web");
        JsonNode webOff = off.get("fleets").get("web");
        assertTrue(mean(webOn, "rebalance_launches") > 0);
        assertTrue(mean(webOn, "spot_interruptions") < 0.5 * mean(webOff, "spot_interruptions"),
                mean(webOn, "spot_interruptions") + " interruptions with rebalancing vs " + mean(webOff, "spot_interruptions"));
        assertTrue(mean(webOn, "interrupted") <= mean(webOff, "interrupted"), "fewer export requests cut at a reclaim");
    }

    @Test
    void theTargetUtilizationSweepFindsThatOnlyALowTargetHoldsTheSurge(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws IOException {
        CliTestSupport.Result r = CliTestSupport.run("sweep", CliTestSupport.scenarios().resolve("sweep-target-utilization.yaml").toString(),
                "--replications", "1", "--set", "horizon=10h", "--minimize", "cost_usd.total", "--subject-to", "latency_ms.p99<1000",
                "--out", tmp.resolve("s").toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode points = doc.get("points");
        assertEquals(18, points.size(), "6 targets x 3 warm-pool sizes");
        assertEquals("30", doc.get("best").get("parameters").get("fleets[web].scaling[0].target").asText());
        // For each pool size, a higher target costs less (fewer instances): the trade-off the sweep shows.
        for (int pool = 0; pool < 3; pool++) {
            for (int t = 1; t < 6; t++) {
                double cheaper = points.get(3 * t + pool).get("results").get("cost_usd").get("total").get("mean").asDouble();
                double dearer = points.get(3 * (t - 1) + pool).get("results").get("cost_usd").get("total").get("mean").asDouble();
                assertTrue(cheaper < dearer, "target " + (30 + 10 * t) + " costs less than " + (20 + 10 * t));
            }
        }
    }

    @Test
    void reservedInstancesForTheMinimumAreAlwaysUsedAndSaveExactlyTheirDiscount() throws IOException {
        // web-asg-target-tracking never runs fewer than its minimum of 4 c6g.large, so 4 regional
        // Reserved Instances (1yr, no upfront: 37% off in the rate table) are used every hour of the
        // 46-hour window: utilization 1 and savings 4 x 0.068 x 0.37 x 46 dollars.
        JsonNode r = run("web-asg-target-tracking.yaml", "--set",
                "commitments=[{type: reserved-instance, instance_type: c6g.large, count: 4, term: 1yr, payment: no-upfront}]");
        JsonNode c = r.get("commitments");
        assertEquals(1.0, mean(c, "utilization"), 1e-9);
        assertEquals(4 * 0.068 * 0.37 * 46, mean(c, "savings_usd"), 1e-6);
        assertEquals(mean(r, "cost_usd", "total"), mean(c, "cost_without_usd"), 1e-9);
        double coverage = mean(c, "coverage");
        assertTrue(coverage > 0.3 && coverage < 0.5, "4 of about 10.7 instances on average: " + coverage);
        assertEquals(0, mean(c, "unused_commitment_usd"), 1e-9);
    }

    private static double fleetMean(JsonNode report, String fleet, String key) {
        return report.get("fleets").get(fleet).get(key).get("mean").asDouble();
    }

    @Test
    void lambdaBurstHitsTheScalingRateAndTheAccountLimit() throws IOException {
        JsonNode r = run("lambda-api-burst.yaml");
        // 10x burst: 1,000 new environments at once, then 100/s, and never more than the account's 1,500.
        assertTrue(fleetMean(r, "api", "throttles_scaling_rate") > 100, "scaling-rate throttles");
        assertTrue(fleetMean(r, "api", "throttles_account") > 10_000, "account-limit throttles");
        assertEquals(1500, r.get("fleets").get("api").get("peak_concurrency").get("max").asDouble());
        assertEquals(fleetMean(r, "api", "throttles"), r.get("requests").get("throttled").get("mean").asDouble(), 1e-6);
        assertTrue(fleetMean(r, "api", "cold_starts") > 1000, "the burst cold-starts its new environments");
        assertTrue(r.get("cold_start_ratio").get("mean").asDouble() > 0);
    }

    @Test
    void scheduledProvisionedConcurrencyRemovesTheBurstsColdStartsAtACost() throws IOException {
        JsonNode pc = run("lambda-provisioned.yaml");
        JsonNode od = run("lambda-api-burst.yaml");
        double pcCold = fleetMean(pc, "api", "cold_starts");
        double odCold = fleetMean(od, "api", "cold_starts");
        double pcCost = pc.get("cost_usd").get("total").get("mean").asDouble();
        double odCost = od.get("cost_usd").get("total").get("mean").asDouble();
        System.out.println("lambda-provisioned: " + pcCold + " cold starts at $" + pcCost + " vs " + odCold
                + " at $" + odCost + " on demand");
        assertTrue(pcCold < 0.25 * odCold, pcCold + " vs " + odCold);
        assertEquals(0, fleetMean(pc, "api", "throttles_scaling_rate"));
        assertEquals(2, fleetMean(pc, "api", "scaling_actions"));
        assertTrue(pc.get("cost_usd").get("by_purchase_option").get("provisioned").get("mean").asDouble() > 0);
        assertTrue(pcCost > odCost, "idle provisioned concurrency is paid for");
    }

    @Test
    void asyncBurstsQueueRetryAndDeadLetter() throws IOException {
        JsonNode r = run("lambda-async-queue.yaml");
        assertEquals(0, r.get("requests").get("throttled").get("mean").asDouble(), "async callers are never throttled");
        assertTrue(fleetMean(r, "events", "async_throttle_retries") > 0);
        assertTrue(fleetMean(r, "events", "async_error_retries") > 0);
        assertTrue(fleetMean(r, "events", "async_dead_lettered") > 0);
        assertEquals(fleetMean(r, "events", "async_dead_lettered"), r.get("requests").get("dropped").get("mean").asDouble(), 1e-6);
        // No event starts after its 15-minute maximum age, and reserved concurrency caps the function.
        assertTrue(r.get("fleets").get("events").get("async_max_queue_age_ms").get("max").asDouble() <= 900_000);
        assertTrue(r.get("fleets").get("events").get("peak_concurrency").get("max").asDouble() <= 50);
    }

    @Test
    void theCommitmentSweepFindsABreakEvenBetweenTooLittleAndTooMuch(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws IOException {
        CliTestSupport.Result r = CliTestSupport.run("sweep", CliTestSupport.scenarios().resolve("commitments-web-tier.yaml").toString(),
                "--param", "commitments[0].usd_per_hour=0.02,0.15,0.40", "--replications", "1", "--minimize", "commitments.cost_usd",
                "--out", tmp.resolve("s").toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("0.15", doc.get("best").get("parameters").get("commitments[0].usd_per_hour").asText());
        JsonNode points = doc.get("points");
        JsonNode small = points.get(0).get("results").get("commitments");
        JsonNode large = points.get(2).get("results").get("commitments");
        assertEquals(1.0, small.get("utilization").get("mean").asDouble(), 1e-9, "a small plan is used every hour");
        assertTrue(large.get("unused_commitment_usd").get("mean").asDouble() > 0, "a large one is paid for at night unused");
        assertTrue(large.get("coverage").get("mean").asDouble() > small.get("coverage").get("mean").asDouble());
        assertTrue(r.err().isEmpty() || !r.err().contains("note:"), "a goal on the bill with commitments needs no note");

        // The same sweep minimising cost_usd.total would ignore the commitments it sweeps: say so.
        CliTestSupport.Result wrong = CliTestSupport.run("sweep", CliTestSupport.scenarios().resolve("commitments-web-tier.yaml").toString(),
                "--param", "commitments[0].usd_per_hour=0.02,0.15", "--replications", "1", "--set", "horizon=3h", "--set",
                "warmup=0s", "--minimize", "cost_usd.total", "--out", tmp.resolve("w").toString(), "--format", "json");
        assertEquals(0, wrong.exit(), wrong.err());
        assertTrue(wrong.err().contains("note: cost_usd.total is the bill without commitments; with them it is commitments.cost_usd"),
                wrong.err());
    }

    @Test
    void busyProvisionedConcurrencyCutsColdStartsAndCost(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws IOException {
        CliTestSupport.Result r = CliTestSupport.run("sweep", CliTestSupport.scenarios().resolve("sweep-lambda-provisioned.yaml").toString(),
                "--param", "fleets[api].provisioned_concurrency.count=0,80", "--replications", "1", "--set", "horizon=3h",
                "--out", tmp.resolve("s").toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode points = new ObjectMapper().readTree(r.out()).get("points");
        JsonNode none = points.get(0).get("results");
        JsonNode pc = points.get(1).get("results");
        assertTrue(fleetMean(pc, "api", "cold_starts") < fleetMean(none, "api", "cold_starts"));
        assertTrue(pc.get("cost_usd").get("total").get("mean").asDouble() < none.get("cost_usd").get("total").get("mean").asDouble(),
                "80 environments kept busy cost less at the provisioned duration price");
        assertTrue(pc.get("cost_usd").get("by_purchase_option").get("provisioned").get("mean").asDouble() > 0);
    }

    @Test
    void fargateServiceRidesOutTheSurgeTheSpotReclaimAndTheDeploy() throws IOException {
        JsonNode r = run("fargate-service-spot.yaml");
        JsonNode api = r.get("fleets").get("api");
        // The surge triples traffic: target tracking scales out well above the steady 5-6 tasks.
        assertTrue(mean(api, "peak_capacity") >= 10, "peak " + mean(api, "peak_capacity"));
        // Half the Spot tasks are reclaimed at 3h10m, each replaced on Spot once capacity is back.
        assertTrue(mean(api, "spot_interruptions") >= 1);
        assertEquals(mean(api, "spot_interruptions"), mean(api, "tasks_replaced"));
        // The 50%/150% deploy dips to half of desired (5 tasks: ceil(2.5) = 3), never below.
        assertEquals(3.0, mean(api, "deployment", "min_healthy_tasks"));
        assertTrue(mean(api, "deployment", "duration_s") > 0, "the deployment completes");
        // Every new task pays its start-up: ENI, pull, init, registration, 3 x 10 s health checks.
        double startup = mean(api, "startup_ms", "total");
        assertTrue(startup > 50_000 && startup < 90_000, "start-up " + startup + " ms");
        // Both purchase options are billed; Spot tasks cost 30% of on-demand.
        assertTrue(mean(r, "cost_usd", "by_purchase_option", "spot") > 0);
        assertTrue(mean(r, "cost_usd", "by_purchase_option", "on-demand") > 0);
        assertEquals(mean(r, "cost_usd", "total"), mean(api, "cost_usd"), 1e-9);
    }

    @Test
    void ec2AndFargateServeIdenticalTrafficAtDifferentCost() throws IOException {
        JsonNode ec2 = run("compare-ec2.yaml", "--set", "horizon=12h");
        JsonNode fargate = run("compare-fargate.yaml", "--set", "horizon=12h");
        // Identical workload sections and seed: the same requests on both platforms.
        assertEquals(mean(ec2, "requests", "total"), mean(fargate, "requests", "total"));
        assertTrue(ec2.get("slo").get("held").asBoolean());
        assertTrue(fargate.get("slo").get("held").asBoolean());
        // Equal-sized units (2 vCPU, 4 GB, Graviton2): Fargate's $0.0790/h per task against the
        // c6g.large's $0.068/h plus its 8 GB volume makes Fargate the dearer platform here.
        double ec2Cost = mean(ec2, "cost_usd", "total");
        double fargateCost = mean(fargate, "cost_usd", "total");
        assertTrue(fargateCost > 1.05 * ec2Cost && fargateCost < 1.3 * ec2Cost, "fargate " + fargateCost + " ec2 " + ec2Cost);
        JsonNode lambda = run("compare-lambda.yaml", "--set", "horizon=12h");
        assertEquals(mean(ec2, "requests", "total"), mean(lambda, "requests", "total"), "the same arrivals on Lambda too");
        assertTrue(lambda.get("slo").get("held").asBoolean());
        // Lambda never queues: its p99 is the work's own (300 ms / 1.23), below the EC2 group's.
        assertTrue(mean(lambda, "latency_ms", "p99") < mean(ec2, "latency_ms", "p99"));
        assertTrue(mean(lambda, "cost_usd", "total") > fargateCost, "at a steady 300/s Lambda is the dearest of the three");
    }
}

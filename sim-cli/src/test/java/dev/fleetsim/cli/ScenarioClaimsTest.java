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
    }
}

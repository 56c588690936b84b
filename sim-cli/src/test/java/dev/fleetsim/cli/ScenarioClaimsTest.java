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

    private static double mean(JsonNode report, String fleet, String key) {
        return report.get("fleets").get(fleet).get(key).get("mean").asDouble();
    }

    @Test
    void lambdaBurstHitsTheScalingRateAndTheAccountLimit() throws IOException {
        JsonNode r = run("lambda-api-burst.yaml");
        // 10x burst: 1,000 new environments at once, then 100/s, and never more than the account's 1,500.
        assertTrue(mean(r, "api", "throttles_scaling_rate") > 100, "scaling-rate throttles");
        assertTrue(mean(r, "api", "throttles_account") > 10_000, "account-limit throttles");
        assertEquals(1500, r.get("fleets").get("api").get("peak_concurrency").get("max").asDouble());
        assertEquals(mean(r, "api", "throttles"), r.get("requests").get("throttled").get("mean").asDouble(), 1e-6);
        assertTrue(mean(r, "api", "cold_starts") > 1000, "the burst cold-starts its new environments");
        assertTrue(r.get("cold_start_ratio").get("mean").asDouble() > 0);
    }

    @Test
    void scheduledProvisionedConcurrencyRemovesTheBurstsColdStartsAtACost() throws IOException {
        JsonNode pc = run("lambda-provisioned.yaml");
        JsonNode od = run("lambda-api-burst.yaml");
        double pcCold = mean(pc, "api", "cold_starts");
        double odCold = mean(od, "api", "cold_starts");
        double pcCost = pc.get("cost_usd").get("total").get("mean").asDouble();
        double odCost = od.get("cost_usd").get("total").get("mean").asDouble();
        System.out.println("lambda-provisioned: " + pcCold + " cold starts at $" + pcCost + " vs " + odCold
                + " at $" + odCost + " on demand");
        assertTrue(pcCold < 0.25 * odCold, pcCold + " vs " + odCold);
        assertEquals(0, mean(pc, "api", "throttles_scaling_rate"));
        assertEquals(2, mean(pc, "api", "scaling_actions"));
        assertTrue(pc.get("cost_usd").get("by_purchase_option").get("provisioned").get("mean").asDouble() > 0);
        assertTrue(pcCost > odCost, "idle provisioned concurrency is paid for");
    }

    @Test
    void asyncBurstsQueueRetryAndDeadLetter() throws IOException {
        JsonNode r = run("lambda-async-queue.yaml");
        assertEquals(0, r.get("requests").get("throttled").get("mean").asDouble(), "async callers are never throttled");
        assertTrue(mean(r, "events", "async_throttle_retries") > 0);
        assertTrue(mean(r, "events", "async_error_retries") > 0);
        assertTrue(mean(r, "events", "async_dead_lettered") > 0);
        assertEquals(mean(r, "events", "async_dead_lettered"), r.get("requests").get("dropped").get("mean").asDouble(), 1e-6);
        // No event starts after its 15-minute maximum age, and reserved concurrency caps the function.
        assertTrue(r.get("fleets").get("events").get("async_max_queue_age_ms").get("max").asDouble() <= 900_000);
        assertTrue(r.get("fleets").get("events").get("peak_concurrency").get("max").asDouble() <= 50);
    }
}

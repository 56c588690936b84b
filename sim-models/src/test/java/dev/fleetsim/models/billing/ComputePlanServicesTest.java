package dev.fleetsim.models.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.run.Replication;
import dev.fleetsim.models.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A Compute Savings Plan covers Lambda duration (not requests) and Fargate tasks at their own rates of the table. */
class ComputePlanServicesTest {

    @Test
    void aComputePlanCoversLambdaDurationAtItsLambdaDiscount() {
        ResultValues v = Replication.run(new ScenarioLoader().load("lc.yaml", """
                name: lc
                horizon: 2h
                replications: 1
                seed: 3
                workloads:
                  - {name: api, arrivals: {type: poisson, rate: 20/s}, service_time: {type: constant, value: 100ms}, target: fn}
                fleets:
                  - {name: fn, type: lambda, memory: 1024MB}
                commitments:
                  - {type: compute-savings-plan, usd_per_hour: 0.05, term: 1yr, payment: no-upfront}
                """), 0, new SamplerFactory(Path.of(""))).values();
        double duration = v.get("fleets", "fn", "cost_duration_usd");
        double requests = v.get("fleets", "fn", "cost_requests_usd");
        double lambdaDiscount = 0.12; // compute-savings-plan, 1yr, no-upfront, lambda in commitment-discounts.csv
        // The plan's $0.05 an hour buys 0.05 / 0.88 of On-Demand duration each hour; the load is steady
        // (20/s x 100 ms x 1 GB = 2 GB-s per second, about $0.12 an hour), so every hour uses it all.
        assertEquals(1.0, v.get("commitments", "utilization"), 1e-3);
        double covered = 2 * 0.05 / (1 - lambdaDiscount);
        assertEquals(covered / duration, v.get("commitments", "coverage"), 2e-3);
        assertEquals(requests + duration - covered + 2 * 0.05, v.get("commitments", "cost_usd"), 1e-3);
    }

    @Test
    void aComputePlanCoversFargateTasksAtItsFargateDiscount() {
        ResultValues v = Replication.run(new ScenarioLoader().load("fc.yaml", """
                name: fc
                horizon: 3h
                replications: 1
                seed: 3
                workloads:
                  - {name: api, arrivals: {type: poisson, rate: 50/s}, service_time: {type: exponential, mean: 40ms}, target: svc}
                fleets:
                  - {name: svc, type: fargate, task: {cpu: 1, memory: 2GB}, capacity: {min: 3, max: 3, desired: 3}}
                commitments:
                  - {type: compute-savings-plan, usd_per_hour: 1, term: 1yr, payment: no-upfront}
                """), 0, new SamplerFactory(Path.of(""))).values();
        // Three tasks of 1 vCPU / 2 GB for 3 h: 9 task-hours x (0.04048 + 2 x 0.004445) = $0.44433 On-Demand.
        double onDemand = 9 * (0.04048 + 2 * 0.004445);
        assertEquals(onDemand, v.get("fleets", "svc", "cost_usd"), 1e-9);
        assertEquals(1.0, v.get("commitments", "coverage"), 1e-12, "a $1/h plan covers all of it");
        double fargateDiscount = 0.20; // compute-savings-plan, 1yr, no-upfront, fargate
        assertEquals(onDemand * (1 - fargateDiscount) / 3.0, v.get("commitments", "utilization"), 1e-9);
        assertEquals(3.0, v.get("commitments", "cost_usd"), 1e-9, "the bill is the commitment: 3 h at $1");
    }
}

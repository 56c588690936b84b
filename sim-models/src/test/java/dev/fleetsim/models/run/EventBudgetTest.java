package dev.fleetsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

class EventBudgetTest {
    private static ScenarioSpec scenario(String arrivals) {
        return new ScenarioLoader().load("s.yaml", """
                name: t
                horizon: 7d
                replications: 2
                workloads:
                  - {name: a, arrivals: %s, service_time: {type: constant, value: 1ms}, target: p}
                fleets: [{name: p, type: fixed-pool, servers: 1}]
                """.formatted(arrivals));
    }

    @Test
    void estimatesFollowTheLongRunRateOfEachProcess() {
        double perRate = 2 * 7 * 86400 * 2; // events per request x seconds x replications
        assertEquals(100 * perRate, EventBudget.estimate(scenario("{type: poisson, rate: 100/s}")), 1e-6);
        // 1h at 10/s then 3h at 50/s: (10 + 150) / 4 = 40/s
        assertEquals(40 * perRate, EventBudget.estimate(scenario(
                "{type: piecewise, segments: [{until: 1h, rate: 10/s}, {until: 4h, rate: 50/s}]}")), 1e-3);
        // weekday mean 70/s, weekends at half: (5 x 70 + 2 x 35) / 7 = 60/s
        assertEquals(60 * perRate, EventBudget.estimate(scenario(
                "{type: diurnal, mean: 70/s, peak_to_trough: 3, peak_at: '14:00', weekend_factor: 0.5}")), 1e-3);
        // a 3x surge for 1h every 24h adds 2/24 of the base
        assertEquals(24 * (1 + 2.0 / 24) * perRate, EventBudget.estimate(scenario(
                "{type: surge, base: {type: poisson, rate: 24/s}, surges: [{at: 1h, duration: 1h, multiplier: 3, every: 24h}]}")),
                1e-3);
    }
}

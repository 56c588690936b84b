package dev.fleetsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverrideTest {
    private static final String BASE = """
            name: t
            horizon: 1h
            workloads:
              - name: jobs
                arrivals: {type: poisson, rate: 5/s}
                service_time: {type: exponential, mean: 100ms}
                target: pool
            fleets:
              - {name: other, type: fixed-pool, servers: 1}
              - {name: pool, type: fixed-pool, servers: 2}
            """;

    private static ScenarioSpec load(String... sets) {
        return new ScenarioLoader().load("s.yaml", BASE, List.of(sets));
    }

    private static String fail(String... sets) {
        return assertThrows(ScenarioException.class, () -> load(sets)).getMessage();
    }

    @Test
    void setsFieldsByIndexAndByName() {
        ScenarioSpec s = load("fleets[1].servers=7", "workloads[jobs].arrivals.rate=12/s", "horizon=2h",
                "warmup=5m", "seed=9");
        assertEquals(7, ((FleetSpec.FixedPool) s.fleets().get(1)).servers());
        assertEquals(12.0, ((ArrivalsSpec.Poisson) s.workloads().get(0).arrivals()).rate().perSecond());
        assertEquals(SimDuration.ofSeconds(7200), s.horizon());
        assertEquals(SimDuration.ofSeconds(300), s.warmup());
        assertEquals(9L, s.seed());
        assertEquals(3, ((FleetSpec.FixedPool) load("fleets[pool].servers=3").fleets().get(1)).servers());
    }

    @Test
    void setsWholeMappings() {
        ScenarioSpec s = load("workloads[0].service_time={type: constant, value: 20ms}");
        assertEquals(SimDuration.ofMillis(20), ((DistributionSpec.Constant) s.workloads().get(0).serviceTime()).value());
    }

    @Test
    void overriddenValuesAreValidatedAndBlamedOnTheOverride() {
        assertEquals("--set fleets[pool].servers=0: fleets[1].servers: expected an integer >= 1, found 0",
                fail("fleets[pool].servers=0"));
        assertEquals("--set fleets[0].servrs=3: fleets[0].servrs: unknown key 'servrs' (did you mean 'servers'?); "
                + "expected one of: name, price_per_server_hour, servers", fail("fleets[0].servrs=3"));
        assertEquals("--set horizon=90: horizon: expected a duration with a unit, like 250ms, 90s, 5m, 2h or 14d, "
                + "found the number 90 (no unit)", fail("horizon=90"));
    }

    @Test
    void badPathsAreClear() {
        assertEquals("--set servers: expected path=value, like fleets[0].servers=12, found 'servers'", fail("servers"));
        assertEquals("--set fleets[9].servers=1: fleets: expected an index below 2, found 9", fail("fleets[9].servers=1"));
        assertEquals("--set fleets[pol].servers=1: fleets: expected an index or one of the names (other, pool), "
                + "found 'pol' (did you mean 'pool'?)", fail("fleets[pol].servers=1"));
        assertEquals("--set name.x=1: name: expected a mapping to hold 'x', found the value \"t\"", fail("name.x=1"));
    }
}

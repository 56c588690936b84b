package dev.fleetsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetsim.models.scenario.units.SimDuration;
import org.junit.jupiter.api.Test;

/** Validation of {@code windows:} and {@code slo.window}, each rule with its file position. */
class WindowValidationTest {
    private static final String BASE = """
            name: t
            horizon: 4h
            warmup: 5m
            replications: 1
            workloads:
              - name: jobs
                arrivals: {type: poisson, rate: 1/s}
                service_time: {type: exponential, mean: 100ms}
                target: pool
            fleets:
              - {name: pool, type: fixed-pool, servers: 2}
            windows:
            """;

    private static String fail(String windows) {
        return assertThrows(ScenarioException.class, () -> new ScenarioLoader().load("s.yaml", BASE + windows)).getMessage();
    }

    @Test
    void aGoodWindowBinds() {
        ScenarioSpec s = new ScenarioLoader().load("s.yaml", BASE.replace("horizon: 4h", "horizon: 2d") + "  - {name: morning_ramp, from: 7h, to: 10h, every: 1d}\n"
                + "  - {name: first_hour, from: 1h, to: 2h}\n");
        assertEquals(2, s.windows().size());
        WindowSpec w = s.windows().get(0);
        assertEquals("morning_ramp", w.name());
        assertEquals(SimDuration.ofSeconds(7 * 3600), w.from());
        assertEquals(SimDuration.ofSeconds(10 * 3600), w.to());
        assertEquals(SimDuration.ofSeconds(86400), w.every());
        assertEquals(null, s.windows().get(1).every());
    }

    @Test
    void nameMustBeGiven() {
        assertEquals("s.yaml:13:6: windows[0].name: expected a window name, found nothing",
                fail("  - {name: '', from: 1h, to: 2h}\n"));
    }

    @Test
    void nameUsesTheNamingRuleOfFleetsAndWorkloads() {
        assertEquals("s.yaml:13:6: windows[0].name: expected a window name of letters, digits, '.', '_' or '-', found 'a b'",
                fail("  - {name: 'a b', from: 1h, to: 2h}\n"));
    }

    @Test
    void namesAreUnique() {
        assertEquals("s.yaml:14:6: windows[1].name: duplicate window name 'a'",
                fail("  - {name: a, from: 1h, to: 2h}\n  - {name: a, from: 2h, to: 3h}\n"));
    }

    @Test
    void fromAndToAreRequired() {
        assertEquals("s.yaml:13:5: windows[0].from: expected a duration since the start of the run, like 7h, found nothing",
                fail("  - {name: a, to: 2h}\n"));
    }

    @Test
    void toMustFollowFrom() {
        assertEquals("s.yaml:13:25: windows[0].to: expected to > from (2h), found 1h", fail("  - {name: a, from: 2h, to: 1h}\n"));
        assertEquals("s.yaml:13:25: windows[0].to: expected to > from (1h), found 1h", fail("  - {name: a, from: 1h, to: 1h}\n"));
    }

    @Test
    void periodMustBePositive() {
        assertEquals("s.yaml:13:33: windows[0].every: expected a repeat period > 0, found 0s",
                fail("  - {name: a, from: 1h, to: 2h, every: 0s}\n"));
    }

    @Test
    void periodMustHoldTheWindow() {
        assertEquals("s.yaml:13:33: windows[0].every: expected a repeat period at least the window's length (1h from 1h "
                + "to 2h) so occurrences do not overlap, found 30m", fail("  - {name: a, from: 1h, to: 2h, every: 30m}\n"));
        // Equal is fine: back-to-back occurrences.
        new ScenarioLoader().load("s.yaml", BASE + "  - {name: a, from: 1h, to: 2h, every: 1h}\n");
    }

    @Test
    void aWindowMustOverlapTheMeasuredPeriod() {
        assertEquals("s.yaml:13:5: windows[0]: window [5h, 6h) would measure nothing: it has no occurrence in the measured "
                + "period [5m, 4h) (warmup to horizon)", fail("  - {name: a, from: 5h, to: 6h}\n"));
        assertEquals("s.yaml:13:5: windows[0]: window [0s, 1m) every 1d would measure nothing: it has no occurrence in the "
                + "measured period [5m, 4h) (warmup to horizon)", fail("  - {name: a, from: 0s, to: 1m, every: 1d}\n"));
        // Ending exactly at the warm-up measures nothing; ending a microsecond later does.
        assertEquals("s.yaml:13:5: windows[0]: window [0s, 5m) would measure nothing: it has no occurrence in the measured "
                + "period [5m, 4h) (warmup to horizon)", fail("  - {name: a, from: 0s, to: 5m}\n"));
        new ScenarioLoader().load("s.yaml", BASE + "  - {name: a, from: 0s, to: 1m, every: 2h}\n"); // [2h, 2h1m)
        new ScenarioLoader().load("s.yaml", BASE + "  - {name: a, from: 0s, to: 300000001us}\n");
    }

    @Test
    void unknownKeysAreErrors() {
        assertEquals("s.yaml:13:33: windows[0].evry: unknown key 'evry' (did you mean 'every'?); expected one of: every, "
                + "from, name, to", fail("  - {name: a, from: 1h, to: 2h, evry: 1d}\n"));
    }

    @Test
    void sloWindowMustNameAWindow() {
        assertEquals("s.yaml:14:24: slo.window: expected the name of a window (peak), found 'peek' (did you mean 'peak'?)",
                fail("  - {name: peak, from: 1h, to: 2h}\nslo: {latency_p99: 1s, window: peek}\n"));
        String none = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load("s.yaml",
                BASE.replace("windows:\n", "slo: {latency_p99: 1s, window: peak}\n"))).getMessage();
        assertEquals("s.yaml:12:24: slo.window: expected the name of a window (none defined under windows), found 'peak'", none);
        ScenarioSpec ok = new ScenarioLoader().load("s.yaml", BASE + "  - {name: peak, from: 1h, to: 2h}\n"
                + "slo: {latency_p99: 1s, window: peak}\n");
        assertEquals("peak", ok.slo().window());
    }
}

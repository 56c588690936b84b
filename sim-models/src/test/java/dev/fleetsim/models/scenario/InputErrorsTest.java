package dev.fleetsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input found by review: each gets one house-format line naming where, the field, expected and found. */
class InputErrorsTest {
    private static final String BASE = """
            name: t
            horizon: 1h
            seed: 7
            workloads:
              - name: jobs
                arrivals: {type: poisson, rate: 10/s}
                service_time: {type: exponential, mean: 100ms}
                target: pool
            fleets:
              - name: pool
                type: fixed-pool
                servers: 2
            """;

    private static final String LAMBDA = """
            name: lam
            horizon: 1h
            workloads:
              - name: calls
                arrivals: {type: poisson, rate: 10/s}
                service_time: {type: exponential, mean: 100ms}
                target: fn
            fleets:
              - {name: fn, type: lambda}
            """;

    private static List<ScenarioProblem> problems(String yaml, String... overrides) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().load("s.yaml", yaml, List.of(overrides)));
        for (ScenarioProblem p : e.problems()) {
            assertTrue(!p.oneLine().contains("\n"), "one line: " + p.oneLine());
        }
        return e.problems();
    }

    private static String fail(String yaml, String... overrides) {
        List<ScenarioProblem> ps = problems(yaml, overrides);
        assertEquals(1, ps.size(), "one problem: " + ps);
        return ps.get(0).oneLine();
    }

    @Test
    void unknownSavingsPlanFamilyIsRefusedWithASuggestion() {
        String commitments = "commitments:\n  - {type: ec2-instance-savings-plan, family: %s, usd_per_hour: 1, term: 1yr,"
                + " payment: no-upfront}\n";
        String far = fail(BASE + commitments.formatted("zz9"));
        assertTrue(far.startsWith("s.yaml:14:39: commitments[0].family: expected an instance family from the catalog ("), far);
        assertTrue(far.contains("c6g") && far.endsWith(", found 'zz9'"), far);
        assertEquals("s.yaml:14:39: commitments[0].family: expected an instance family from the catalog (did you mean 'c6g'?),"
                + " found 'cg6'", fail(BASE + commitments.formatted("cg6")));
        new ScenarioLoader().load("s.yaml", BASE + commitments.formatted("c6g"));
    }

    @Test
    void oneFunctionReservingTooMuchIsReportedOnce() {
        assertEquals("--set fleets[fn].reserved_concurrency=950: fleets[0].reserved_concurrency: expected an integer from 0 to 900"
                + " (account_concurrency 1000 minus the 100 that must stay unreserved), found 950",
                fail(LAMBDA, "fleets[fn].reserved_concurrency=950"));
        // Several functions that fit alone but not together still get the total check.
        String two = LAMBDA + "  - {name: fn2, type: lambda, reserved_concurrency: 500}\n";
        assertEquals("s.yaml:10:31: fleets[1].reserved_concurrency: expected reservations totalling at most 900"
                + " (the account's 1000 less 100 unreserved), found 1000",
                fail(two.replace("{name: fn, type: lambda}", "{name: fn, type: lambda, reserved_concurrency: 500}")));
    }

    @Test
    void integerOverflowSaysTheRangeAndWhatWasWritten() {
        assertEquals("s.yaml:12:5: fleets[0].servers: expected an integer from -2147483648 to 2147483647, found 99999999999",
                fail(BASE.replace("servers: 2", "servers: 99999999999")));
        assertEquals("s.yaml:3:1: seed: expected an integer from -9223372036854775808 to 9223372036854775807,"
                + " found 12345678901234567890123", fail(BASE.replace("seed: 7", "seed: 12345678901234567890123")));
        assertEquals("--set fleets[0].servers=99999999999: fleets[0].servers: expected an integer from -2147483648 to 2147483647,"
                + " found 99999999999", fail(BASE, "fleets[0].servers=99999999999"));
    }

    @Test
    void deepNestingIsRefusedAtItsLineAtTheDocumentedLimit() {
        String deep = BASE + "x: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        String msg = fail(deep);
        assertTrue(msg.startsWith("s.yaml:13:"), msg);
        assertTrue(msg.endsWith(": expected at most 64 levels of nesting, found more"), msg);
        String ok = BASE + "x: " + "[".repeat(40) + "]".repeat(40) + "\n";
        assertTrue(fail(ok).contains("unknown key 'x'"), "40 levels pass the parser");
    }

    @Test
    void unknownKeyCreatedByAnOverrideNamesTheOverride() {
        String msg = fail(BASE, "foo.bar=3");
        assertTrue(msg.startsWith("--set foo.bar=3: foo: unknown key 'foo'"), msg);
    }

    @Test
    void negativeDurationsSayTheSignIsWrong() {
        assertEquals("s.yaml:7:39: workloads[0].service_time.mean: expected a duration >= 0, found '-100ms'",
                fail(BASE.replace("mean: 100ms", "mean: -100ms")));
        assertEquals("--set workloads[jobs].timeout=-1s: workloads[0].timeout: expected a duration >= 0, found '-1s'",
                fail(BASE, "workloads[jobs].timeout=-1s"));
    }

    @Test
    void fractionalMemoryEchoesWhatWasWritten() {
        assertEquals("--set fleets[fn].memory=1000.5MB: fleets[0].memory: expected a whole number of MB from 128MB to 10240MB,"
                + " found 1000.5MB", fail(LAMBDA, "fleets[fn].memory=1000.5MB"));
    }

    @Test
    void desiredOnALambdaProvisionedConcurrencyScheduledActionIsRefused() {
        // aws-behaviour.md 2.8: Application Auto Scaling scheduled actions take only min and max,
        // as on fargate fleets; the line points at the desired value.
        String yaml = LAMBDA.replace("  - {name: fn, type: lambda}\n", """
                  - name: fn
                    type: lambda
                    provisioned_concurrency: {count: 0, max: 50}
                    scaling:
                      - {type: scheduled, at: 30m, min: 0, max: 50, desired: 50}
                """);
        assertEquals("s.yaml:13:53: fleets[0].scaling[0].desired: expected min and max only (Application Auto Scaling "
                + "scheduled actions set no desired count; it is clamped into the new range), found 50", fail(yaml));
        // min and max alone are accepted.
        new ScenarioLoader().load("s.yaml", yaml.replace(", desired: 50", ""));
    }

    @Test
    void aSubMinuteMetricPeriodOnLambdaProvisionedConcurrencyIsRefused() {
        // Application Auto Scaling target tracking takes no period, as on fargate fleets.
        String yaml = LAMBDA.replace("  - {name: fn, type: lambda}\n", """
                  - name: fn
                    type: lambda
                    provisioned_concurrency: {count: 10, max: 50}
                    scaling:
                      - {type: target-tracking, metric: provisioned_concurrency_utilization, target: 0.7, metric_period: 10s}
                """);
        assertTrue(fail(yaml).endsWith("fleets[0].scaling[0].metric_period: expected 60s (Application Auto Scaling target "
                + "tracking takes no period; ECS and Lambda publish these metrics every minute), found 10s"), fail(yaml));
        new ScenarioLoader().load("s.yaml", yaml.replace(", metric_period: 10s", ""));
    }
}

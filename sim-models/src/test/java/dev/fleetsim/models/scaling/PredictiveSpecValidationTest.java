package dev.fleetsim.models.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.scenario.Ec2AsgSpec;
import dev.fleetsim.models.scenario.ScalingPolicySpec;
import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioProblem;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The predictive policy's YAML: defaults, and one-line messages at the exact field. */
class PredictiveSpecValidationTest {

    private static String problem(String policies, String path) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load("s.yaml",
                ScalingSpecValidationTest.scenario(policies)));
        for (ScenarioProblem p : e.problems()) {
            if (p.path().equals("fleets[0].scaling" + path)) {
                assertTrue(!p.oneLine().contains("\n"));
                return p.message();
            }
        }
        throw new AssertionError("no problem at " + path + " among " + e.problems());
    }

    @Test
    void defaultsAreTheAwsDefaults() {
        ScenarioSpec s = new ScenarioLoader().load("s.yaml",
                ScalingSpecValidationTest.scenario("{type: predictive, metric: cpu, target: 50}"));
        ScalingPolicySpec.Predictive p = (ScalingPolicySpec.Predictive) ((Ec2AsgSpec) s.fleets().get(0)).scaling().get(0);
        assertEquals(PredictiveMode.FORECAST_ONLY, p.mode());
        assertEquals(300_000_000L, p.schedulingBuffer().micros());
        assertEquals(MaxCapacityBreach.HONOR, p.maxCapacityBreach());
        assertEquals(ForecasterKind.SEASONAL, p.forecaster());
        assertEquals("predictive-cpu", p.nameOr(0));
    }

    @Test
    void fieldsAreChecked() {
        assertEquals("expected a scheduling buffer from 0s to under 1h, found 1h",
                problem("{type: predictive, metric: cpu, target: 50, scheduling_buffer: 1h}", "[0].scheduling_buffer"));
        assertEquals("expected max_capacity_buffer only with max_capacity_breach: increase, found it with honor",
                problem("{type: predictive, metric: cpu, target: 50, max_capacity_buffer: 10}", "[0].max_capacity_buffer"));
        assertEquals("expected a percentage from 0 to 100, found 150", problem("{type: predictive, metric: cpu, "
                + "target: 50, max_capacity_breach: increase, max_capacity_buffer: 150}", "[0].max_capacity_buffer"));
        assertEquals("expected a load metric (cpu, request_count_per_target), found backlog_per_instance",
                problem("{type: predictive, metric: backlog_per_instance, target: 5}", "[0].metric"));
        assertEquals("expected a CPU target of at most 100 (percent), found 120",
                problem("{type: predictive, metric: cpu, target: 120}", "[0].target"));
        assertTrue(problem("{type: predictive, metric: cpu, target: 50, mode: forecast-and-sale}", "[0].mode")
                .startsWith("expected one of forecast-only, forecast-and-scale, found 'forecast-and-sale'"));
    }

    @Test
    void onlyOnePredictivePolicyMayScale() {
        assertEquals("expected at most one predictive policy in forecast-and-scale mode per group (the AWS rule), "
                + "found a second one (scaling[0] is one)", problem("{type: predictive, name: a, metric: cpu, target: 50, "
                + "mode: forecast-and-scale}\n      - {type: predictive, name: b, metric: cpu, target: 60, "
                + "mode: forecast-and-scale}", "[1].mode"));
    }

    @Test
    void aSeedCsvIsReadAndCheckedAgainstTheScenarioDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("load.csv"), "minute,load\n-2,100\n-1,120\n");
        Files.writeString(dir.resolve("bad.csv"), "minute,load\n-2,100\nx,1\n");
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, ScalingSpecValidationTest.scenario(
                "{type: predictive, metric: cpu, target: 50, history_csv: load.csv}"));
        ScenarioSpec s = new ScenarioLoader().load(good);
        ScalingPolicySpec.Predictive p = (ScalingPolicySpec.Predictive) ((Ec2AsgSpec) s.fleets().get(0)).scaling().get(0);
        LoadHistory h = LoadHistory.readCsv(p.historyCsv());
        assertEquals(2, h.minutes());
        assertEquals(110, h.hourlyMean(-1), 1e-9);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, ScalingSpecValidationTest.scenario(
                "{type: predictive, metric: cpu, target: 50, history_csv: bad.csv}"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(bad));
        assertTrue(e.getMessage().contains("history_csv: expected rows 'minute,load' (an integer minute, a load >= 0) "
                + "in bad.csv, found 'x,1' at line 3"), e.getMessage());
    }
}

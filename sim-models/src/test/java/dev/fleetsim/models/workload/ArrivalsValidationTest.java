package dev.fleetsim.models.workload;

import static dev.fleetsim.models.workload.ArrivalTestSupport.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.scenario.ArrivalsSpec;
import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arrival specs through the loader: one-line errors at the exact field, and the shapes that bind. */
class ArrivalsValidationTest {
    @TempDir
    Path dir;

    private static String fail(String arrivals) {
        return fail("s.yaml", arrivals);
    }

    private static String fail(String file, String arrivals) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().load(file, scenario(arrivals)));
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private static ArrivalsSpec load(String file, String arrivals) {
        ScenarioSpec s = new ScenarioLoader().load(file, scenario(arrivals));
        return s.workloads().get(0).arrivals();
    }

    @Test
    void diurnalRatioBelowOne() {
        assertEquals("s.yaml:5:44: workloads[0].arrivals.peak_to_trough: expected a ratio >= 1 (peak rate / trough rate), "
                + "found 0.5", fail("{type: diurnal, mean: 900/s, peak_to_trough: 0.5, peak_at: \"14:00\"}"));
    }

    @Test
    void diurnalPeakTime() {
        assertEquals("s.yaml:5:63: workloads[0].arrivals.peak_at: expected a time of day \"HH:MM\" from 00:00 to 23:59, "
                + "found '25:00'", fail("{type: diurnal, mean: 900/s, peak_to_trough: 3, peak_at: \"25:00\"}"));
        // Unquoted 14:00 is text to the YAML parser, so it works too.
        ArrivalsSpec.Diurnal d = (ArrivalsSpec.Diurnal) load("s.yaml",
                "{type: diurnal, mean: 900/s, peak_to_trough: 3, peak_at: 14:00}");
        assertEquals(14 * 3_600_000_000L, d.peakAtMicros());
        assertEquals(1.0, d.weekendFactor());
    }

    @Test
    void piecewiseSegmentsMustIncrease() {
        assertEquals("s.yaml:5:69: workloads[0].arrivals.segments[1].until: expected a time after segments[0].until (2h), "
                + "found 1h", fail("{type: piecewise, segments: [{until: 2h, rate: 1/s}, {until: 1h, rate: 2/s}]}"));
        assertEquals("s.yaml:5:33: workloads[0].arrivals.segments: expected at least one segment with a rate > 0, "
                + "found all rates 0", fail("{type: piecewise, segments: [{until: 2h, rate: 0/s}]}"));
        assertEquals("s.yaml:5:45: workloads[0].arrivals.segments[0].untl: unknown key 'untl' (did you mean 'until'?); "
                + "expected one of: rate, until", fail("{type: piecewise, segments: [{untl: 2h, rate: 1/s}]}"));
    }

    @Test
    void unknownTypeSuggestsTheClosest() {
        assertEquals("s.yaml:5:5: workloads[0].arrivals: unknown type 'diurnel' (did you mean 'diurnal'?); "
                + "expected one of: poisson, piecewise, diurnal, surge, mmpp, trace", fail("{type: diurnel, mean: 900/s}"));
    }

    @Test
    void surgeBaseAndWindows() {
        assertEquals("s.yaml:5:36: workloads[0].arrivals.base.type: expected a base process defined by a rate "
                + "(poisson, piecewise, diurnal, mmpp or surge), found trace",
                fail("{type: surge, base: {type: trace, file: x.csv, format: counts, interval: 1s},"
                        + " surges: [{at: 1h, duration: 1m, multiplier: 2}]}"));
        assertEquals("s.yaml:5:111: workloads[0].arrivals.surges[0].every: expected a period of at least the duration "
                + "(10m), found 5m", fail("{type: surge, base: {type: poisson, rate: 1/s},"
                        + " surges: [{at: 1h, duration: 10m, multiplier: 2, every: 5m}]}"));
        // Problems in the base are reported at the base's own paths.
        assertTrue(fail("{type: surge, base: {type: diurnal, mean: 1/s, peak_to_trough: 0, peak_at: \"1:00\"},"
                + " surges: [{at: 1h, duration: 1m, multiplier: 2}]}")
                .contains("workloads[0].arrivals.base.peak_to_trough: expected a ratio >= 1"));
    }

    @Test
    void mmppStatesAndTransitions() {
        assertEquals("s.yaml:5:28: workloads[0].arrivals.states: expected at least 2 states, found 1",
                fail("{type: mmpp, states: [{rate: 1/s, mean_sojourn: 1s}]}"));
        String three = "{type: mmpp, states: [{rate: 1/s, mean_sojourn: 1s}, {rate: 2/s, mean_sojourn: 1s},"
                + " {rate: 2/s, mean_sojourn: 1s}], transitions: ";
        assertEquals("s.yaml:5:145: workloads[0].arrivals.transitions[0]: expected probabilities summing to 1, "
                + "found a sum of 0.9", fail(three + "[[0, 0.5, 0.4], [1, 0, 0], [1, 0, 0]]}"));
        assertEquals("s.yaml:5:131: workloads[0].arrivals.transitions: expected every state reachable from every other, "
                + "found state 2 cut off", fail(three + "[[0, 1, 0], [1, 0, 0], [1, 0, 0]]}"));
        assertTrue(fail(three + "[[0.5, 0.5, 0], [1, 0, 0], [1, 0, 0]]}")
                .contains("transitions[0][0]: expected 0 (a jump always leaves its state; the time spent is mean_sojourn)"));
    }

    @Test
    void traceFormatAndOptions() {
        assertEquals("s.yaml:5:42: workloads[0].arrivals.format: expected timestamps or counts, found 'timestamp' "
                + "(did you mean 'timestamps'?)", fail("{type: trace, file: t.csv, format: timestamp}"));
        assertTrue(fail("{type: trace, file: t.csv, format: counts}")
                .contains("workloads[0].arrivals.interval: expected the length of one line's interval, like 1s or 1m, found nothing"));
        assertTrue(fail("{type: trace, file: t.csv, format: timestamps, time_scale: 0}")
                .contains("workloads[0].arrivals.time_scale: expected a factor > 0, found 0"));
    }

    @Test
    void traceFileIsResolvedAgainstTheScenarioDirectoryAndChecked() throws IOException {
        Path scenarioFile = dir.resolve("s.yaml");
        Files.createDirectories(dir.resolve("traces"));
        Files.writeString(dir.resolve("traces/ok.csv"), "\"id\", \"timestamp\"\n7,0.25\n8,1\n");
        ArrivalsSpec.Trace t = (ArrivalsSpec.Trace) load(scenarioFile.toString(),
                "{type: trace, file: traces/ok.csv, format: timestamps, loop: true}");
        assertEquals(dir.resolve("traces/ok.csv"), t.file());
        assertEquals(1.0, t.timeScale());

        String where = scenarioFile + ":5:29: workloads[0].arrivals.file: ";
        assertEquals(where + "expected a readable CSV trace, found no file at '" + dir.resolve("traces/missing.csv") + "'",
                fail(scenarioFile.toString(), "{type: trace, file: traces/missing.csv, format: timestamps}"));
        Files.writeString(dir.resolve("traces/header.csv"), "time,path\n0.5,/a\n");
        assertEquals(where + "expected a header line naming a 'timestamp' column (format timestamps), found 'time,path' ("
                + dir.resolve("traces/header.csv") + ":1)",
                fail(scenarioFile.toString(), "{type: trace, file: traces/header.csv, format: timestamps}"));
        Files.writeString(dir.resolve("traces/iso.csv"), "timestamp\n\n2024-05-01T10:00:00Z\n");
        assertEquals(where + "expected seconds from the start of the trace, like 12.5 in column 'timestamp', "
                + "found '2024-05-01T10:00:00Z' (" + dir.resolve("traces/iso.csv") + ":3)",
                fail(scenarioFile.toString(), "{type: trace, file: traces/iso.csv, format: timestamps}"));
        Files.writeString(dir.resolve("traces/counts.csv"), "second,count\n0,1.5\n");
        assertEquals(where + "expected a count (an integer >= 0) in column 'count', found '1.5' ("
                + dir.resolve("traces/counts.csv") + ":2)",
                fail(scenarioFile.toString(), "{type: trace, file: traces/counts.csv, format: counts, interval: 1s}"));
        assertEquals(where + "expected a readable CSV trace, found a directory at '" + dir.resolve("traces") + "'",
                fail(scenarioFile.toString(), "{type: trace, file: traces, format: counts, interval: 1s}"));
    }

    @Test
    void absoluteTracePathsStayAsWritten() throws IOException {
        Path trace = dir.resolve("abs.csv");
        Files.writeString(trace, "count\n3\n");
        ArrivalsSpec.Trace t = (ArrivalsSpec.Trace) load("elsewhere/s.yaml",
                "{type: trace, file: \"" + trace + "\", format: counts, interval: 1m}");
        assertEquals(trace, t.file());
    }
}

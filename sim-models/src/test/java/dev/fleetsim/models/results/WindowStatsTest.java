package dev.fleetsim.models.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.run.ProgressListener;
import dev.fleetsim.models.run.ScenarioRunner;
import dev.fleetsim.models.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics windows: which requests belong to a window, and what is reported for them. */
class WindowStatsTest {
    /** An M/M/2 at rho 0.9 with a 1 s timeout: some requests time out, so failures are counted too. */
    private static final String MM2 = """
            name: w
            horizon: 4h
            warmup: 10m
            replications: 3
            seed: 5
            workloads:
              - name: jobs
                arrivals: {type: poisson, rate: 18/s}
                service_time: {type: exponential, mean: 100ms}
                timeout: 1s
                target: pool
            fleets:
              - name: pool
                type: fixed-pool
                servers: 2
            """;

    private static Report run(String yaml) {
        return new ScenarioRunner(2).run(new ScenarioLoader().load("s.yaml", yaml), ProgressListener.NONE);
    }

    private static Summary stat(Report r, String... path) {
        Summary s = r.statistics().get(List.of(path));
        assertTrue(s != null, "no statistic " + String.join(".", path) + " in " + r.statistics().keySet());
        return s;
    }

    @Test
    void timeWindowMembershipIsHalfOpenAndRepeats() {
        TimeWindow once = new TimeWindow("a", 10, 20, TimeWindow.ONCE);
        assertFalse(once.contains(9));
        assertTrue(once.contains(10));
        assertTrue(once.contains(19));
        assertFalse(once.contains(20));
        assertFalse(once.contains(110));
        TimeWindow daily = new TimeWindow("b", 10, 20, 100);
        assertTrue(daily.contains(110));
        assertTrue(daily.contains(219));
        assertFalse(daily.contains(120));
        assertFalse(daily.contains(5));
    }

    @Test
    void aWindowCoveringTheMeasuredPeriodGivesExactlyTheOverallStatistics() {
        Report r = run(MM2 + "windows:\n  - {name: all, from: 0s, to: 4h}\n");
        assertTrue(stat(r, "requests", "timed_out").max() > 0, "the case must have failures");
        for (ReplicationResult rep : r.perReplication()) {
            Map<List<String>, Double> v = ReportBuilder.valuesOf(rep).asMap();
            assertEquals(v.get(List.of("requests", "total")), v.get(List.of("windows", "all", "requests", "total")));
            assertEquals(v.get(List.of("requests", "served")), v.get(List.of("windows", "all", "requests", "served")));
            double failed = v.get(List.of("requests", "throttled")) + v.get(List.of("requests", "dropped"))
                    + v.get(List.of("requests", "timed_out")) + v.get(List.of("requests", "interrupted"));
            assertEquals(failed, v.get(List.of("windows", "all", "requests", "failed")));
            assertEquals(v.get(List.of("error_ratio")), v.get(List.of("windows", "all", "error_ratio")));
            for (String p : List.of("p50", "p90", "p99", "p999", "max", "mean")) {
                assertEquals(v.get(List.of("latency_ms", p)), v.get(List.of("windows", "all", "latency_ms", p)), p);
            }
        }
        assertEquals(stat(r, "latency_ms", "p99"), stat(r, "windows", "all", "latency_ms", "p99"));
    }

    @Test
    void complementaryRepeatingWindowsPartitionTheRequests() {
        Report r = run(MM2 + """
                windows:
                  - {name: first_half, from: 0s, to: 30m, every: 1h}
                  - {name: second_half, from: 30m, to: 60m, every: 1h}
                """);
        for (ReplicationResult rep : r.perReplication()) {
            ResultValues v = rep.values();
            for (String k : List.of("total", "served")) {
                assertEquals(v.get("requests", k),
                        v.get("windows", "first_half", "requests", k) + v.get("windows", "second_half", "requests", k), k);
            }
            assertTrue(v.get("windows", "first_half", "requests", "total") > 0);
            assertEquals(v.get("requests", "served"), rep.windowLatency().get("first_half").count()
                    + rep.windowLatency().get("second_half").count());
        }
    }

    /**
     * One server, constant 1 s service, warm-up 5 s; a trace with requests at 2, 10, 10, 10, 15, 20
     * and 30 s. The three at 10 s finish at 11, 12 and 13 s (latencies 1, 2, 3 s); the one at 15 s
     * finds the server free (1 s). Window [10 s, 20 s) holds four requests: latencies 1, 2, 3, 1 s.
     * Window [0, 5 s) every 10 s holds 10, 10, 10, 20 and 30 s, but not 2 s (before the warm-up).
     */
    @Test
    void handDerivedTraceOnOneServer(@TempDir Path dir) throws IOException {
        Path trace = dir.resolve("t.csv");
        Files.writeString(trace, "timestamp\n2\n10\n10\n10\n15\n20\n30\n");
        Report r = run("""
                name: hand
                horizon: 60s
                warmup: 5s
                replications: 2
                workloads:
                  - name: jobs
                    arrivals: {type: trace, file: %s, format: timestamps}
                    service_time: {type: constant, value: 1s}
                    target: pool
                fleets:
                  - {name: pool, type: fixed-pool, servers: 1}
                windows:
                  - {name: ten_to_twenty, from: 10s, to: 20s}
                  - {name: tens, from: 0s, to: 5s, every: 10s}
                """.formatted(trace.toAbsolutePath()));
        assertEquals(6, stat(r, "requests", "total").mean());
        assertEquals(4, stat(r, "windows", "ten_to_twenty", "requests", "total").mean());
        assertEquals(4, stat(r, "windows", "ten_to_twenty", "requests", "served").mean());
        assertEquals(0, stat(r, "windows", "ten_to_twenty", "requests", "failed").mean());
        assertEquals(3000, stat(r, "windows", "ten_to_twenty", "latency_ms", "max").mean(), 3);
        assertEquals(1750, stat(r, "windows", "ten_to_twenty", "latency_ms", "mean").mean(), 2);
        assertEquals(1000, stat(r, "windows", "ten_to_twenty", "latency_ms", "p50").mean(), 1);
        assertEquals(5, stat(r, "windows", "tens", "requests", "total").mean());
        // 1, 2, 3 s, then 1 s at 20 s and at 30 s.
        assertEquals(1600, stat(r, "windows", "tens", "latency_ms", "mean").mean(), 2);
        assertEquals(0, stat(r, "windows", "ten_to_twenty", "latency_ms", "max").ci95High()
                - stat(r, "windows", "ten_to_twenty", "latency_ms", "max").ci95Low(), 1e-9, "a trace is replayed exactly");
    }

    /** Diurnal traffic on a pool of 5 servers of 10/s: rho 0.9 at the 14:00 peak (45/s), 0.3 at the 02:00 trough. */
    private static final String DIURNAL = """
            name: d
            horizon: 1d
            warmup: 1h
            replications: 3
            workloads:
              - name: web
                arrivals: {type: diurnal, mean: 30/s, peak_to_trough: 3, peak_at: "14:00"}
                service_time: {type: exponential, mean: 100ms}
                target: pool
            fleets:
              - {name: pool, type: fixed-pool, servers: 5}
            windows:
              - {name: peak, from: 13h, to: 15h}
              - {name: trough, from: 1h, to: 3h}
            """;

    @Test
    void thePeakWindowHasAHigherP99ThanTheTrough() {
        Report r = run(DIURNAL);
        // At rho 0.3 the p99 is about the service time's (460 ms); at rho 0.9 queueing adds to it.
        assertTrue(stat(r, "windows", "peak", "latency_ms", "p99").min()
                > 1.5 * stat(r, "windows", "trough", "latency_ms", "p99").max(), r.statistics().toString());
        assertTrue(stat(r, "windows", "peak", "requests", "total").mean()
                > 2.5 * stat(r, "windows", "trough", "requests", "total").mean());
    }

    @Test
    void anSloOnAWindowIsJudgedOnThatWindowsRequests() {
        Report whole = run(DIURNAL + "slo: {latency_p99: 780ms}\n");
        Report peak = run(DIURNAL + "slo: {latency_p99: 780ms, window: peak}\n");
        double overall = stat(whole, "latency_ms", "p99").max();
        double atPeak = stat(peak, "windows", "peak", "latency_ms", "p99").min();
        assertTrue(overall < 780 && atPeak > 780, "the case needs overall p99 < 780 ms < peak p99: " + overall + ", " + atPeak);
        assertNull(whole.slo().window());
        assertTrue(whole.slo().held());
        assertEquals("peak", peak.slo().window());
        assertFalse(peak.slo().held());
        SloReport.Objective o = peak.slo().objectives().get(0);
        assertEquals(0, o.replicationsHeld());
        assertTrue(o.actual() > 780);
    }

    @Test
    void withoutWindowsNoWindowKeysAppear() {
        Report r = run(MM2);
        assertFalse(r.statistics().keySet().stream().anyMatch(k -> k.get(0).equals("windows")));
        assertTrue(r.perReplication().get(0).windowLatency().isEmpty());
    }
}

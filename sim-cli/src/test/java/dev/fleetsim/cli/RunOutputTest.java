package dev.fleetsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOutputTest {
    @TempDir
    Path tmp;

    private static final String SCENARIO = """
            name: out
            horizon: 5m
            warmup: 1m
            replications: 3
            seed: 11
            workloads:
              - name: jobs
                arrivals: {type: poisson, rate: 25/s}
                service_time: {type: exponential, mean: 100ms}
                target: pool
                timeout: 400ms
            fleets:
              - {name: pool, type: fixed-pool, servers: 3}
            slo: {latency_p99: 1s, max_error_ratio: 50%}
            """;

    private Path scenario() throws IOException {
        Path p = tmp.resolve("s.yaml");
        Files.writeString(p, SCENARIO);
        return p;
    }

    @Test
    void outWritesEveryFileAndRefusesToOverwriteWithoutForce() throws IOException {
        Path s = scenario();
        Path out = tmp.resolve("run1");
        CliTestSupport.Result r = CliTestSupport.run("run", s.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("report.json", "report.txt", "replications.csv", "timeseries.csv", "scaling-activities.csv",
                "scenario.yaml")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertEquals(r.out(), Files.readString(out.resolve("report.txt")));
        List<String> ts = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals("replication,minute,arrivals_per_s,completed_per_s,in_flight,p50_ms,p99_ms,capacity.pool,desired.pool",
                ts.get(0));
        assertEquals("replication,time_s,fleet,policy,from,to,reason",
                Files.readString(out.resolve("scaling-activities.csv")).strip(), "a fixed pool never scales");
        assertEquals(1 + 3 * 5, ts.size(), "one row per replication and minute");

        String before = Files.readString(out.resolve("report.json"));
        CliTestSupport.Result again = CliTestSupport.run("run", s.toString(), "--seed", "12", "--out", out.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("already holds files; choose another or add --force"), again.err());
        assertEquals(before, Files.readString(out.resolve("report.json")), "previous run untouched");

        CliTestSupport.Result forced = CliTestSupport.run("run", s.toString(), "--seed", "12", "--out", out.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertFalse(before.equals(Files.readString(out.resolve("report.json"))));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of("run1", "s.yaml"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging directories left behind");
        }
    }

    @Test
    void forceReplacesOnlyFleetsimsOwnFilesAndRemovesOnlyItsStaleOnes() throws IOException {
        Path s = scenario();
        Path out = tmp.resolve("p");
        Files.createDirectories(out.resolve("sub"));
        Files.writeString(out.resolve("thesis.txt"), "important\n");
        Files.writeString(out.resolve("sub/notes.txt"), "mine\n");
        Files.writeString(out.resolve("forecast-hours.csv"), "an older predictive run's\n");
        Files.writeString(out.resolve("overrides.txt"), "written by an older fleetsim\n");
        Files.writeString(out.resolve("forecast-hours.csv.bak"), "the user's copy\n");
        Files.writeString(out.resolve("report.json"), "an older run's\n");

        CliTestSupport.Result refused = CliTestSupport.run("run", s.toString(), "--out", out.toString());
        assertEquals(2, refused.exit());
        assertEquals("fleetsim: --out " + out + ": the directory already holds files; choose another or add --force to "
                + "replace them", refused.err().strip());
        assertEquals("an older run's\n", Files.readString(out.resolve("report.json")));

        CliTestSupport.Result r = CliTestSupport.run("run", s.toString(), "--out", out.toString(), "--force");
        assertEquals(0, r.exit(), r.err());
        assertEquals("important\n", Files.readString(out.resolve("thesis.txt")));
        assertEquals("mine\n", Files.readString(out.resolve("sub/notes.txt")));
        assertEquals("the user's copy\n", Files.readString(out.resolve("forecast-hours.csv.bak")));
        assertTrue(Files.readString(out.resolve("report.json")).contains("\"scenario\""));
        try (var left = Files.list(out)) {
            assertEquals(List.of("command.txt", "forecast-hours.csv.bak", "replications.csv", "report.html", "report.json",
                    "report.txt", "scaling-activities.csv", "scenario.yaml", "sub", "thesis.txt", "timeseries.csv"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "fleetsim's stale forecast-hours.csv and overrides.txt are gone, everything else stays, no temporary files");
        }
        try (var left = Files.list(tmp)) {
            assertEquals(List.of("p", "s.yaml"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "nothing staged next to the directory");
        }
    }

    @Test
    void forceIntoTheCurrentDirectoryKeepsTheScenarioAndWhatElseIsThere() throws IOException {
        Path s = scenario();
        Files.writeString(tmp.resolve("thesis.txt"), "important\n");
        CliTestSupport.Result r = CliTestSupport.run("run", s.toString(), "--out", tmp.toString(), "--force");
        assertEquals(0, r.exit(), r.err());
        assertEquals("important\n", Files.readString(tmp.resolve("thesis.txt")));
        assertEquals(SCENARIO, Files.readString(s));
        assertTrue(Files.isRegularFile(tmp.resolve("report.html")));
    }

    @Test
    void aDirectoryWhereAnOutputFileGoesIsRefusedBeforeRunning() throws IOException {
        Path out = tmp.resolve("p");
        Files.createDirectories(out.resolve("report.json"));
        CliTestSupport.Result r = CliTestSupport.run("run", scenario().toString(), "--out", out.toString(), "--force");
        assertEquals(2, r.exit());
        assertEquals("fleetsim: --out " + out + ": report.json is a directory; fleetsim writes a file of that name, "
                + "so move it away or choose another directory", r.err().strip());
        assertTrue(Files.isDirectory(out.resolve("report.json")));
    }

    @Test
    void commandTxtRecordsEveryOptionThatChangesResults() throws IOException {
        Path s = scenario();
        Path out = tmp.resolve("run");
        CliTestSupport.Result r = CliTestSupport.run("run", s.toString(), "--seed", "12", "--replications", "2",
                "--set", "fleets[pool].servers=4", "--set", "name=it's", "--threads", "1", "--format", "json",
                "--max-events", "100000000", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("fleetsim run " + s + " --seed 12 --replications 2 --set 'fleets[pool].servers=4' --set 'name=it'\\''s'\n",
                Files.readString(out.resolve("command.txt")));
        assertEquals(SCENARIO, Files.readString(out.resolve("scenario.yaml")));
        assertFalse(Files.exists(out.resolve("overrides.txt")));

        Path plain = tmp.resolve("plain");
        assertEquals(0, CliTestSupport.run("run", s.toString(), "--out", plain.toString()).exit());
        assertEquals("fleetsim run " + s + "\n", Files.readString(plain.resolve("command.txt")));
    }

    @Test
    void aPredictivePolicyWritesItsForecastAgainstTheMeasuredLoadPerHour() throws IOException {
        Path s = tmp.resolve("p.yaml");
        Files.writeString(s, """
                name: forecast-out
                horizon: 30h
                warmup: 25h            # forecasts start after 24 h of history; hours 25..29 measured
                replications: 2
                seed: 5
                workloads:
                  - name: web
                    arrivals: {type: diurnal, mean: 8/s, peak_to_trough: 3, peak_at: "14:00"}
                    service_time: {type: exponential, mean: 100ms}
                    target: web
                fleets:
                  - name: web
                    type: ec2-asg
                    instance_types: [{type: c6g.large}]
                    capacity: {min: 1, max: 10, desired: 2}
                    scaling:
                      - {type: target-tracking, metric: cpu, target: 50}
                      - {type: predictive, name: ahead, metric: cpu, target: 50, mode: forecast-only}
                """);
        Path out = tmp.resolve("pred");
        CliTestSupport.Result r = CliTestSupport.run("run", s.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("forecast-hours.csv"));
        assertEquals("replication,fleet,policy,mode,hour_start_s,forecast_load,actual_load,forecast_capacity,floor,"
                + "desired_before,asked_for_more", rows.get(0));
        assertEquals(1 + 2 * 5, rows.size(), "one row per replication and whole forecast hour in the window");
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            assertEquals("web", c[1]);
            assertEquals("ahead", c[2]);
            assertEquals("forecast-only", c[3]);
            long hour = Long.parseLong(c[4]) / 3600;
            assertTrue(hour >= 25 && hour < 30, row);
            double forecast = Double.parseDouble(c[5]);
            assertTrue(Double.parseDouble(c[6]) > 0, "the hour's measured load is filled in: " + row);
            assertEquals((int) Math.ceil(forecast / 50), Integer.parseInt(c[7]), "capacity = ceil(load / target): " + row);
            assertEquals(Integer.parseInt(c[8]) > Integer.parseInt(c[9]), Boolean.parseBoolean(c[10]), row);
        }
    }

    @Test
    void csvHasOneRowPerReplicationAndSummaryRows() throws IOException {
        CliTestSupport.Result r = CliTestSupport.run("run", scenario().toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("replication,requests.total,requests.served,"), lines.get(0));
        assertTrue(lines.get(0).contains(",latency_ms.p99,"), lines.get(0));
        assertTrue(lines.get(0).contains(",fleets.pool.utilization,"), lines.get(0));
        assertEquals(List.of("0", "1", "2", "mean", "ci95_low", "ci95_high", "min", "max"),
                lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList());
    }

    @Test
    void failOnSloExitsThreeOnlyWhenAnObjectiveIsMissed() throws IOException {
        Path s = scenario();
        assertEquals(0, CliTestSupport.run("run", s.toString(), "--fail-on-slo").exit());
        CliTestSupport.Result missed = CliTestSupport.run("run", s.toString(), "--fail-on-slo",
                "--set", "slo.latency_p99=150ms");
        assertEquals(3, missed.exit(), missed.err());
        assertTrue(missed.out().contains("SLO MISSED"), missed.out());
        assertEquals(0, CliTestSupport.run("run", s.toString(), "--set", "slo.latency_p99=150ms").exit(),
                "without --fail-on-slo a miss is reported, not fatal");
        CliTestSupport.Result json = CliTestSupport.run("run", s.toString(), "--format", "json", "--set", "slo.latency_p99=150ms");
        var slo = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("slo");
        assertFalse(slo.get("held").asBoolean());
        var p99 = slo.get("objectives").get("latency_p99");
        assertEquals("150ms", p99.get("target").asText());
        assertEquals("[false,false,false]", p99.get("per_replication").toString());
        assertTrue(slo.get("objectives").get("max_error_ratio").get("held").asBoolean());
    }

    @Test
    void timeoutsAreCountedAsTimedOut() throws IOException {
        CliTestSupport.Result r = CliTestSupport.run("run", scenario().toString(), "--format", "json",
                "--set", "workloads[jobs].timeout=50ms");
        assertEquals(0, r.exit(), r.err());
        // With 3 servers at 83% load and 100 ms mean service, many requests exceed 50 ms.
        assertTrue(r.out().matches("(?s).*\"timed_out\" : \\{\\s*\"mean\" : [1-9].*"), r.out());
    }

    @Test
    void validateAcceptsOverrides() throws IOException {
        Path s = scenario();
        CliTestSupport.Result bad = CliTestSupport.run("validate", s.toString(), "--set", "fleets[pool].servers=0");
        assertEquals(2, bad.exit());
        assertEquals("--set fleets[pool].servers=0: fleets[0].servers: expected an integer >= 1, found 0", bad.err().strip());
    }
}

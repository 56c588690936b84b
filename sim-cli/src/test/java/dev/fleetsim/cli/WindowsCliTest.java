package dev.fleetsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics windows through the CLI: rendering, determinism, errors, sweeps. */
class WindowsCliTest {
    @TempDir
    Path tmp;

    private static final String SMALL = """
            name: small
            horizon: 2h
            warmup: 10m
            replications: 4
            seed: 3
            workloads:
              - name: jobs
                arrivals: {type: poisson, rate: 25/s}
                service_time: {type: exponential, mean: 100ms}
                timeout: 1s
                target: pool
            fleets:
              - {name: pool, type: fixed-pool, servers: 3}
            windows:
              - {name: first_half_of_every_hour, from: 0s, to: 30m, every: 1h}
              - {name: last, from: 90m, to: 2h}
            """;

    private Path write(String text) throws IOException {
        Path p = tmp.resolve("s.yaml");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void theHtmlReportSummarisesEachWindowInItsUnits() throws IOException {
        Path s = write(SMALL);
        Path out = tmp.resolve("report");
        CliTestSupport.Result r = CliTestSupport.run("run", "--out", out.toString(), s.toString());
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("window last: latency p99"), "the summary has each window's p99");
        assertTrue(html.contains("window first_half_of_every_hour: error ratio"), "and its error ratio");
        // In the table of every statistic a window's latency carries its unit like the overall one.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("windows\\.last\\.latency_ms\\.p99</td><td[^>]*>([^<]*)<")
                .matcher(html);
        assertTrue(m.find(), "a row for windows.last.latency_ms.p99");
        assertTrue(m.group(1).endsWith("ms") || m.group(1).endsWith(" s"), m.group(1));
    }

    @Test
    void jsonWithWindowsIsByteIdenticalForTheSameSeedWhateverTheThreadCount() throws IOException {
        Path s = write(SMALL);
        String one = CliTestSupport.run("run", "--format", "json", "--threads", "1", s.toString()).out();
        String again = CliTestSupport.run("run", "--format", "json", "--threads", "1", s.toString()).out();
        String two = CliTestSupport.run("run", "--format", "json", "--threads", "2", s.toString()).out();
        assertTrue(one.contains("\"first_half_of_every_hour\""), one);
        assertEquals(one, again);
        assertEquals(one, two);
        JsonNode doc = new ObjectMapper().readTree(one);
        JsonNode last = doc.get("windows").get("last");
        assertTrue(last.get("requests").get("total").get("mean").asDouble() > 0);
        assertTrue(last.get("latency_ms").get("p99").has("ci95_low"));
        assertTrue(last.has("error_ratio"));
    }

    @Test
    void tableShowsASectionPerWindowWithinEightyColumns() throws IOException {
        Path s = write(SMALL + "slo: {latency_p99: 10s, window: first_half_of_every_hour}\n");
        CliTestSupport.Result r = CliTestSupport.run("run", s.toString());
        assertEquals(0, r.exit(), r.err());
        r.out().lines().forEach(line -> assertTrue(line.length() <= 80, "too wide: " + line));
        assertTrue(r.out().contains("\nwindow first_half_of_every_hour\n"), r.out());
        assertTrue(r.out().contains("\nwindow last "), r.out());
        assertTrue(r.out().contains("  latency_ms.p99 "), r.out());
        assertTrue(r.out().contains("SLO HELD in window first_half_of_every_hour"), r.out());
    }

    @Test
    void jsonSaysWhichWindowTheSloJudged() throws IOException {
        Path s = write(SMALL + "slo: {latency_p99: 10s, window: last}\n");
        JsonNode doc = new ObjectMapper().readTree(CliTestSupport.run("run", "--format", "json", s.toString()).out());
        assertEquals("last", doc.get("slo").get("window").asText());
        JsonNode whole = new ObjectMapper().readTree(CliTestSupport.run("run", "--format", "json",
                write(SMALL + "slo: {latency_p99: 10s}\n").toString()).out());
        assertFalse(whole.get("slo").has("window"));
    }

    @Test
    void aBadWindowIsALocatedErrorWithExitTwo() throws IOException {
        Path s = write(SMALL.replace("from: 90m, to: 2h", "from: 3h, to: 4h"));
        CliTestSupport.Result r = CliTestSupport.run("run", s.toString());
        assertEquals(2, r.exit());
        assertEquals(s + ":16:5: windows[1]: window [3h, 4h) would measure nothing: it has no occurrence in the measured "
                + "period [10m, 2h) (warmup to horizon)", r.err().strip());
        assertEquals(2, CliTestSupport.run("validate", s.toString()).exit());
    }

    @Test
    void csvHasTheWindowColumns() throws IOException {
        CliTestSupport.Result r = CliTestSupport.run("run", "--format", "csv", write(SMALL).toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().findFirst().orElseThrow().contains("windows.last.latency_ms.p99"), r.out());
    }

    @Test
    void sweepCanShowAWindowStatistic() throws IOException {
        Path s = write(SMALL.replace("replications: 4", "replications: 2"));
        CliTestSupport.Result r = CliTestSupport.run("sweep", s.toString(), "--param", "fleets[pool].servers=3,4",
                "--show", "windows.last.latency_ms.p99", "--out", tmp.resolve("sweep").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("windows.last.latency_ms.p99"), r.out());
    }
}

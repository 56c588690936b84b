package dev.fleetsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetsim.cli.compare.MetricDifference;
import dev.fleetsim.cli.compare.PairedComparison;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.run.ScenarioRunner;
import dev.fleetsim.models.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path tmp;

    /** An M/M/c queue near saturation: latency is noisy from replication to replication. */
    private static String pool(int servers, double price) {
        return pool(servers, price, 100);
    }

    private static String pool(int servers, double price, int serviceMs) {
        return """
                name: pool-%d
                horizon: 20m
                warmup: 2m
                replications: 6
                seed: 21
                workloads:
                  - name: jobs
                    arrivals: {type: poisson, rate: 36/s}
                    service_time: {type: exponential, mean: %dms}
                    target: pool
                fleets:
                  - {name: pool, type: fixed-pool, servers: %d, price_per_server_hour: %s}
                """.formatted(servers, serviceMs, servers, price);
    }

    private Path write(String name, String yaml) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    @Test
    void comparingAScenarioWithItselfGivesZeroDifferencesOfZeroWidth() throws IOException {
        Path a = write("a.yaml", pool(4, 0.1));
        CliTestSupport.Result r = CliTestSupport.run("compare", a.toString(), a.toString(), "--format", "json",
                "--replications", "3");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(3, json.get("replications").asInt());
        assertEquals("B and A give identical results: every difference is 0 in every replication.",
                json.get("summary").asText());
        int checked = 0;
        for (JsonNode metric : leaves(json.get("metrics"))) {
            JsonNode d = metric.get("difference");
            for (String f : List.of("mean", "ci95_low", "ci95_high", "min", "max")) {
                assertEquals(0.0, d.get(f).asDouble(), f + " of " + metric);
            }
            assertFalse(metric.get("significant").asBoolean());
            checked++;
        }
        assertTrue(checked > 20, "every metric checked: " + checked);
    }

    private static List<JsonNode> leaves(JsonNode node) {
        if (node.has("difference")) return List.of(node);
        List<JsonNode> out = new java.util.ArrayList<>();
        node.elements().forEachRemaining(n -> out.addAll(leaves(n)));
        return out;
    }

    @Test
    void commonRandomNumbersMakeThePairedIntervalNarrowerThanTheUnpairedOne() throws IOException {
        // Service 10% faster: both runs see the same arrivals and the same service-time draws
        // (scaled), so their latencies move together across replications and the paired
        // difference is much less noisy than the difference of two independent means.
        ScenarioLoader loader = new ScenarioLoader();
        Report a = new ScenarioRunner(2).run(loader.load(write("a.yaml", pool(5, 0.1, 100)), List.of()), (d, t) -> {});
        Report b = new ScenarioRunner(2).run(loader.load(write("b.yaml", pool(5, 0.1, 90)), List.of()), (d, t) -> {});
        PairedComparison c = new PairedComparison(a, b);
        for (String[] path : new String[][] {{"latency_ms", "mean"}, {"latency_ms", "p99"}}) {
            MetricDifference m = c.metric(path);
            assertNotNull(m);
            assertTrue(m.difference().halfWidth() < 0.75 * m.unpairedHalfWidth(),
                        String.join(".", path) + ": paired " + m.difference().halfWidth() + " vs unpaired " + m.unpairedHalfWidth());
            assertTrue(m.significant() && m.difference().mean() < 0, "faster service lowers latency");
        }
        assertEquals(0.0, c.metric("requests", "total").difference().halfWidth(), "same arrivals in both");
    }

    @Test
    void tableStartsWithThePlainSentenceAndOutWritesHtmlJsonAndText() throws IOException {
        Path a = write("a.yaml", pool(4, 0.1));
        Path b = write("b.yaml", pool(5, 0.1));
        Path out = tmp.resolve("cmp");
        CliTestSupport.Result r = CliTestSupport.run("compare", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("A: pool-4 (" + a + ")", lines.get(0));
        assertEquals("B: pool-5 (" + b + ")", lines.get(1));
        String sentence = lines.get(4);
        assertTrue(sentence.matches("B costs 25% more \\(±0\\.0%\\) and lowers p99 by [0-9.]+ ms \\(±[0-9.]+ ms\\)\\."),
                sentence);
        assertEquals(r.out(), Files.readString(out.resolve("compare.txt")));
        // Metric rows fit 80 columns, and a name too long for its column is shown whole on its own line.
        List<String> rows = lines.subList(lines.indexOf(lines.stream().filter(l -> l.startsWith("metric (mean)")).findFirst()
                .orElseThrow()), lines.size());
        rows.forEach(l -> assertTrue(l.length() <= 80, "too wide: " + l));
        assertTrue(rows.contains("fleets.pool.wait_probability"), r.out());
        assertFalse(r.out().contains(".."), r.out());
        JsonNode json = new ObjectMapper().readTree(Files.readString(out.resolve("compare.json")));
        assertEquals(sentence, json.get("summary").asText());
        assertEquals(0.25, json.at("/metrics/cost_usd/total/relative_difference").asDouble(), 1e-9);
        String html = Files.readString(out.resolve("compare.html"));
        assertTrue(html.contains(sentence.replace("(", "(")), "the sentence heads the page");
        assertTrue(html.contains("<figure id=\"headline-differences\">") && html.contains("<figure id=\"latency-cdf\">"));

        Files.writeString(out.resolve("notes.md"), "mine");
        Files.createDirectories(out.resolve("sub"));
        Files.writeString(out.resolve("report.json"), "a run's, not compare's");
        CliTestSupport.Result again = CliTestSupport.run("compare", a.toString(), b.toString(), "--out", out.toString(),
                "--force");
        assertEquals(html, Files.readString(out.resolve("compare.html")), "same inputs, same bytes");
        assertEquals(0, again.exit());
        assertEquals("mine", Files.readString(out.resolve("notes.md")), "--force replaces only compare's own files");
        assertEquals("a run's, not compare's", Files.readString(out.resolve("report.json")));
        assertTrue(Files.isDirectory(out.resolve("sub")));
        try (var left = Files.list(out)) {
            assertEquals(List.of("compare.html", "compare.json", "compare.txt", "notes.md", "report.json", "sub"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left behind");
        }
    }

    @Test
    void setBChangesOnlyBAndTheHeaderSaysSo() throws IOException {
        Path a = write("a.yaml", pool(4, 0.1));
        CliTestSupport.Result r = CliTestSupport.run("compare", a.toString(), a.toString(), "--replications", "2",
                "--set-b", "fleets[pool].servers=5", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(a.toString(), json.at("/a/source").asText());
        assertEquals(a + " --set-b fleets[pool].servers=5", json.at("/b/source").asText());
        assertEquals(0.25, json.at("/metrics/cost_usd/total/relative_difference").asDouble(), 1e-9, "5 servers cost 25% more");
        assertTrue(json.at("/metrics/latency_ms/p99/difference/mean").asDouble() < 0);
    }

    @Test
    void badInputIsOneLineWithExitCode2() throws IOException {
        Path a = write("a.yaml", pool(4, 0.1));
        CliTestSupport.Result missing = CliTestSupport.run("compare", a.toString(), tmp.resolve("nope.yaml").toString());
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        CliTestSupport.Result one = CliTestSupport.run("compare", a.toString(), a.toString(), "--replications", "1");
        assertEquals(2, one.exit());
        assertEquals("fleetsim: --replications: a paired interval needs at least 2, found 1", one.err().strip());
        CliTestSupport.Result single = CliTestSupport.run("compare", a.toString());
        assertEquals(2, single.exit());
        assertTrue(single.err().startsWith("fleetsim: Missing required parameter: 'B'"), single.err());
    }
}

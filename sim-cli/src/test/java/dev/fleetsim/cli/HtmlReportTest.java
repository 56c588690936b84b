package dev.fleetsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.cli.html.HtmlReport;
import dev.fleetsim.models.results.FleetSeries;
import dev.fleetsim.models.results.MinuteGauges;
import dev.fleetsim.models.results.ReplicationResult;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.run.ScenarioRunner;
import dev.fleetsim.models.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @TempDir
    Path tmp;

    /** A fixed pool: no gauges beyond capacity, nothing billed. */
    private static final String POOL = """
            name: pool-only
            horizon: 10m
            warmup: 1m
            replications: 2
            seed: 3
            workloads:
              - name: jobs
                arrivals: {type: poisson, rate: 20/s}
                service_time: {type: exponential, mean: 100ms}
                target: pool
            fleets:
              - {name: pool, type: fixed-pool, servers: 4}
            """;

    static Path resource(Path dir, String name) throws IOException {
        Path p = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = HtmlReportTest.class.getResourceAsStream(name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private static List<String> figureIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<figure id=\"([^\"]+)\">\\s*<svg ").matcher(html);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    @Test
    void reportIsSelfContainedByteIdenticalAndChartsTheGroupsData() throws IOException {
        Path scenario = resource(tmp, "/report/spot-asg.yaml");
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, CliTestSupport.run("run", scenario.toString(), "--out", a.toString()).exit());
        assertEquals(0, CliTestSupport.run("run", scenario.toString(), "--out", b.toString(), "--threads", "1").exit());
        String html = Files.readString(a.resolve("report.html"));
        assertEquals(html, Files.readString(b.resolve("report.html")), "same inputs, same bytes");

        assertEquals(List.of("capacity-web", "latency-per-minute", "latency-cdf", "cost"), figureIds(html));
        assertTrue(html.indexOf("SLO missed") < html.indexOf("<figure"), "verdict before the charts");
        for (String legend : List.of(">in service<", ">desired<", ">pending<", ">Spot<", ">On-Demand<",
                ">scaling action<", ">Spot interruption<", ">SLO p99 500 ms<", ">spot (purchase)<")) {
            assertTrue(html.contains(legend), legend);
        }
        assertFalse(html.contains(">warm pool<"), "a group with Spot has no warm pool (AWS), so no warm-pool series");
        // Nothing fetched from anywhere: no external scripts, styles, images or fonts.
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*['\"]?(https?:)?//").matcher(html).find());
        assertFalse(html.contains("<link") || html.contains("@import") || html.contains("url(http"));
    }

    @Test
    void aFixedPoolGetsCapacityAndLatencyChartsButNoCostChartWhenNothingIsBilled() throws IOException {
        Path scenario = tmp.resolve("pool.yaml");
        Files.writeString(scenario, POOL);
        Path out = tmp.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(List.of("capacity-pool", "latency-per-minute", "latency-cdf"), figureIds(html));
        assertTrue(html.contains("No SLO set for this scenario"));
        assertFalse(html.contains(">pending<"));
    }

    @Test
    void lambdaConcurrencyAndColdStartsAreChartedWhenAFleetWritesThem() throws IOException {
        Path scenario = tmp.resolve("pool.yaml");
        Files.writeString(scenario, POOL);
        Report report = new ScenarioRunner(1).run(new ScenarioLoader().load(scenario, List.of()), (d, t) -> {});
        ReplicationResult first = report.perReplication().get(0);
        FleetSeries.Recorder gauges = new FleetSeries.Recorder();
        for (int m = 0; m < first.minutes().size(); m++) {
            MinuteGauges g = gauges.forFleet("pool");
            g.level(MinuteGauges.CONCURRENCY, 3 + m % 4);
            g.count(MinuteGauges.COLD_STARTS, m);
            gauges.endMinute();
        }
        ReplicationResult withGauges = new ReplicationResult(first.replication(), first.values(), first.latency(),
                first.fleetNames(), first.minutes(), first.scalingActivities(), first.forecastHours(), first.eventsRun(),
                gauges.build());
        List<ReplicationResult> reps = new ArrayList<>(report.perReplication());
        reps.set(0, withGauges);
        Report changed = new Report(report.scenario(), report.seed(), report.replications(), report.horizonSeconds(),
                report.warmupSeconds(), report.statistics(), report.pooledLatencyMs(), report.slo(), reps);

        String html = new HtmlReport().render(changed);
        assertEquals(List.of("capacity-pool", "latency-per-minute", "lambda-pool", "latency-cdf"), figureIds(html));
        assertTrue(html.contains(">concurrency<") && html.contains(">cold starts<"));
        assertFalse(new HtmlReport().render(report).contains("lambda-pool"));
    }
}

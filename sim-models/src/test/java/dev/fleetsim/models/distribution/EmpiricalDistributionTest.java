package dev.fleetsim.models.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.scenario.DistributionSpec;
import dev.fleetsim.models.scenario.Findings;
import dev.fleetsim.models.scenario.ScenarioException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The empirical distribution: quantiles by linear interpolation between order statistics, and
 * every way a data file can be wrong, reported with its line and column.
 */
class EmpiricalDistributionTest {
    private static final Path RESOURCES = DistributionSamplingTest.resources();

    @TempDir
    Path dir;

    private EmpiricalTable table(String content) throws IOException {
        return table(content, EmpiricalTable.MAX_VALUES);
    }

    private EmpiricalTable table(String content, int maxValues) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, content, StandardCharsets.ISO_8859_1);
        return EmpiricalTable.load(file, "data.csv", maxValues);
    }

    private String error(String content) {
        return error(content, EmpiricalTable.MAX_VALUES);
    }

    private String error(String content, int maxValues) {
        return assertThrows(DataFileException.class, () -> table(content, maxValues)).getMessage();
    }

    @Test
    void quantilesInterpolateLinearlyBetweenOrderStatistics() {
        // service-ms.csv holds 4, 1, 100, 3, 2 ms; sorted 1, 2, 3, 4, 100. With n = 5 the CDF climbs
        // 1/4 per gap, so the quantile of order u sits at position 4u: u = 0.5 → 3ms, u = 0.875 →
        // halfway from 4 to 100 = 52ms. Mean of the interpolated distribution:
        // (Σx − (x₁ + xₙ)/2)/(n − 1) = (110 − 50.5)/4 = 14.875ms (the sample mean is 22ms).
        EmpiricalTable t = new SamplerFactory(RESOURCES).table(new DistributionSpec.Empirical(Path.of("service-ms.csv")));
        assertEquals(5, t.size());
        assertEquals(0.001, t.quantileSeconds(0), 1e-15);
        assertEquals(0.003, t.quantileSeconds(0.5), 1e-15);
        assertEquals(0.052, t.quantileSeconds(0.875), 1e-15);
        assertEquals(0.100, t.quantileSeconds(1), 1e-15);
        assertEquals(0.014875, t.meanSeconds(), 1e-15);
    }

    @Test
    void samplesReproduceTheDataQuantiles() {
        DurationSampler s = new SamplerFactory(RESOURCES).sampler(new DistributionSpec.Empirical(Path.of("service-ms.csv")),
                new RandomStreams(42).stream("service/test", 0));
        int n = 200_000;
        long[] xs = new long[n];
        for (int i = 0; i < n; i++) xs[i] = s.sampleMicros();
        // 5 binomial standard errors, as in DistributionSamplingTest.
        for (double[] q : new double[][] {{0.002, 0.25}, {0.003, 0.5}, {0.052, 0.875}}) {
            double frac = Arrays.stream(xs).filter(x -> x <= q[0] * 1e6).count() / (double) n;
            assertEquals(q[1], frac, 5 * Math.sqrt(q[1] * (1 - q[1]) / n), "P(X <= " + q[0] + "s)");
        }
        assertTrue(Arrays.stream(xs).allMatch(x -> x >= 1_000 && x <= 100_000));
        double mean = Arrays.stream(xs).average().orElseThrow() / 1e6;
        // sd of the interpolated distribution: E[X²] = Σ (a² + ab + b²)/3 / 4 over the gaps
        // = (7 + 19 + 37 + 10416)/12 = 873.25 ms², so sd = √(873.25 − 14.875²) = 25.534ms.
        assertEquals(0.014875, mean, 5 * 0.025534 / Math.sqrt(n));
    }

    @Test
    void unitComesFromTheHeader() throws IOException {
        assertEquals(1.5, table("duration_s\n1\n2\n").meanSeconds(), 1e-15);
        assertEquals(90, table("service_min\r\n1\r\n2\r\n").meanSeconds(), 1e-12);
        assertEquals(1.5e-6, table("\u00ef\u00bb\u00bfduration_us\n1\n\n2\n").meanSeconds(), 1e-18);
        assertEquals(0.0015, table("duration_ms\n1e0\n.2e1\n").meanSeconds(), 1e-15);
    }

    @Test
    void badFilesAreReportedWithLineAndColumn() {
        assertEquals("data.csv:1:1: expected a header naming the unit, like duration_ms, found '12.5'",
                error("12.5\n13\n"));
        assertEquals("data.csv:1:1: expected a header naming the unit, like duration_ms, found 'duration_weeks'",
                error("duration_weeks\n13\n"));
        assertEquals("data.csv:1:1: expected a header naming the unit, like duration_ms, found an empty file",
                error(""));
        assertEquals("data.csv:4:1: expected a number of ms >= 0, like 12.5, found 'abc'",
                error("duration_ms\n12.5\n3\nabc\n"));
        assertEquals("data.csv:3:1: expected a number of ms >= 0, like 12.5, found '-3'",
                error("duration_ms\n12.5\n-3\n"));
        assertEquals("data.csv:2:1: expected a number of s >= 0, like 12.5, found 'NaN'", error("duration_s\nNaN\n1\n"));
        assertEquals("data.csv:2:1: expected a number of ms >= 0, like 12.5, found '40ms'", error("duration_ms\n40ms\n1\n"));
        assertEquals("data.csv:3:1: expected one value per line, found 2 columns", error("duration_ms\n1\n2,3\n"));
        assertEquals("data.csv:2:1: expected at most 1000000000 seconds, found '1e12' (s)", error("duration_s\n1e12\n1\n"));
        assertEquals("data.csv: expected at least 2 values, found 1", error("duration_ms\n5\n"));
        assertEquals("data.csv:2:65: expected at most 64 characters on a line, found more",
                error("duration_ms\n" + "1".repeat(65) + "\n1\n"));
    }

    @Test
    void loadingIsBounded() throws IOException {
        assertEquals(3, table("duration_ms\n1\n2\n3\n", 3).size());
        assertEquals("data.csv:5:1: expected at most 3 values, found more", error("duration_ms\n1\n2\n3\n4\n", 3));
    }

    @Test
    void missingFilesAreFoundByValidateAndByTheRun() throws IOException {
        SamplerFactory factory = new SamplerFactory(dir);
        Findings f = new Findings();
        factory.checkFiles(new DistributionSpec.Empirical(Path.of("nope.csv")), "workloads[0].service_time", f);
        String name = dir.resolve("nope.csv").toString();
        assertEquals(List.of(new Findings.Finding("workloads[0].service_time.file",
                name + ": expected a CSV file of durations, found no such file")), f.list());

        Files.writeString(dir.resolve("bad.csv"), "duration_ms\n1\nx\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> factory.sampler(
                new DistributionSpec.Empirical(Path.of("bad.csv")), new RandomStreams(1).stream("s", 0)));
        assertEquals(dir.resolve("bad.csv") + ":3:1: expected a number of ms >= 0, like 12.5, found 'x'", e.getMessage());

        Findings ok = new Findings();
        new SamplerFactory(RESOURCES).checkFiles(new DistributionSpec.Empirical(Path.of("service-ms.csv")), "p", ok);
        assertTrue(ok.isEmpty());
        assertEquals(0.014875, new SamplerFactory(RESOURCES).meanSeconds(new DistributionSpec.Empirical(Path.of("service-ms.csv"))), 1e-15);
    }

    @Test
    void aFileIsLoadedOncePerFactory() {
        SamplerFactory factory = new SamplerFactory(RESOURCES);
        DistributionSpec.Empirical spec = new DistributionSpec.Empirical(Path.of("service-ms.csv"));
        assertTrue(factory.table(spec) == factory.table(new DistributionSpec.Empirical(Path.of("./service-ms.csv"))));
    }
}

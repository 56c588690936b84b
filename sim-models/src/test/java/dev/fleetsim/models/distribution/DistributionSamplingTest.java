package dev.fleetsim.models.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.scenario.DistributionSpec;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Each distribution, sampled N = 200,000 times, against values derived by hand (derivations in
 * the comments). Tolerances are 5 standard errors: for a mean, 5·sd/√N with sd from the formula
 * (or from the sample where the formula is not simple, as for truncated distributions); for the
 * fraction of draws at or below an analytic quantile of order p, 5·√(p(1−p)/N), which holds for
 * any distribution because the count is binomial. A check fails by chance with probability
 * below 10⁻⁶, and the seed is fixed, so the tests are deterministic.
 */
class DistributionSamplingTest {
    private static final int N = 200_000;

    private static SimDuration ms(double ms) {
        return new SimDuration(Math.round(ms * 1000));
    }

    private static long[] draw(DistributionSpec spec) {
        return draw(new SamplerFactory(resources()).sampler(spec, new RandomStreams(42).stream("service/test", 0)));
    }

    private static long[] draw(DurationSampler sampler) {
        long[] xs = new long[N];
        for (int i = 0; i < N; i++) {
            xs[i] = sampler.sampleMicros();
            assertTrue(xs[i] >= 0);
        }
        return xs;
    }

    static Path resources() {
        try {
            return Path.of(DistributionSamplingTest.class.getResource("/distributions").toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static double mean(long[] xs) {
        double s = 0;
        for (long x : xs) s += x;
        return s / xs.length / 1e6;
    }

    private static double sd(long[] xs) {
        double m = mean(xs) * 1e6;
        double s = 0;
        for (long x : xs) s += (x - m) * (x - m);
        return Math.sqrt(s / (xs.length - 1)) / 1e6;
    }

    /** The sample mean is within 5 standard errors of {@code mean} (seconds). */
    private static void assertMean(long[] xs, double mean, double sd) {
        double tol = 5 * sd / Math.sqrt(xs.length);
        assertEquals(mean, mean(xs), tol, "sample mean");
    }

    /** The fraction of draws at or below {@code x} seconds is within 5 standard errors of {@code p}. */
    private static void assertFractionAtMost(long[] xs, double x, double p) {
        long below = Arrays.stream(xs).filter(v -> v <= x * 1e6).count();
        assertEquals(p, below / (double) xs.length, 5 * Math.sqrt(p * (1 - p) / xs.length), "P(X <= " + x + "s)");
    }

    private static long max(long[] xs) {
        return Arrays.stream(xs).max().orElseThrow();
    }

    @Test
    void exponentialByMean() {
        // mean 40ms, sd = mean, median = mean·ln 2 = 27.7259ms
        DistributionSpec spec = new DistributionSpec.Exponential(ms(40));
        assertEquals(0.040, spec.meanSeconds(), 1e-15);
        long[] xs = draw(spec);
        assertMean(xs, 0.040, 0.040);
        assertFractionAtMost(xs, 0.0277259, 0.5);
    }

    @Test
    void constantIsExact() {
        long[] xs = draw(new DistributionSpec.Constant(ms(40)));
        assertTrue(Arrays.stream(xs).allMatch(x -> x == 40_000));
    }

    @Test
    void lognormalByMeanAndCv() {
        // σ² = ln(1 + 1.5²) = ln 3.25, σ = 1.085659; μ = ln 0.04 − σ²/2 = −3.808203
        // sd = cv·mean = 60ms; median = e^μ = mean/√(1+cv²) = 22.1880ms; p99 = e^(μ + 2.326348σ) = 277.320ms
        DistributionSpec.Lognormal spec = new DistributionSpec.Lognormal(ms(40), 1.5, null, null, null);
        assertEquals(1.085659, spec.sigma(), 1e-6);
        assertEquals(-3.808203, spec.mu(), 1e-6);
        assertEquals(0.040, spec.meanSeconds(), 1e-12);
        long[] xs = draw(spec);
        assertMean(xs, 0.040, 0.060);
        assertFractionAtMost(xs, 0.0221880, 0.5);
        assertFractionAtMost(xs, 0.277320, 0.99);
    }

    @Test
    void lognormalByMedianAndP99ReproducesBoth() {
        // μ = ln 0.03; σ = ln(400/30)/Φ⁻¹(0.99) = 2.590267/2.326348 = 1.113448
        // mean = e^(μ + σ²/2) = 55.7613ms; sd = mean·√(e^σ² − 1) = 87.366ms
        DistributionSpec.Lognormal spec = new DistributionSpec.Lognormal(null, null, ms(30), ms(400), null);
        assertEquals(1.113448, spec.sigma(), 1e-6);
        assertEquals(0.0557613, spec.meanSeconds(), 1e-7);
        long[] xs = draw(spec);
        assertFractionAtMost(xs, 0.030, 0.5);
        assertFractionAtMost(xs, 0.400, 0.99);
        assertMean(xs, 0.0557613, 0.087366);
    }

    @Test
    void gammaByMeanAndCv() {
        // k = 1/cv² = 4, θ = mean·cv² = 10ms; sd = cv·mean = 20ms
        // P(X ≤ 40ms) = P(Gamma(4, 1) ≤ 4) = 1 − e⁻⁴(1 + 4 + 4²/2 + 4³/6) = 0.566530 (Erlang CDF)
        DistributionSpec.Gamma spec = new DistributionSpec.Gamma(ms(40), 0.5, null, null, null);
        assertEquals(4, spec.k(), 1e-12);
        assertEquals(0.010, spec.theta(), 1e-15);
        long[] xs = draw(spec);
        assertMean(xs, 0.040, 0.020);
        assertFractionAtMost(xs, 0.040, 0.566530);
    }

    @Test
    void gammaByShapeAndScaleIsTheSameDistribution() {
        DistributionSpec.Gamma byShape = new DistributionSpec.Gamma(null, null, 4.0, ms(10), null);
        DistributionSpec.Gamma byMean = new DistributionSpec.Gamma(ms(40), 0.5, null, null, null);
        assertEquals(byMean.k(), byShape.k(), 1e-12);
        assertEquals(byMean.theta(), byShape.theta(), 1e-15);
        assertArrayEquals(draw(byMean), draw(byShape));
    }

    @Test
    void weibullByShapeAndScale() {
        // k = 2, λ = 100ms: mean = λΓ(1.5) = 88.6227ms; sd = λ√(Γ(2) − Γ(1.5)²) = 46.3251ms;
        // median = λ(ln 2)^(1/2) = 83.2555ms
        DistributionSpec spec = new DistributionSpec.Weibull(2.0, ms(100), null, null);
        assertEquals(0.0886227, spec.meanSeconds(), 1e-7);
        long[] xs = draw(spec);
        assertMean(xs, 0.0886227, 0.0463251);
        assertFractionAtMost(xs, 0.0832555, 0.5);
    }

    @Test
    void weibullByMeanAndShape() {
        // k = 0.5, mean 20ms: λ = mean/Γ(3) = 10ms; sd = λ√(Γ(5) − Γ(3)²) = 10ms·√20 = 44.7214ms;
        // median = λ(ln 2)² = 4.80453ms
        DistributionSpec.Weibull spec = new DistributionSpec.Weibull(0.5, null, ms(20), null);
        assertEquals(0.010, spec.lambda(), 1e-12);
        long[] xs = draw(spec);
        assertMean(xs, 0.020, 0.0447214);
        assertFractionAtMost(xs, 0.00480453, 0.5);
    }

    @Test
    void uniform() {
        // mean (10 + 50)/2 = 30ms; sd = 40ms/√12 = 11.5470ms; P(X ≤ 20ms) = 10/40
        DistributionSpec spec = new DistributionSpec.Uniform(ms(10), ms(50));
        assertEquals(0.030, spec.meanSeconds(), 1e-15);
        long[] xs = draw(spec);
        assertMean(xs, 0.030, 0.0115470);
        assertFractionAtMost(xs, 0.020, 0.25);
        assertTrue(Arrays.stream(xs).allMatch(x -> x >= 10_000 && x <= 50_000));
        assertTrue(Arrays.stream(draw(new DistributionSpec.Uniform(ms(7), ms(7)))).allMatch(x -> x == 7_000));
    }

    @Test
    void truncatedExponential() {
        // mean 1s cut at 1s: E = m − b·e^(−b/m)/(1 − e^(−b/m)) = 1 − 1/(e − 1) = 0.418023s;
        // P(X ≤ 0.5s | X ≤ 1s) = (1 − e^−0.5)/(1 − e^−1) = 0.622459
        DistributionSpec spec = new DistributionSpec.Exponential(SimDuration.ofSeconds(1), SimDuration.ofSeconds(1));
        assertEquals(0.418023, spec.meanSeconds(), 1e-6);
        long[] xs = draw(spec);
        assertTrue(max(xs) <= 1_000_000);
        assertMean(xs, 0.418023, sd(xs));
        assertFractionAtMost(xs, 0.5, 0.622459);
    }

    @Test
    void truncatedLognormal() {
        // median 30ms, p99 400ms cut at 200ms: F(200ms) = Φ(ln(200/30)/σ) = 0.955793, so
        // P(X ≤ 30ms | X ≤ 200ms) = 0.5/0.955793 = 0.523126; mean e^(μ+σ²/2)Φ((ln b − μ − σ²)/σ)/F(b) = 42.1527ms
        DistributionSpec spec = new DistributionSpec.Lognormal(null, null, ms(30), ms(400), ms(200));
        assertEquals(0.0421527, spec.meanSeconds(), 1e-7);
        long[] xs = draw(spec);
        assertTrue(max(xs) <= 200_000);
        assertFractionAtMost(xs, 0.030, 0.523126);
        assertMean(xs, 0.0421527, sd(xs));
    }

    @Test
    void truncatedGammaRedraws() {
        // k = 4, θ = 10ms cut at 60ms (x = 6 in units of θ); with P(k, x) = 1 − e⁻ˣ Σ_{j<k} xʲ/j!:
        // P(4, 6) = 1 − 61e⁻⁶ = 0.848796, P(5, 6) = 1 − 115e⁻⁶ = 0.714943; mean = kθ·P(5,6)/P(4,6) = 33.6921ms;
        // P(X ≤ 40ms | X ≤ 60ms) = 0.566530/0.848796 = 0.667451
        DistributionSpec spec = new DistributionSpec.Gamma(ms(40), 0.5, null, null, ms(60));
        assertEquals(0.0336921, spec.meanSeconds(), 1e-7);
        long[] xs = draw(spec);
        assertTrue(max(xs) <= 60_000);
        assertMean(xs, 0.0336921, sd(xs));
        assertFractionAtMost(xs, 0.040, 0.667451);
    }

    @Test
    void truncatedWeibull() {
        // k = 0.5, λ = 10ms cut at 100ms: u = (b/λ)^k = √10; F(b) = 1 − e^−u = 0.957671;
        // E[X; X ≤ b] = λΓ(3)·P(3, u), P(3, u) = 1 − e^−u(1 + u + u²/2) = 0.612175; mean = 12.7845ms
        // P(X ≤ median | X ≤ b) = 0.5/0.957671 = 0.522100
        DistributionSpec spec = new DistributionSpec.Weibull(0.5, ms(10), null, ms(100));
        assertEquals(0.0127845, spec.meanSeconds(), 1e-7);
        long[] xs = draw(spec);
        assertTrue(max(xs) <= 100_000);
        assertMean(xs, 0.0127845, sd(xs));
        assertFractionAtMost(xs, 0.00480453, 0.522100);
    }

    @Test
    void sameStreamSeedGivesTheSameDraws() {
        DistributionSpec spec = new DistributionSpec.Lognormal(ms(40), 1.5, null, null, ms(500));
        DurationSampler a = new SamplerFactory(Path.of("")).sampler(spec, new RandomStreams(7).stream("service/web", 3));
        DurationSampler b = new SamplerFactory(Path.of("")).sampler(spec, new RandomStreams(7).stream("service/web", 3));
        DurationSampler other = new SamplerFactory(Path.of("")).sampler(spec, new RandomStreams(7).stream("service/web", 4));
        long[] xa = new long[1000];
        long[] xb = new long[1000];
        long[] xo = new long[1000];
        for (int i = 0; i < 1000; i++) {
            xa[i] = a.sampleMicros();
            xb[i] = b.sampleMicros();
            xo[i] = other.sampleMicros();
        }
        assertArrayEquals(xa, xb);
        assertFalse(Arrays.equals(xa, xo));
    }

    @Test
    void inversionKeepsDrawsInStepAcrossParameters() {
        // Common random numbers: by inversion, the i-th draw of two lognormals with the same σ
        // differs exactly by the ratio of their medians (up to rounding to microseconds).
        DurationSampler a = new SamplerFactory(Path.of("")).sampler(new DistributionSpec.Lognormal(null, null, ms(10), ms(100), null),
                new RandomStreams(1).stream("s", 0));
        DurationSampler b = new SamplerFactory(Path.of("")).sampler(new DistributionSpec.Lognormal(null, null, ms(20), ms(200), null),
                new RandomStreams(1).stream("s", 0));
        for (int i = 0; i < 1000; i++) {
            long x = a.sampleMicros();
            assertEquals(2 * x, b.sampleMicros(), 1.0);
        }
    }
}

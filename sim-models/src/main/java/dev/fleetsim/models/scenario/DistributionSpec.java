package dev.fleetsim.models.scenario;

import java.nio.file.Path;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.probdist.GammaDist;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.util.Num;

/**
 * A distribution of durations, chosen by its {@code type}. The records hold what the user wrote,
 * check it, and convert it to the distribution's natural parameters (in seconds); drawing is
 * done by {@code dev.fleetsim.models.distribution.SamplerFactory} with SSJ generators. The
 * formulas are documented in {@code docs/scenario-reference.md (distributions)}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DistributionSpec.Exponential.class, name = "exponential"),
    @JsonSubTypes.Type(value = DistributionSpec.Constant.class, name = "constant"),
    @JsonSubTypes.Type(value = DistributionSpec.Lognormal.class, name = "lognormal"),
    @JsonSubTypes.Type(value = DistributionSpec.Gamma.class, name = "gamma"),
    @JsonSubTypes.Type(value = DistributionSpec.Weibull.class, name = "weibull"),
    @JsonSubTypes.Type(value = DistributionSpec.Uniform.class, name = "uniform"),
    @JsonSubTypes.Type(value = DistributionSpec.Empirical.class, name = "empirical")
})
public sealed interface DistributionSpec {

    /** Adds what is wrong with this spec to {@code findings}; {@code path} is where it was written. */
    void validate(String path, Findings findings);

    /**
     * The mean of the durations drawn, in seconds, from the formulas (truncation at {@code max}
     * included). {@link Empirical} returns NaN: its mean depends on the file's contents.
     */
    double meanSeconds();

    /**
     * A distribution with an unbounded upper tail, which may be truncated at {@code max}: draws
     * then follow the distribution conditioned on X ≤ max. The implementing records give the
     * untruncated CDF and partial mean, from which the truncated mean follows.
     */
    sealed interface Truncatable extends DistributionSpec {
        /** The largest duration drawn, or null for no truncation. */
        SimDuration max();

        /** P(X ≤ x) of the untruncated distribution, x in seconds. */
        double cdf(double x);

        /** E[X; X ≤ x] = ∫₀ˣ t f(t) dt of the untruncated distribution, in seconds. */
        double partialMean(double x);

        /** The untruncated mean in seconds. */
        double untruncatedMeanSeconds();

        /** The untruncated median in seconds. */
        double medianSeconds();

        @Override
        default double meanSeconds() {
            if (max() == null) {
                return untruncatedMeanSeconds();
            }
            double b = max().seconds();
            return partialMean(b) / cdf(b);
        }

        /** Checks {@code max}, assuming the other parameters are valid. */
        default void validateMax(String path, Findings f) {
            if (max() != null && max().seconds() < medianSeconds()) {
                f.add(path + ".max", "expected a max of at least the median (" + seconds(medianSeconds()) + "), found " + max());
            }
        }
    }

    /** Exponential with the given mean. */
    record Exponential(SimDuration mean, SimDuration max) implements Truncatable {
        public Exponential(SimDuration mean) {
            this(mean, null);
        }

        @Override
        public void validate(String path, Findings f) {
            if (positive(f, mean, path, "mean", "the mean, a duration like 40ms")) {
                validateMax(path, f);
            }
        }

        @Override
        public double untruncatedMeanSeconds() {
            return mean.seconds();
        }

        @Override
        public double medianSeconds() {
            return mean.seconds() * Math.log(2);
        }

        @Override
        public double cdf(double x) {
            return -Math.expm1(-x / mean.seconds());
        }

        @Override
        public double partialMean(double x) {
            double m = mean.seconds();
            return m * cdf(x) - x * Math.exp(-x / m);
        }
    }

    /** Always exactly {@code value}. */
    record Constant(SimDuration value) implements DistributionSpec {
        @Override
        public void validate(String path, Findings f) {
            f.present(value, path + ".value", "the value, a duration like 40ms");
        }

        @Override
        public double meanSeconds() {
            return value.seconds();
        }
    }

    /**
     * Lognormal: ln X is normal with mean {@link #mu()} and standard deviation {@link #sigma()}.
     * Given either by {@code mean} and {@code cv} (σ² = ln(1 + cv²), μ = ln(mean) − σ²/2) or by
     * {@code median} and {@code p99} (μ = ln(median), σ = ln(p99 / median) / Φ⁻¹(0.99)).
     */
    record Lognormal(SimDuration mean, Double cv, SimDuration median, SimDuration p99, SimDuration max)
            implements Truncatable {
        /** The 99th percentile of the standard normal distribution, Φ⁻¹(0.99) ≈ 2.3263. */
        public static final double Z99 = NormalDist.inverseF01(0.99);

        @Override
        public void validate(String path, Findings f) {
            int pair = choosePair(f, path, "mean", mean, "cv", cv, "median", median, "p99", p99);
            boolean ok;
            if (pair == 1) {
                ok = positive(f, mean, path, "mean", "the mean, a duration like 40ms")
                        & positive(f, cv, path, "cv", "the coefficient of variation cv, a number > 0 like 1.5");
            } else if (pair == 2) {
                ok = positive(f, median, path, "median", "the median, a duration like 30ms")
                        & f.present(p99, path + ".p99", "the 99th percentile p99, a duration like 400ms");
                if (ok) {
                    ok = f.require(p99.compareTo(median) > 0, path + ".p99",
                            "expected a p99 above the median (" + median + "), found " + p99);
                }
            } else {
                ok = false;
            }
            if (ok) {
                validateMax(path, f);
            }
        }

        /** The mean of ln X. */
        public double mu() {
            if (median != null) {
                return Math.log(median.seconds());
            }
            return Math.log(mean.seconds()) - sigma() * sigma() / 2;
        }

        /** The standard deviation of ln X. */
        public double sigma() {
            if (median != null) {
                return Math.log(p99.seconds() / median.seconds()) / Z99;
            }
            return Math.sqrt(Math.log1p(cv * cv));
        }

        @Override
        public double untruncatedMeanSeconds() {
            return Math.exp(mu() + sigma() * sigma() / 2);
        }

        @Override
        public double medianSeconds() {
            return Math.exp(mu());
        }

        @Override
        public double cdf(double x) {
            return x <= 0 ? 0 : NormalDist.cdf01((Math.log(x) - mu()) / sigma());
        }

        @Override
        public double partialMean(double x) {
            double s = sigma();
            return x <= 0 ? 0 : untruncatedMeanSeconds() * NormalDist.cdf01((Math.log(x) - mu() - s * s) / s);
        }
    }

    /**
     * Gamma with shape k and scale θ (mean kθ), given either by {@code mean} and {@code cv}
     * (k = 1/cv², θ = mean·cv²) or by {@code shape} and {@code scale}.
     */
    record Gamma(SimDuration mean, Double cv, Double shape, SimDuration scale, SimDuration max)
            implements Truncatable {
        @Override
        public void validate(String path, Findings f) {
            int pair = choosePair(f, path, "mean", mean, "cv", cv, "shape", shape, "scale", scale);
            boolean ok;
            if (pair == 1) {
                ok = positive(f, mean, path, "mean", "the mean, a duration like 40ms")
                        & positive(f, cv, path, "cv", "the coefficient of variation cv, a number > 0 like 0.5");
            } else if (pair == 2) {
                ok = positive(f, shape, path, "shape", "the shape, a number > 0 like 4")
                        & positive(f, scale, path, "scale", "the scale, a duration like 10ms");
            } else {
                ok = false;
            }
            if (ok) {
                validateMax(path, f);
            }
        }

        /** The shape k. */
        public double k() {
            return shape != null ? shape : 1 / (cv * cv);
        }

        /** The scale θ in seconds. */
        public double theta() {
            return scale != null ? scale.seconds() : mean.seconds() * cv * cv;
        }

        @Override
        public double untruncatedMeanSeconds() {
            return k() * theta();
        }

        @Override
        public double medianSeconds() {
            return GammaDist.inverseF(k(), 1 / theta(), 15, 0.5);
        }

        @Override
        public double cdf(double x) {
            return GammaDist.cdf(k(), 1 / theta(), 15, x);
        }

        @Override
        public double partialMean(double x) {
            return k() * theta() * GammaDist.cdf(k() + 1, 1 / theta(), 15, x);
        }
    }

    /**
     * Weibull with shape k and scale λ: P(X > x) = exp(−(x/λ)^k). Given by {@code shape} and
     * either {@code scale} or {@code mean} (λ = mean / Γ(1 + 1/k)).
     */
    record Weibull(Double shape, SimDuration scale, SimDuration mean, SimDuration max) implements Truncatable {
        @Override
        public void validate(String path, Findings f) {
            boolean ok = positive(f, shape, path, "shape", "the shape, a number > 0 like 1.5");
            if (scale != null && mean != null) {
                f.add(path + ".mean", "expected either scale or mean, found both");
                ok = false;
            } else if (scale == null && mean == null) {
                f.add(path, "expected either scale or mean (with shape), found neither");
                ok = false;
            } else if (scale != null) {
                ok &= positive(f, scale, path, "scale", "the scale, a duration like 40ms");
            } else {
                ok &= positive(f, mean, path, "mean", "the mean, a duration like 40ms");
            }
            if (ok) {
                validateMax(path, f);
            }
        }

        /** The scale λ in seconds. */
        public double lambda() {
            return scale != null ? scale.seconds() : mean.seconds() / Math.exp(Num.lnGamma(1 + 1 / shape));
        }

        @Override
        public double untruncatedMeanSeconds() {
            return mean != null ? mean.seconds() : lambda() * Math.exp(Num.lnGamma(1 + 1 / shape));
        }

        @Override
        public double medianSeconds() {
            return lambda() * Math.pow(Math.log(2), 1 / shape);
        }

        @Override
        public double cdf(double x) {
            return -Math.expm1(-Math.pow(x / lambda(), shape));
        }

        @Override
        public double partialMean(double x) {
            double a = 1 + 1 / shape;
            return lambda() * Math.exp(Num.lnGamma(a)) * GammaDist.cdf(a, 1, 15, Math.pow(x / lambda(), shape));
        }
    }

    /** Uniform between {@code min} and {@code max}, both included. */
    record Uniform(SimDuration min, SimDuration max) implements DistributionSpec {
        @Override
        public void validate(String path, Findings f) {
            boolean ok = f.present(min, path + ".min", "the smallest value min, a duration like 10ms")
                    & f.present(max, path + ".max", "the largest value max, a duration like 50ms");
            if (ok) {
                f.require(max.compareTo(min) >= 0, path + ".max", "expected a max of at least min (" + min
                        + "), found " + max);
            }
        }

        @Override
        public double meanSeconds() {
            return (min.seconds() + max.seconds()) / 2;
        }
    }

    /**
     * The distribution of durations in a CSV file ({@code file}, written relative to the scenario's
     * directory and resolved against it by the loader), sampled by inversion of the
     * piecewise-linear empirical CDF.
     */
    record Empirical(Path file) implements DistributionSpec {
        @Override
        public void validate(String path, Findings f) {
            // Only existence here; the contents are read (once per run) when the run starts.
            if (f.present(file, path + ".file", "the path of a CSV file, like data/service.csv")) {
                f.require(java.nio.file.Files.isRegularFile(file), path + ".file",
                        "expected a CSV file of durations, found no file at " + file);
            }
        }

        /** NaN: the mean depends on the file; see {@code EmpiricalTable.meanSeconds()}. */
        @Override
        public double meanSeconds() {
            return Double.NaN;
        }
    }

    /**
     * Decides which of two alternative pairs of fields the user wrote: 1 for (a, b), 2 for
     * (c, d), 0 after reporting a problem if both or neither were written.
     */
    private static int choosePair(Findings f, String path, String a, Object va, String b, Object vb,
            String c, Object vc, String d, Object vd) {
        boolean first = va != null || vb != null;
        boolean second = vc != null || vd != null;
        String expected = "expected either " + a + " and " + b + ", or " + c + " and " + d;
        if (first && second) {
            List<String> found = new ArrayList<>();
            for (Object[] kv : new Object[][] {{a, va}, {b, vb}, {c, vc}, {d, vd}}) {
                if (kv[1] != null) found.add((String) kv[0]);
            }
            String written = String.join(", ", found.subList(0, found.size() - 1)) + " and " + found.get(found.size() - 1);
            f.add(path + "." + (vc != null ? c : d), expected + ", found " + written);
            return 0;
        }
        if (!first && !second) {
            f.add(path, expected + ", found neither");
            return 0;
        }
        return first ? 1 : 2;
    }

    /** Requires a field to be present and > 0. */
    private static boolean positive(Findings f, Object value, String path, String field, String expected) {
        if (!f.present(value, path + "." + field, expected)) {
            return false;
        }
        boolean ok = value instanceof SimDuration d ? d.micros() > 0 : ((Double) value) > 0;
        String shown = value instanceof Double x ? number(x) : value.toString();
        return f.require(ok, path + "." + field, "expected a " + field + " > 0, found " + shown);
    }

    /** A number as a user would write it: {@code 2}, {@code 1.5}. */
    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    /** A computed duration, rounded for reading: {@code 27.7ms}, {@code 1.39s}. */
    private static String seconds(double s) {
        double v = s < 1e-3 ? s * 1e6 : s < 1 ? s * 1e3 : s;
        String unit = s < 1e-3 ? "us" : s < 1 ? "ms" : "s";
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString() + unit;
    }
}

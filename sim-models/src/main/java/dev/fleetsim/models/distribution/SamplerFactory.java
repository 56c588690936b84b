package dev.fleetsim.models.distribution;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.scenario.DistributionSpec;
import dev.fleetsim.models.scenario.Findings;
import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import umontreal.ssj.probdist.ContinuousDistribution;
import umontreal.ssj.probdist.ExponentialDist;
import umontreal.ssj.probdist.LognormalDist;
import umontreal.ssj.probdist.TruncatedDist;
import umontreal.ssj.probdist.WeibullDist;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.GammaAcceptanceRejectionGen;
import umontreal.ssj.randvar.LognormalGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.randvar.UniformGen;
import umontreal.ssj.randvar.WeibullGen;
import umontreal.ssj.rng.RandomStream;

/**
 * Turns distribution specs into samplers: an SSJ generator (randvar) joining an SSJ distribution
 * (probdist) to the caller's stream, with draws converted to whole microseconds.
 *
 * <p>Inversion (one uniform per draw, so common random numbers stay in step) for every type but
 * gamma, whose CDF has no closed-form inverse (numerical inversion costs 1.5–17 µs per draw):
 * gamma uses SSJ's acceptance-rejection generator, and a truncated gamma redraws values above
 * {@code max}. Other truncated distributions invert SSJ's {@link TruncatedDist}.
 *
 * <p>One factory serves a whole scenario run: it resolves empirical files against the scenario's
 * directory and loads each file once, sharing the (read-only) table across replications and
 * threads.
 */
public final class SamplerFactory {
    /** Draws above this many seconds (about 31.7 years) are capped, so the clock cannot overflow. */
    public static final double MAX_DRAW_SECONDS = 1e9;

    private final Path baseDir;
    private final Map<Path, EmpiricalTable> tables = new ConcurrentHashMap<>();

    /** A factory resolving empirical files against {@code baseDir}, the scenario's directory. */
    public SamplerFactory(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** A sampler for a valid {@code spec} drawing from {@code stream}. */
    public DurationSampler sampler(DistributionSpec spec, RandomStream stream) {
        if (spec instanceof DistributionSpec.Constant c) {
            long v = c.value().micros();
            return () -> v;
        }
        if (spec instanceof DistributionSpec.Uniform u) {
            if (u.min().equals(u.max())) {
                long v = u.min().micros();
                return () -> v;
            }
            return of(new UniformGen(stream, u.min().seconds(), u.max().seconds()));
        }
        if (spec instanceof DistributionSpec.Empirical e) {
            return of(new RandomVariateGen(stream, table(e).distribution()));
        }
        if (spec instanceof DistributionSpec.Gamma g) {
            RandomVariateGen gen = new GammaAcceptanceRejectionGen(stream, g.k(), 1 / g.theta());
            if (g.max() == null) {
                return of(gen);
            }
            double max = g.max().seconds();
            return () -> {
                double x;
                do {
                    x = gen.nextDouble();
                } while (x > max); // at most 2 draws on average: validation keeps max >= median
                return micros(x);
            };
        }
        DistributionSpec.Truncatable t = (DistributionSpec.Truncatable) spec;
        if (t.max() == null) {
            return of(untruncated(t, stream));
        }
        double max = t.max().seconds();
        RandomVariateGen gen = new RandomVariateGen(stream, new TruncatedDist(distribution(t), 0, max));
        return () -> micros(Math.min(gen.nextDouble(), max));
    }

    /** The mean in seconds; for an empirical spec, that of its file's table. */
    public double meanSeconds(DistributionSpec spec) {
        return spec instanceof DistributionSpec.Empirical e ? table(e).meanSeconds() : spec.meanSeconds();
    }

    /**
     * Loads the files {@code spec} refers to, adding a finding at {@code path.file} (naming the
     * data file's line and column) if one cannot be used. For {@code fleetsim validate}.
     */
    public void checkFiles(DistributionSpec spec, String path, Findings findings) {
        if (spec instanceof DistributionSpec.Empirical e && e.file() != null) {
            try {
                load(e);
            } catch (DataFileException x) {
                findings.add(path + ".file", x.getMessage());
            }
        }
    }

    /** The table of an empirical spec, loaded once; a problem becomes a {@link ScenarioException}. */
    public EmpiricalTable table(DistributionSpec.Empirical spec) {
        try {
            return load(spec);
        } catch (DataFileException x) {
            throw new ScenarioException(List.of(new ScenarioProblem(x.location(), "", x.problem())));
        }
    }

    private EmpiricalTable load(DistributionSpec.Empirical spec) {
        Path file = baseDir.resolve(spec.file());
        return tables.computeIfAbsent(file.toAbsolutePath().normalize(), p -> EmpiricalTable.load(p, file.toString()));
    }

    private static RandomVariateGen untruncated(DistributionSpec.Truncatable t, RandomStream stream) {
        if (t instanceof DistributionSpec.Exponential e) {
            return new ExponentialGen(stream, 1 / e.mean().seconds());
        }
        if (t instanceof DistributionSpec.Lognormal l) {
            return new LognormalGen(stream, l.mu(), l.sigma());
        }
        DistributionSpec.Weibull w = (DistributionSpec.Weibull) t;
        return new WeibullGen(stream, w.shape(), 1 / w.lambda(), 0);
    }

    /** The SSJ distribution of an invertible truncatable spec (not gamma). */
    private static ContinuousDistribution distribution(DistributionSpec.Truncatable t) {
        if (t instanceof DistributionSpec.Exponential e) {
            return new ExponentialDist(1 / e.mean().seconds());
        }
        if (t instanceof DistributionSpec.Lognormal l) {
            return new LognormalDist(l.mu(), l.sigma());
        }
        DistributionSpec.Weibull w = (DistributionSpec.Weibull) t;
        return new WeibullDist(w.shape(), 1 / w.lambda(), 0);
    }

    private static DurationSampler of(RandomVariateGen gen) {
        return () -> micros(gen.nextDouble());
    }

    /** Seconds to whole microseconds, capped at {@link #MAX_DRAW_SECONDS}. */
    static long micros(double seconds) {
        return SimTime.fromSeconds(Math.min(seconds, MAX_DRAW_SECONDS));
    }
}

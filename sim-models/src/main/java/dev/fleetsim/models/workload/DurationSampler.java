package dev.fleetsim.models.workload;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.scenario.DistributionSpec;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.rng.RandomStream;

/**
 * Draws durations in microseconds. Backed by an SSJ generator on its own named stream, so the
 * stream, the distribution and the generator stay separate, as SSJ intends.
 */
@FunctionalInterface
public interface DurationSampler {
    long sampleMicros();

    /** A sampler for {@code spec} drawing from {@code stream}. */
    static DurationSampler of(DistributionSpec spec, RandomStream stream) {
        if (spec instanceof DistributionSpec.Constant c) {
            long v = c.value().micros();
            return () -> v;
        }
        if (spec instanceof DistributionSpec.Exponential e) {
            RandomVariateGen gen = new ExponentialGen(stream, 1.0 / e.mean().seconds());
            return () -> SimTime.fromSeconds(gen.nextDouble());
        }
        throw new IllegalArgumentException("no sampler for " + spec);
    }
}

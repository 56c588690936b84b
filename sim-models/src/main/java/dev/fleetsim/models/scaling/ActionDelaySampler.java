package dev.fleetsim.models.scaling;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.scenario.ScalingPolicySpec.ActionDelay;
import umontreal.ssj.rng.RandomStream;

/** Draws how late a scheduled action runs (aws-behaviour.md §2.8, M7), in microseconds. */
@FunctionalInterface
interface ActionDelaySampler {

    long drawMicros();

    static ActionDelaySampler of(ActionDelay spec, RandomStream stream) {
        if (spec instanceof ActionDelay.None) {
            return () -> 0L;
        }
        if (spec instanceof ActionDelay.Fixed f) {
            long v = f.value().micros();
            return () -> v;
        }
        ActionDelay.M7 m = (ActionDelay.M7) spec;
        double typical = m.typicalMax().seconds();
        double tail = m.tailMax().seconds();
        double tailFraction = m.tailFraction().value();
        // Two draws per run, always: the stream's position never depends on which branch was taken.
        return () -> {
            boolean late = stream.nextDouble() < tailFraction;
            double u = stream.nextDouble();
            return SimTime.fromSeconds(late ? typical + u * (tail - typical) : u * typical);
        };
    }
}

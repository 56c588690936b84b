package dev.fleetsim.models.distribution;

/**
 * Draws durations in whole microseconds (≥ 0). Built by {@link SamplerFactory} from an SSJ
 * generator on its own named stream, so the stream, the distribution and the generator stay
 * separate, as SSJ intends.
 */
@FunctionalInterface
public interface DurationSampler {
    long sampleMicros();
}

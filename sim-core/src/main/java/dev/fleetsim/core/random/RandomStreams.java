package dev.fleetsim.core.random;

import java.nio.charset.StandardCharsets;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/**
 * Named random streams for one scenario seed, on SSJ's MRG32k3a.
 *
 * <p>A stream is identified by (scenario seed, stream name): its MRG32k3a seed is derived from a
 * hash of the two, so the same name always yields the same numbers whatever order the models
 * create their streams in, and adding a model never shifts another model's numbers. Replication
 * {@code r} uses substream {@code r} of the stream. Two scenario variants run with the same seed
 * therefore see the same traffic, which is what makes paired comparisons sharp (common random
 * numbers).
 *
 * <p>Why hashing rather than SSJ's sequential stream constructor: SSJ spaces streams 2^127 apart
 * by creation order, which would tie a stream's numbers to construction order. Hashed seeds give
 * independent starting points in a period of about 2^191; the chance that two of a scenario's
 * streams overlap within the lengths a simulation uses is negligible (far below 2^-100).
 */
public final class RandomStreams {
    private static final long M1 = 4294967087L;
    private static final long M2 = 4294944443L;

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /**
     * Returns a fresh stream positioned at the start of substream {@code replication} of the
     * stream named {@code name}. Each call returns a new object; keep it for the whole
     * replication.
     */
    public RandomStream stream(String name, int replication) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("stream name must not be empty");
        }
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be >= 0, was " + replication);
        }
        MRG32k3a stream = new MRG32k3a(name);
        stream.setSeed(seedFor(name));
        for (int r = 0; r < replication; r++) {
            stream.resetNextSubstream();
        }
        return stream;
    }

    /** The six MRG32k3a seed components for a stream name, valid for SSJ's setSeed. */
    long[] seedFor(String name) {
        long h = mix(seed ^ 0x6a09e667f3bcc909L);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xff));
        }
        long[] s = new long[6];
        long state = h;
        do {
            for (int i = 0; i < 6; i++) {
                state = mix(state + 0x9e3779b97f4a7c15L);
                long m = i < 3 ? M1 : M2;
                s[i] = Long.remainderUnsigned(state, m);
            }
        } while ((s[0] | s[1] | s[2]) == 0 || (s[3] | s[4] | s[5]) == 0);
        return s;
    }

    /** SplitMix64's finaliser: a strong, stable 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

package dev.fleetsim.benchmarks;

import java.util.SplittableRandom;

/**
 * Exp(1) increments for the hold model, drawn once before measuring and then cycled, so that
 * random-number generation is not part of what a benchmark measures.
 *
 * <p>The same draws are offered as {@code double} (SSJ's clock unit: mean 1.0) and as integer
 * microseconds (fleetsim's clock: mean 1,000,000 us, rounded, at least 1), so every variant sees
 * the same sequence of delays.
 */
final class HoldIncrements {
    /** Number of pre-drawn increments (a power of two, cycled with a mask). */
    static final int SIZE = 1 << 16;
    static final int MASK = SIZE - 1;
    static final long SEED = 0x5EEDL;

    private HoldIncrements() {}

    static double[] exponential() {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] inc = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            inc[i] = -Math.log1p(-random.nextDouble()); // nextDouble() is in [0, 1)
        }
        return inc;
    }

    static long[] micros() {
        double[] exp = exponential();
        long[] inc = new long[SIZE];
        for (int i = 0; i < SIZE; i++) {
            inc[i] = Math.max(1L, Math.round(exp[i] * 1_000_000.0));
        }
        return inc;
    }
}

package dev.fleetsim.models.workload;

import umontreal.ssj.rng.RandomStream;

/**
 * The rate of a Markov-modulated Poisson process: a hidden continuous-time Markov chain whose
 * state {@code i} has arrival rate {@code rate[i]}, exponential sojourns with mean
 * {@code meanSojourn[i]}, and jump probabilities {@code jump[i][j]} when it leaves.
 *
 * <p>The chain starts in its stationary distribution, so the process is stationary from time 0
 * (no warm-up needed for the traffic itself); sojourns being memoryless, the first one needs no
 * special treatment. The chain's moves are drawn lazily, from the arrival stream, as
 * {@link #seek(long)} passes each switch time; each sojourn is one window with the state's rate as
 * ceiling, so thinning never rejects.
 */
final class MarkovModulatedRate implements RateFunction {
    private final double[] rate;
    private final double[] meanSojournMicros;
    private final double[][] cumulativeJump;
    private final double[] stationary;
    private final RandomStream stream;

    private int state = -1;
    private long switchAt;

    MarkovModulatedRate(double[] ratePerSecond, long[] meanSojournMicros, double[][] jump, RandomStream stream) {
        int n = ratePerSecond.length;
        if (n < 2 || meanSojournMicros.length != n || jump.length != n) {
            throw new IllegalArgumentException("need at least 2 states, each with a rate, a sojourn and a row of jumps");
        }
        this.rate = ratePerSecond.clone();
        this.meanSojournMicros = new double[n];
        this.cumulativeJump = new double[n][];
        for (int i = 0; i < n; i++) {
            if (!(rate[i] >= 0) || Double.isInfinite(rate[i]) || meanSojournMicros[i] <= 0) {
                throw new IllegalArgumentException("state " + i + ": rate " + rate[i] + "/s, sojourn "
                        + meanSojournMicros[i] + " us");
            }
            this.meanSojournMicros[i] = meanSojournMicros[i];
            cumulativeJump[i] = cumulative(jump[i], i);
        }
        this.stationary = stationary(jump, this.meanSojournMicros);
        this.stream = stream;
    }

    private static double[] cumulative(double[] row, int self) {
        double[] c = new double[row.length];
        double sum = 0;
        int last = -1;
        for (int j = 0; j < row.length; j++) {
            if (row[j] < 0 || (j == self && row[j] != 0)) {
                throw new IllegalArgumentException("jump probabilities must be >= 0 with a zero diagonal");
            }
            sum += row[j];
            c[j] = sum;
            if (row[j] > 0) last = j;
        }
        if (last < 0 || Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("jump probabilities of state " + self + " sum to " + sum + ", not 1");
        }
        for (int j = last; j < row.length; j++) {
            c[j] = 1.0; // rounding must never let a draw fall past the last reachable state
        }
        return c;
    }

    /**
     * The time-stationary distribution of the chain: π_i ∝ ν_i · m_i, where ν is the stationary
     * distribution of the jump chain (ν = νP) and m_i the mean sojourn in state i.
     */
    static double[] stationary(double[][] jump, double[] meanSojourn) {
        int n = jump.length;
        // Solve ν(P − I) = 0 with Σν = 1: transpose, replace the last equation by the sum.
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = jump[j][i] - (i == j ? 1 : 0);
            }
        }
        for (int j = 0; j <= n; j++) {
            a[n - 1][j] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            if (Math.abs(a[col][col]) < 1e-12) {
                throw new IllegalArgumentException("the modulating chain is not irreducible");
            }
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double k = a[r][col] / a[col][col];
                    for (int j = col; j <= n; j++) a[r][j] -= k * a[col][j];
                }
            }
        }
        double[] pi = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            pi[i] = a[i][n] / a[i][i] * meanSojourn[i];
            total += pi[i];
        }
        for (int i = 0; i < n; i++) pi[i] /= total;
        return pi;
    }

    /** The long-run arrival rate, per second: Σ π_i λ_i. */
    double meanRate() {
        double m = 0;
        for (int i = 0; i < rate.length; i++) m += stationary[i] * rate[i];
        return m;
    }

    int state() {
        return state;
    }

    @Override
    public void seek(long t) {
        if (state < 0) {
            state = draw(stationary);
            switchAt = t + sojourn(state);
        }
        while (t >= switchAt) {
            state = jumpFrom(state);
            switchAt = Math.addExact(switchAt, sojourn(state));
        }
    }

    /** A state drawn from {@code probabilities}. */
    private int draw(double[] probabilities) {
        double u = stream.nextDouble();
        double sum = 0;
        for (int i = 0; i < probabilities.length - 1; i++) {
            sum += probabilities[i];
            if (u < sum) return i;
        }
        return probabilities.length - 1;
    }

    /** The state the chain jumps to on leaving {@code i}. */
    private int jumpFrom(int i) {
        double[] c = cumulativeJump[i];
        double u = stream.nextDouble();
        int j = 0;
        while (u >= c[j]) j++;
        return j;
    }

    /** A sojourn of at least 1 us, so the chain always moves forward in time. */
    private long sojourn(int i) {
        double micros = -Math.log1p(-stream.nextDouble()) * meanSojournMicros[i];
        return Math.max(1, Math.min(Math.round(micros), Long.MAX_VALUE / 4));
    }

    @Override
    public double ceiling() {
        return rate[state];
    }

    @Override
    public long windowEnd() {
        return switchAt;
    }

    @Override
    public double rateAt(long t) {
        return rate[state];
    }
}

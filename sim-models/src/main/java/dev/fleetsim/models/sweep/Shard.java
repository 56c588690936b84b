package dev.fleetsim.models.sweep;

/**
 * The part {@code k} of {@code n} (1-based) of a sweep's tasks, for CI matrix jobs: task i
 * belongs to shard {@code i mod n + 1}. Dealing tasks round-robin keeps shards the same size
 * and mixes cheap and expensive points.
 */
public record Shard(int k, int n) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw new SweepException("--shard: expected K/N with 1 <= K <= N, found " + k + "/" + n);
        }
    }

    /** Parses {@code K/N}. */
    public static Shard parse(String text) {
        int slash = text.indexOf('/');
        try {
            if (slash > 0) {
                return new Shard(Integer.parseInt(text.substring(0, slash).trim()), Integer.parseInt(text.substring(slash + 1).trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SweepException("--shard: expected K/N, like 2/4, found '" + text + "'");
    }

    public boolean includes(long task) {
        return task % n == k - 1;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}

package dev.fleetsim.models.sweep;

/** A sweep that cannot run as asked: a bad parameter, shard, objective, or output directory. */
public final class SweepException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SweepException(String message) {
        super(message);
    }
}

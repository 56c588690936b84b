package dev.fleetsim.models.run;

/** Hears about finished replications, for progress bars. Called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {};

    void replicationDone(int done, int total);
}

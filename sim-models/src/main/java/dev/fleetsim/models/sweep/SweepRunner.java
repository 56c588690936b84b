package dev.fleetsim.models.sweep;

import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.run.ProgressListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a sweep's tasks on a thread pool: those of one shard that are not done yet, each saved
 * the moment it finishes. Which thread runs a task never changes its result, so the output does
 * not depend on the thread count.
 */
public final class SweepRunner {
    private final int threads;

    public SweepRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.threads = threads;
    }

    /** The tasks of {@code shard} not in {@code done}, in order. */
    public static List<Long> pending(SweepSetup setup, Shard shard, Set<Long> done) {
        List<Long> out = new ArrayList<>();
        for (long t = 0; t < setup.plan().taskCount(); t++) {
            if (shard.includes(t) && !done.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Runs {@code tasks}, saving each in {@code store}; the progress listener hears each one. */
    public void run(SweepSetup setup, List<Long> tasks, TaskStore store, ProgressListener progress) {
        SamplerFactory samplers = new SamplerFactory(Path.of(""));
        AtomicInteger done = new AtomicInteger();
        int n = tasks.size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, n)), r -> {
            Thread t = new Thread(r, "fleetsim-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(n);
            for (long task : tasks) {
                futures.add(pool.submit(() -> {
                    store.save(SweepTask.run(setup, task, samplers));
                    progress.replicationDone(done.incrementAndGet(), n);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}

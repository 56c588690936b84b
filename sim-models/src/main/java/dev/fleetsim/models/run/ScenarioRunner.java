package dev.fleetsim.models.run;

import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.ReplicationResult;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.results.ReportBuilder;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a scenario's replications on a thread pool. Each replication is independent and
 * single-threaded; results are collected in replication order, so the report is the same
 * whatever the thread count.
 */
public final class ScenarioRunner {
    private final int threads;

    public ScenarioRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.threads = threads;
    }

    public Report run(ScenarioSpec spec, ProgressListener progress) {
        int n = spec.replications();
        // One factory per run: an empirical data file is read once and shared by all replications.
        SamplerFactory samplers = new SamplerFactory(Path.of(""));
        List<ReplicationResult> results = new ArrayList<>(n);
        AtomicInteger done = new AtomicInteger();
        if (threads == 1 || n == 1) {
            for (int r = 0; r < n; r++) {
                results.add(Replication.run(spec, r, samplers));
                progress.replicationDone(done.incrementAndGet(), n);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
                Thread t = new Thread(r, "fleetsim-replication");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<ReplicationResult>> futures = new ArrayList<>(n);
                for (int r = 0; r < n; r++) {
                    int rep = r;
                    futures.add(pool.submit(() -> {
                        ReplicationResult res = Replication.run(spec, rep, samplers);
                        progress.replicationDone(done.incrementAndGet(), n);
                        return res;
                    }));
                }
                for (Future<ReplicationResult> f : futures) {
                    results.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) throw re;
                if (c instanceof Error err) throw err;
                throw new IllegalStateException(c);
            } finally {
                pool.shutdownNow();
            }
        }
        return ReportBuilder.build(spec, results);
    }
}

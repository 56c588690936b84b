package dev.fleetsim.models.results;

import dev.fleetsim.core.stats.Summary;
import java.util.List;
import java.util.Map;

/**
 * A scenario's result across replications: every statistic as a {@link Summary} (mean with
 * Student-t 95% interval, min, max), keyed by path in a fixed order, plus latency percentiles of
 * the pooled histogram and the SLO verdict. Renderers produce the same bytes every time.
 */
public record Report(
        String scenario,
        long seed,
        int replications,
        double horizonSeconds,
        double warmupSeconds,
        Map<List<String>, Summary> statistics,
        Map<String, Double> pooledLatencyMs,
        SloReport slo,
        List<ReplicationResult> perReplication) {}

package dev.fleetsim.models.results;

import dev.fleetsim.core.stats.Summary;
import java.util.List;
import java.util.Map;

/**
 * A scenario's result across replications: every statistic as a {@link Summary} (mean with
 * Student-t 95% interval, min, max), plus latency percentiles of the pooled histogram.
 * Maps are ordered (insertion order) so renderers produce the same bytes every time.
 */
public record Report(
        String scenario,
        long seed,
        int replications,
        double horizonSeconds,
        double warmupSeconds,
        Map<String, Summary> requests,
        Map<String, Summary> latencyMs,
        Map<String, Double> pooledLatencyMs,
        Map<String, Map<String, Summary>> fleets,
        List<ReplicationResult> perReplication) {}

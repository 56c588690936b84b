package dev.fleetsim.models.results;

import dev.fleetsim.core.stats.LatencyRecorder;
import java.util.List;

/**
 * Everything one replication produced. The latency histogram is kept whole so replications can
 * be pooled as well as summarised one by one.
 */
public record ReplicationResult(
        int replication,
        long total,
        long served,
        long throttled,
        long dropped,
        long timedOut,
        long interrupted,
        LatencyRecorder latency,
        List<FleetResult> fleets,
        long eventsRun) {}

package dev.fleetsim.models.results;

import dev.fleetsim.core.stats.LatencyRecorder;
import java.util.List;

/**
 * Everything one replication produced: its scalar results, its whole latency histogram (so
 * replications can be pooled as well as summarised), and its per-minute time series.
 */
public record ReplicationResult(
        int replication,
        ResultValues values,
        LatencyRecorder latency,
        List<String> fleetNames,
        List<MinuteRow> minutes,
        long eventsRun) {}

package dev.fleetsim.models.results;

import dev.fleetsim.core.stats.LatencyRecorder;
import dev.fleetsim.models.scaling.ScalingActivity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one replication produced: its scalar results, its whole latency histogram (so
 * replications can be pooled as well as summarised), its per-minute time series and every scaling
 * activity of its fleets, the hourly forecasts of its predictive policies, and the per-minute
 * gauges its fleets wrote for charts, and the latency histogram of each statistics window (by
 * name, in listing order; their counts are in {@code values} under {@code windows.NAME}).
 */
public record ReplicationResult(
        int replication,
        ResultValues values,
        LatencyRecorder latency,
        List<String> fleetNames,
        List<MinuteRow> minutes,
        List<ScalingActivity> scalingActivities,
        List<ForecastRow> forecastHours,
        long eventsRun,
        FleetSeries gauges,
        Map<String, LatencyRecorder> windowLatency) {

    public ReplicationResult {
        windowLatency = Collections.unmodifiableMap(new LinkedHashMap<>(windowLatency));
    }

    /** A result without statistics windows. */
    public ReplicationResult(int replication, ResultValues values, LatencyRecorder latency, List<String> fleetNames,
            List<MinuteRow> minutes, List<ScalingActivity> scalingActivities, List<ForecastRow> forecastHours,
            long eventsRun, FleetSeries gauges) {
        this(replication, values, latency, fleetNames, minutes, scalingActivities, forecastHours, eventsRun, gauges, Map.of());
    }

    /** A result without forecasts or fleet gauges. */
    public ReplicationResult(int replication, ResultValues values, LatencyRecorder latency, List<String> fleetNames,
            List<MinuteRow> minutes, List<ScalingActivity> scalingActivities, long eventsRun) {
        this(replication, values, latency, fleetNames, minutes, scalingActivities, List.of(), eventsRun, FleetSeries.EMPTY);
    }
}

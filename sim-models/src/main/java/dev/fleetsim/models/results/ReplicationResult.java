package dev.fleetsim.models.results;

import dev.fleetsim.core.stats.LatencyRecorder;
import dev.fleetsim.models.scaling.ScalingActivity;
import java.util.List;

/**
 * Everything one replication produced: its scalar results, its whole latency histogram (so
 * replications can be pooled as well as summarised), its per-minute time series and every scaling
 * activity of its fleets, the hourly forecasts of its predictive policies, and the per-minute
 * gauges its fleets wrote for charts.
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
        FleetSeries gauges) {

    /** A result without forecasts or fleet gauges. */
    public ReplicationResult(int replication, ResultValues values, LatencyRecorder latency, List<String> fleetNames,
            List<MinuteRow> minutes, List<ScalingActivity> scalingActivities, long eventsRun) {
        this(replication, values, latency, fleetNames, minutes, scalingActivities, List.of(), eventsRun, FleetSeries.EMPTY);
    }
}

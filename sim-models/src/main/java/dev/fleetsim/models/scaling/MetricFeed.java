package dev.fleetsim.models.scaling;

import dev.fleetsim.core.metrics.DatapointLag;
import dev.fleetsim.core.metrics.MetricSeries;

/**
 * One metric series of the target as the policies see it through CloudWatch: the series and the
 * delay after which each datapoint becomes visible. Every policy on the same metric and period
 * shares one feed, so all their alarms see a datapoint appear at the same moment.
 */
record MetricFeed(ScalingMetric metric, MetricSeries series, DatapointLag lag) {

    /** {@link #latestVisiblePeriod} when no datapoint is visible. */
    static final long NONE = Long.MIN_VALUE;

    /**
     * The most recent period, among the last {@code range} that have ended by {@code time}, whose
     * datapoint exists and is visible at {@code time}; {@link #NONE} if there is none. The series
     * must have been advanced to {@code time} (an alarm's evaluation does that).
     */
    long latestVisiblePeriod(long time, int range) {
        long newest = series.latestCompletedPeriodAt(time);
        for (long p = newest; p > newest - range && p >= 0; p--) {
            if (series.hasDatapoint(p) && series.periodEnd(p) + lag.lagMicros(p) <= time) {
                return p;
            }
        }
        return NONE;
    }
}

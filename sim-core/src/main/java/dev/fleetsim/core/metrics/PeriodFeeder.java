package dev.fleetsim.core.metrics;

/**
 * An input that pre-aggregates its own samples and must hand them over just before a period of
 * its {@link MetricSeries} closes. Package-private: only {@link TimeWeightedGauge} needs it.
 *
 * <p>Why a hook rather than letting the input record on its own schedule: whoever closes the
 * period (an alarm evaluating at the period boundary, another recorder, the end-of-run flush)
 * would otherwise race the input at the same simulated instant, and the input's contribution
 * would arrive for an already-closed period. With the hook, closing a period always includes it.
 */
interface PeriodFeeder {
    /**
     * Called with {@code periodIndex} still open, immediately before it closes. The feeder may
     * {@link MetricSeries#record(long, double) record} into that period and must do nothing else
     * with the series.
     */
    void periodClosing(long periodIndex);
}

package dev.fleetsim.core.metrics;

/**
 * Told about every period a {@link MetricSeries} closes, in period order, so a caller can stream
 * the series elsewhere (for example one CSV row per minute) while the series itself keeps only a
 * bounded ring.
 *
 * <p>Periods without samples are reported too (the series answers {@code hasDatapoint == false}
 * for them), so a time-series writer gets one row per period and can leave missing cells empty.
 * The period is already stored when the listener runs: read it with
 * {@link MetricSeries#datapoint(long, Statistic)}. Passing the series and an index, not a value
 * object, keeps closing a period allocation-free.
 *
 * <p>The listener must not record into, or advance, the series that is calling it.
 */
@FunctionalInterface
public interface PeriodListener {
    void periodClosed(MetricSeries series, long periodIndex);
}

/**
 * Periodic metric series and alarms, the way CloudWatch aggregates and evaluates them
 * (aws-behaviour.md §1). Knows nothing of AWS services: scaling policies in {@code sim-models}
 * read metrics only through these classes, never from the live instance list.
 *
 * <ul>
 *   <li>{@link dev.fleetsim.core.metrics.MetricSeries}: samples → fixed, 0-aligned periods with
 *       Average/Sum/Minimum/Maximum/SampleCount; a bounded ring of closed periods plus a
 *       {@link dev.fleetsim.core.metrics.PeriodListener} to stream them out.</li>
 *   <li>{@link dev.fleetsim.core.metrics.TimeWeightedGauge}: a piecewise-constant quantity fed
 *       into a series as one time-weighted mean per period.</li>
 *   <li>{@link dev.fleetsim.core.metrics.MetricAlarm}: "M of the last N datapoints breach", with
 *       the evaluation range, TreatMissingData, premature-alarm rule and datapoint lag.</li>
 * </ul>
 *
 * <p>Typical wiring:
 * <pre>{@code
 * MetricSeries cpu = new MetricSeries(SimTime.MICROS_PER_MINUTE, 60, csvWriter);
 * TimeWeightedGauge cpuGauge = new TimeWeightedGauge(cpu);
 * MetricAlarm high = MetricAlarm.on(cpu)
 *         .threshold(ComparisonOperator.GREATER_THAN_THRESHOLD, 50.0)
 *         .evaluationPeriods(3)                      // 3 of 3 (§1.3)
 *         .datapointLagMicros(SimTime.seconds(60))   // M1
 *         .build();
 * // model code:        cpuGauge.set(loop.now(), busy / vcpus);
 * // every 60 s event:  if (high.evaluate(loop.now()) == AlarmState.ALARM) ...
 * }</pre>
 */
package dev.fleetsim.core.metrics;

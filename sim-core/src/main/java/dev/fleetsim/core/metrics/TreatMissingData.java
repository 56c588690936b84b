package dev.fleetsim.core.metrics;

/**
 * How an alarm fills missing datapoints when its evaluation range holds fewer real datapoints
 * than {@code EvaluationPeriods} (aws-behaviour.md §1.2; CloudWatch user guide, S44). The exact
 * decision for each value is written down in {@link MetricAlarm}.
 */
public enum TreatMissingData {
    /** Default. Missing points are not counted either way; all missing → INSUFFICIENT_DATA. */
    MISSING,
    /** Missing points count as within the threshold. */
    NOT_BREACHING,
    /** Missing points count as breaching the threshold. */
    BREACHING,
    /** Like {@link #MISSING}, except that where MISSING would go to INSUFFICIENT_DATA or make a
     *  premature ALARM, the current state is kept. */
    IGNORE
}

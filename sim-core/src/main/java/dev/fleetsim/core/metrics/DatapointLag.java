package dev.fleetsim.core.metrics;

/**
 * How long after its period ends a datapoint becomes visible to an alarm: CloudWatch's ingestion
 * delay, which AWS does not document (aws-behaviour.md §1.1 GAP, modelling choice M1). Until it
 * is visible a datapoint counts as missing, exactly as a late datapoint does in CloudWatch; the
 * evaluation range then makes up for it from older points (§1.2).
 *
 * <p>An implementation must be a pure function of the period index (asked twice, it answers the
 * same), so a datapoint never flickers between visible and missing. A model that wants M1's
 * random lag draws it once per period from its own named stream and remembers it.
 */
@FunctionalInterface
public interface DatapointLag {

    /** No delay: a period's datapoint is visible the instant the period ends. */
    DatapointLag NONE = periodIndex -> 0L;

    /** @return the delay in microseconds (&ge; 0) for the datapoint of {@code periodIndex} */
    long lagMicros(long periodIndex);

    /** The same delay for every datapoint. */
    static DatapointLag fixed(long lagMicros) {
        if (lagMicros < 0) {
            throw new IllegalArgumentException("negative datapoint lag: " + lagMicros + " us");
        }
        return lagMicros == 0 ? NONE : periodIndex -> lagMicros;
    }
}

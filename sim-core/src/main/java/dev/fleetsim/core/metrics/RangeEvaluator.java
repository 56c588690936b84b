package dev.fleetsim.core.metrics;

/**
 * The pure decision rule of {@link MetricAlarm}: given the classified datapoints of one
 * evaluation range, which state does the alarm go to? Kept apart from the alarm's bookkeeping so
 * that it can be tested directly against the tables of the CloudWatch user guide (S44), written
 * there as strings such as {@code "0 - X - X"}.
 *
 * <p>Slots are ordered oldest first (as in the user guide, most recent on the right). Each slot
 * is {@link #MISSING}, {@link #NOT_BREACHING} or {@link #BREACHING}. The rule itself is
 * documented on {@link MetricAlarm}.
 */
final class RangeEvaluator {
    static final byte MISSING = 0;
    static final byte NOT_BREACHING = 1;
    static final byte BREACHING = 2;

    private RangeEvaluator() {}

    /**
     * @param slots classified datapoints, oldest first; only the first {@code length} are read
     * @param n EvaluationPeriods
     * @param m DatapointsToAlarm, 1 &le; m &le; n
     * @param current the alarm's state before this evaluation (kept by IGNORE)
     */
    static AlarmState decide(byte[] slots, int length, int n, int m,
            TreatMissingData treatMissing, AlarmState current) {
        int real = 0;
        int breaching = 0;
        for (int i = 0; i < length; i++) {
            if (slots[i] != MISSING) {
                real++;
                if (slots[i] == BREACHING) {
                    breaching++;
                }
            }
        }

        // Enough real points: the N most recent real ones decide; TreatMissingData is not used.
        if (real >= n) {
            int seen = 0;
            int breachingSeen = 0;
            for (int i = length - 1; i >= 0 && seen < n; i--) {
                if (slots[i] != MISSING) {
                    seen++;
                    if (slots[i] == BREACHING) {
                        breachingSeen++;
                    }
                }
            }
            return breachingSeen >= m ? AlarmState.ALARM : AlarmState.OK;
        }

        // Too few: all real points plus (n − real) filled points are evaluated.
        int fills = n - real;
        switch (treatMissing) {
            case BREACHING:
                return breaching + fills >= m ? AlarmState.ALARM : AlarmState.OK;
            case NOT_BREACHING:
                return breaching >= m ? AlarmState.ALARM : AlarmState.OK;
            case MISSING:
            case IGNORE:
                boolean missing = treatMissing == TreatMissingData.MISSING;
                if (real == 0) {
                    return missing ? AlarmState.INSUFFICIENT_DATA : current;
                }
                if (breaching >= m) {
                    return AlarmState.ALARM;
                }
                if (breaching == real && oldestRealAge(slots, length, fills) >= m) {
                    return missing ? AlarmState.ALARM : current; // the "premature alarm" case
                }
                return AlarmState.OK;
            default:
                throw new AssertionError(treatMissing);
        }
    }

    /**
     * Age (1 = newest) of the oldest real point within the evaluated window. The window is the
     * real points plus the {@code fills} most recent missing slots, in time order; CloudWatch
     * fills "the most recent missing data points" (S44, 2-of-3 table, rows 3 and 4).
     */
    private static int oldestRealAge(byte[] slots, int length, int fills) {
        int age = 0;
        int oldestReal = 0;
        int fillsLeft = fills;
        for (int i = length - 1; i >= 0; i--) {
            if (slots[i] != MISSING) {
                age++;
                oldestReal = age;
            } else if (fillsLeft > 0) {
                fillsLeft--;
                age++;
            }
        }
        return oldestReal;
    }
}

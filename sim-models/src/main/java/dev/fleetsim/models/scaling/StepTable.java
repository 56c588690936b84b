package dev.fleetsim.models.scaling;

import dev.fleetsim.models.scenario.ScalingPolicySpec.StepAdjustment;
import java.util.List;

/**
 * Step adjustments of a step policy, chosen by how far the aggregated metric lies from the alarm
 * threshold (aws-behaviour.md §2.3). Above the threshold a step's lower bound is inclusive and
 * its upper bound exclusive; below it, the reverse. Exactly at the threshold (a breach only for
 * {@code >=} or {@code <=}), the alarm's side decides. A missing bound is open.
 */
final class StepTable {
    private final double[] lower;
    private final double[] upper;
    private final int[] adjustment;

    StepTable(List<StepAdjustment> steps) {
        int n = steps.size();
        lower = new double[n];
        upper = new double[n];
        adjustment = new int[n];
        for (int i = 0; i < n; i++) {
            StepAdjustment s = steps.get(i);
            lower[i] = s.lower() == null ? Double.NEGATIVE_INFINITY : s.lower();
            upper[i] = s.upper() == null ? Double.POSITIVE_INFINITY : s.upper();
            adjustment[i] = s.adjustment();
        }
    }

    /**
     * Index of the step for a metric {@code difference} = value − threshold, or −1 if none covers it.
     *
     * @param upperAlarm whether the alarm fires above its threshold ({@code >}, {@code >=})
     */
    int select(double difference, boolean upperAlarm) {
        boolean above = difference > 0 || (difference == 0 && upperAlarm);
        for (int i = 0; i < lower.length; i++) {
            boolean in = above
                    ? lower[i] <= difference && difference < upper[i]
                    : lower[i] < difference && difference <= upper[i];
            if (in) {
                return i;
            }
        }
        return -1;
    }

    int adjustment(int step) {
        return adjustment[step];
    }

    /** "[10, 20)" or "(-inf, 0]": the step's interval as it applied. */
    String describe(int step, double difference, boolean upperAlarm) {
        boolean above = difference > 0 || (difference == 0 && upperAlarm);
        return (above ? "[" : "(") + bound(lower[step]) + ", " + bound(upper[step]) + (above ? ")" : "]");
    }

    private static String bound(double v) {
        return v == Double.NEGATIVE_INFINITY ? "-inf" : v == Double.POSITIVE_INFINITY ? "+inf" : Texts.number(v);
    }
}

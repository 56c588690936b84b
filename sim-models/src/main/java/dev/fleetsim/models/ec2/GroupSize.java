package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.scaling.ScalingActivity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A group's min, max and desired capacity (aws-behaviour.md 2.1: policies and actions move desired
 * inside [min, max]), and the record of every change to desired capacity as a scaling activity.
 * It tells the group (through {@code changed}) whenever the size changes, so the group can
 * launch or scale in.
 */
final class GroupSize {
    private final String group;
    private final Scheduler scheduler;
    private final Runnable changed;
    private final List<ScalingActivity> activities = new ArrayList<>();
    private int min;
    private int max;
    private int desired;

    GroupSize(String group, int min, int max, int desired, Scheduler scheduler, Runnable changed) {
        this.group = group;
        this.min = min;
        this.max = max;
        this.desired = desired;
        this.scheduler = scheduler;
        this.changed = changed;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    int desired() {
        return desired;
    }

    /** Sets desired capacity clamped into [min, max]; records an activity if it changed. */
    int setDesired(int newDesired, String policy, String reason) {
        int clamped = Math.max(min, Math.min(max, newDesired));
        changeDesired(clamped, policy, reason);
        return clamped;
    }

    /** Sets any of min, max, desired (null: unchanged); desired is clamped into the new range. */
    void setLimits(Integer newMin, Integer newMax, Integer newDesired, String policy, String reason) {
        int lo = newMin != null ? newMin : min;
        int hi = newMax != null ? newMax : max;
        if (lo < 0 || lo > hi) {
            throw new IllegalArgumentException(group + ": min " + lo + " and max " + hi + " are not 0 <= min <= max");
        }
        min = lo;
        max = hi;
        int d = newDesired != null ? newDesired : desired;
        changeDesired(Math.max(min, Math.min(max, d)), policy, reason);
        changed.run(); // a new max resizes the warm pool even if desired stays
    }

    private void changeDesired(int to, String policy, String reason) {
        if (to == desired) {
            return;
        }
        activities.add(new ScalingActivity(scheduler.now(), group, policy, desired, to, reason));
        desired = to;
        changed.run();
    }

    /** Every change of desired capacity so far, in order. */
    List<ScalingActivity> activities() {
        return Collections.unmodifiableList(activities);
    }

    /** Scaling activities in [from, to]. */
    long activitiesBetween(long from, long to) {
        return activities.stream().filter(a -> a.timeMicros() >= from && a.timeMicros() <= to).count();
    }

    @Override
    public String toString() {
        return "desired=" + desired + " in [" + min + ", " + max + "]";
    }
}

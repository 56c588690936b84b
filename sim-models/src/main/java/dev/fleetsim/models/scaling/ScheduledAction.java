package dev.fleetsim.models.scaling;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.scenario.ScalingPolicySpec;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One scheduled action (aws-behaviour.md §2.8): when it is due, and what it sets. Recurring
 * actions follow a {@link CronSchedule} in their time zone between start and end; one-time
 * actions are due once. Times are simulation microseconds.
 */
final class ScheduledAction {
    /** A due time that never comes. */
    static final long NEVER = Long.MAX_VALUE;

    private final String name;
    private final ScalingPolicySpec.Scheduled spec;
    private final CronSchedule cron;
    private final ZoneId zone;
    private final long start;
    private final long end;

    ScheduledAction(String name, ScalingPolicySpec.Scheduled spec) {
        this.name = name;
        this.spec = spec;
        this.cron = spec.cron() == null ? null : CronSchedule.parse(spec.cron());
        this.zone = spec.zone();
        this.start = spec.start() == null ? 0 : spec.start().micros();
        this.end = spec.end() == null ? NEVER : spec.end().micros();
    }

    String name() {
        return name;
    }

    Integer min() {
        return spec.min();
    }

    Integer max() {
        return spec.max();
    }

    Integer desired() {
        return spec.desired();
    }

    /** The first due time at or after {@code time}, or {@link #NEVER}. */
    long dueAtOrAfter(long time) {
        if (cron == null) {
            long at = spec.at().micros();
            return at >= time ? at : NEVER;
        }
        long from = Math.max(time, start);
        Instant next = cron.nextAtOrAfter(SimCalendar.toInstant(from), zone);
        if (next == null) {
            return NEVER;
        }
        long due = SimCalendar.toMicros(next);
        return due <= end ? due : NEVER;
    }

    /** The due time after {@code due}, or {@link #NEVER}. */
    long dueAfter(long due) {
        return cron == null ? NEVER : dueAtOrAfter(due + 1);
    }

    /** "min 4, max 40, desired 10": what the action sets, for reasons. */
    String describeLimits() {
        StringBuilder sb = new StringBuilder();
        append(sb, "min", spec.min());
        append(sb, "max", spec.max());
        append(sb, "desired", spec.desired());
        return sb.toString();
    }

    /** "cron '0 7 * * MON-FRI' America/New_York" or "at 2d": the schedule, for reasons. */
    String describeSchedule() {
        return cron == null ? "at " + spec.at() : "cron '" + cron + "' " + zone.getId();
    }

    private static void append(StringBuilder sb, String what, Integer v) {
        if (v != null) {
            sb.append(sb.length() == 0 ? "" : ", ").append(what).append(' ').append(v);
        }
    }

    static String lateness(long micros) {
        return micros == 0 ? "on time" : Texts.number(SimTime.toSeconds(micros)) + " s late";
    }
}

package dev.fleetsim.models.scaling;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;
import java.util.List;

/**
 * The scheduled actions of one target, run one after another (aws-behaviour.md §2.8; M7): the
 * next action due (earliest due time, then listing order) runs after its drawn delay, but never
 * before the previous action has run. One pending event at a time, however many actions. Actions
 * set min, max and desired through {@link ScalableTarget#setLimits} and ignore cooldowns.
 */
final class ScheduledActions {
    private final ScalableTarget target;
    private final Scheduler scheduler;
    private final List<ScheduledAction> actions;
    private final List<ActionDelaySampler> delays;
    private final long[] due;
    private final Event runEvent = this::runPending;

    private int pending = -1;
    private long pendingAt;
    private long pendingHandle = Scheduler.NO_HANDLE;
    private long lastRunAt = Long.MIN_VALUE;

    ScheduledActions(ScalableTarget target, Scheduler scheduler, List<ScheduledAction> actions,
            List<ActionDelaySampler> delays) {
        this.target = target;
        this.scheduler = scheduler;
        this.actions = List.copyOf(actions);
        this.delays = List.copyOf(delays);
        this.due = new long[actions.size()];
    }

    void start() {
        long now = scheduler.now();
        for (int i = 0; i < due.length; i++) {
            due[i] = actions.get(i).dueAtOrAfter(now);
        }
        scheduleNext();
    }

    void stop() {
        scheduler.cancel(pendingHandle);
        pendingHandle = Scheduler.NO_HANDLE;
        pending = -1;
    }

    /**
     * Runs the pending action now if it is due exactly now, so that scheduled actions come before
     * alarm evaluations at the same instant (aws-behaviour.md §6, event ordering).
     */
    void runIfDue(long now) {
        if (pending >= 0 && pendingAt == now) {
            scheduler.cancel(pendingHandle);
            runPending();
        }
    }

    private void scheduleNext() {
        int next = -1;
        for (int i = 0; i < due.length; i++) {
            if (due[i] != ScheduledAction.NEVER && (next < 0 || due[i] < due[next])) {
                next = i;
            }
        }
        pending = next;
        pendingHandle = Scheduler.NO_HANDLE;
        if (next < 0) {
            return;
        }
        long at = Math.addExact(due[next], delays.get(next).drawMicros());
        pendingAt = Math.max(Math.max(at, lastRunAt), scheduler.now());
        pendingHandle = scheduler.scheduleAt(pendingAt, runEvent);
    }

    private void runPending() {
        int i = pending;
        ScheduledAction a = actions.get(i);
        long now = scheduler.now();
        long late = now - due[i];
        int lo = a.min() != null ? a.min() : target.minCapacity();
        int hi = a.max() != null ? a.max() : target.maxCapacity();
        if (lo <= hi) { // otherwise the action fails, as AWS fails it: nothing changes
            target.setLimits(a.min(), a.max(), a.desired(), a.name(), "scheduled action " + a.describeSchedule()
                    + ", due at " + SimCalendar.toInstant(due[i]) + ", ran " + ScheduledAction.lateness(late) + ": "
                    + a.describeLimits());
        }
        lastRunAt = now;
        due[i] = a.dueAfter(due[i]);
        scheduleNext();
    }
}

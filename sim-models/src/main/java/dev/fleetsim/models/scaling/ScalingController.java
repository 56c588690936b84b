package dev.fleetsim.models.scaling;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.models.results.ResultValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * All scaling of one target: its dynamic policies (target tracking, step, simple) and its
 * scheduled actions. Made and started by {@link ScalingPolicies#attach}.
 *
 * <h2>One tick, one decision</h2>
 * The controller schedules a single periodic evaluation event, at the shortest cadence of its
 * policies (60 s; 10 s if any alarm has a high-resolution period), aligned to simulation time 0.
 * At each tick it first runs a scheduled action due at exactly that instant (scheduled actions
 * come before alarm evaluations, aws-behaviour.md §6), then evaluates every policy whose cadence
 * divides the tick, then applies at most one change, combined as AWS combines policies (§2.2,
 * §2.9), so the outcome does not depend on the order policies are listed in:
 * <ol>
 *   <li>Scale out if any policy asks to; the largest capacity wins.</li>
 *   <li>Otherwise scale in, to the largest capacity proposed, from: target-tracking proposals,
 *       but only if every target-tracking policy with scale-in enabled currently asks to scale
 *       in; and step or simple proposals, which are not held back by target tracking (each is its
 *       own alarm in AWS).</li>
 * </ol>
 * Ties go to the policy whose name sorts first. A change goes through
 * {@link ScalableTarget#setDesiredCapacity}, already clamped to [min, max]; a proposal that the
 * clamp makes a no-op is dropped.
 *
 * <h2>Predictive floor</h2>
 * A predictive policy in forecast-and-scale mode (at most one per target, §2.9) raises desired
 * capacity itself at each forecast hour minus its scheduling buffer, and holds a capacity floor
 * until the next one. At each tick the combined decision respects it: a scale-in never goes
 * below the floor (it is made shallower, or dropped), and if desired has fallen below the floor
 * (a scheduled action), the tick raises it back. Scale-outs above the floor are untouched, so
 * desired = the larger of what each policy wants; predictive scaling never scales in.
 *
 * <h2>Standing votes</h2>
 * With mixed cadences (a 10 s and a 60 s policy), a policy not evaluated at this tick keeps its
 * latest answer as a standing vote: it can veto a scale-in or make it less deep (a larger
 * capacity), never trigger a change by itself. Any change of desired or in-service capacity clears
 * every vote, as it was cast on the old capacity.
 *
 * <h2>Capacity changes</h2>
 * The controller remembers when desired or in-service capacity last changed (its own changes at
 * once; launches finishing, scheduled actions and replacements at the next tick) and passes it to
 * the policies: target tracking sizes changes only from datapoints measured after it.
 */
public final class ScalingController {
    private final ScalableTarget target;
    private final Scheduler scheduler;
    private final List<DynamicPolicy> policies;
    private final Proposal[] votes;
    private final boolean[] fresh;
    private final ScheduledActions scheduled;
    private final List<PredictivePolicy> predictive;
    private final long tickMicros;
    private final Event tickEvent = this::tick;

    private long tickHandle = Scheduler.NO_HANDLE;
    private boolean started;
    private long lastCapacityChangeAt = Long.MIN_VALUE;
    private int seenDesired;
    private int seenInService;

    ScalingController(ScalableTarget target, Scheduler scheduler, List<DynamicPolicy> policies,
            List<ScheduledAction> actions, List<ActionDelaySampler> delays) {
        this(target, scheduler, policies, actions, delays, List.of());
    }

    ScalingController(ScalableTarget target, Scheduler scheduler, List<DynamicPolicy> policies,
            List<ScheduledAction> actions, List<ActionDelaySampler> delays, List<PredictivePolicy> predictive) {
        this.target = target;
        this.predictive = List.copyOf(predictive);
        this.scheduler = scheduler;
        this.policies = List.copyOf(policies);
        this.votes = new Proposal[policies.size()];
        this.fresh = new boolean[policies.size()];
        Arrays.fill(votes, Proposal.NONE);
        this.scheduled = actions.isEmpty() ? null
                : new ScheduledActions(target, scheduler, actions, delays);
        long tick = Long.MAX_VALUE;
        for (DynamicPolicy p : policies) {
            tick = Math.min(tick, p.cadenceMicros());
        }
        this.tickMicros = tick;
    }

    /** Schedules the first evaluation tick and the first scheduled action. Called once. */
    void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        seenDesired = target.desiredCapacity();
        seenInService = target.inServiceCapacity();
        if (scheduled != null) {
            scheduled.start();
        }
        for (PredictivePolicy p : predictive) {
            p.start();
        }
        if (!policies.isEmpty()) {
            long now = scheduler.now();
            long first = (Math.floorDiv(now, tickMicros) + 1) * tickMicros;
            tickHandle = scheduler.scheduleAt(first, tickEvent);
        }
    }

    /** Cancels every pending evaluation and scheduled action: the target is no longer scaled. */
    public void stop() {
        scheduler.cancel(tickHandle);
        tickHandle = Scheduler.NO_HANDLE;
        if (scheduled != null) {
            scheduled.stop();
        }
        for (PredictivePolicy p : predictive) {
            p.stop();
        }
    }

    /** The measured window ends now: predictive policies record the measured load of their last hours. */
    public void endMeasurement() {
        for (PredictivePolicy p : predictive) {
            p.fillActualsToNow();
        }
    }

    /** The predictive policies' forecast records, in listing order (empty without predictive policies). */
    public List<ForecastReport> forecastReports() {
        List<ForecastReport> out = new ArrayList<>();
        for (PredictivePolicy p : predictive) {
            out.add(p.report());
        }
        return out;
    }

    /**
     * Adds each predictive policy's figures for the measurement window [fromMicros, toMicros)
     * under {@code fleets.FLEET.predictive} (see {@link ForecastReport#report}); nothing without
     * a predictive policy. AWS allows one predictive policy to scale a group; with several (all
     * but one forecast-only) the first listed is reported.
     */
    public void report(ResultValues out, String fleet, long fromMicros, long toMicros) {
        if (!predictive.isEmpty()) {
            predictive.get(0).report().report(out, fleet, fromMicros, toMicros);
        }
    }

    /**
     * The capacity floor the predictive policies hold now (0 without one in forecast-and-scale).
     * The tick clamps it to the present max, which a scheduled action may have lowered since.
     */
    int predictiveFloor() {
        int floor = 0;
        for (PredictivePolicy p : predictive) {
            floor = Math.max(floor, p.floor());
        }
        return floor;
    }

    /** The names of the dynamic policies, in listing order. */
    public List<String> policyNames() {
        List<String> names = new ArrayList<>();
        for (DynamicPolicy p : policies) {
            names.add(p.name());
        }
        return names;
    }

    /** The evaluation cadence in microseconds, or {@code Long.MAX_VALUE} without dynamic policies. */
    public long tickMicros() {
        return tickMicros;
    }

    private void tick() {
        long now = scheduler.now();
        tickHandle = scheduler.scheduleAt(now + tickMicros, tickEvent);
        if (scheduled != null) {
            scheduled.runIfDue(now);
        }
        noticeCapacityChange(now);
        int desired = target.desiredCapacity();
        for (int i = 0; i < policies.size(); i++) {
            DynamicPolicy p = policies.get(i);
            fresh[i] = now % p.cadenceMicros() == 0;
            if (fresh[i]) {
                votes[i] = p.evaluate(now, lastCapacityChangeAt);
            }
        }
        Proposal decision = respectFloor(combine(desired, policies, votes, fresh), desired,
                Math.min(predictiveFloor(), target.maxCapacity()),
                predictive.isEmpty() ? "" : predictive.get(0).name());
        if (decision.direction() != Proposal.Direction.NONE) {
            target.setDesiredCapacity(decision.capacity(), decision.policy(), decision.reason());
            Arrays.fill(votes, Proposal.NONE);
            lastCapacityChangeAt = now;
        }
        seenDesired = target.desiredCapacity();
        seenInService = target.inServiceCapacity();
    }

    /**
     * Notes a change of desired or in-service capacity since the last tick (launches finishing,
     * scheduled actions, replacements): from now on target tracking waits for a datapoint
     * measured after it. Noticed at tick resolution, which errs on the safe side.
     */
    private void noticeCapacityChange(long now) {
        int desired = target.desiredCapacity();
        int inService = target.inServiceCapacity();
        if (desired != seenDesired || inService != seenInService) {
            lastCapacityChangeAt = now;
            Arrays.fill(votes, Proposal.NONE);
        }
    }

    /**
     * The one change to apply, or {@link Proposal#NONE}; see the class comment.
     *
     * @param votes every policy's latest proposal, in the order of {@code policies}
     * @param fresh which of {@code votes} were made at this tick (only these can trigger a change)
     */
    static Proposal combine(int desired, List<DynamicPolicy> policies, Proposal[] votes, boolean[] fresh) {
        Proposal best = Proposal.NONE;
        for (int i = 0; i < votes.length; i++) {
            if (fresh[i] && votes[i].isOut() && votes[i].capacity() > desired && larger(votes[i], best)) {
                best = votes[i];
            }
        }
        if (best != Proposal.NONE) {
            return best;
        }
        boolean trackingAgrees = true;
        for (int i = 0; i < votes.length; i++) {
            if (policies.get(i).vetoesScaleIn() && !scalesIn(votes[i], desired)) {
                trackingAgrees = false;
            }
        }
        boolean triggered = false;
        for (int i = 0; i < votes.length; i++) {
            boolean allowed = trackingAgrees || !policies.get(i).vetoesScaleIn();
            if (allowed && scalesIn(votes[i], desired)) {
                triggered |= fresh[i];
                if (larger(votes[i], best)) {
                    best = votes[i];
                }
            }
        }
        return triggered ? best : Proposal.NONE;
    }

    /**
     * {@code decision} made to respect the predictive capacity {@code floor}: a scale-in stops at
     * the floor (or is dropped if that leaves desired as it is); with no decision, desired below
     * the floor is raised to it, in the name of {@code owner}, the predictive policy.
     */
    static Proposal respectFloor(Proposal decision, int desired, int floor, String owner) {
        if (decision.isIn() && decision.capacity() < floor) {
            return floor < desired ? Proposal.in(decision.policy(), floor, decision.reason()
                    + " (stopped at the predictive floor " + floor + ")") : Proposal.NONE;
        }
        if (decision.direction() == Proposal.Direction.NONE && desired < floor) {
            return Proposal.out(owner, floor, "desired " + desired + " below the predictive floor " + floor);
        }
        return decision;
    }

    private static boolean scalesIn(Proposal p, int desired) {
        return p.isIn() && p.capacity() < desired;
    }

    /** Larger capacity first; on a tie, the policy name that sorts first. */
    private static boolean larger(Proposal p, Proposal best) {
        return best == Proposal.NONE || p.capacity() > best.capacity()
                || p.capacity() == best.capacity() && p.policy().compareTo(best.policy()) < 0;
    }
}

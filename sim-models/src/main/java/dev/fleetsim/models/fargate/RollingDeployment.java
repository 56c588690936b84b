package dev.fleetsim.models.fargate;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scenario.FargateDeploymentSpec;

/**
 * An ECS rolling update: from its start, the service replaces every task of older revisions by
 * one of the new revision, never running more than {@code floor(desired × maximum_percent / 100)}
 * tasks and never stopping a healthy task when that would leave fewer than
 * {@code ceil(desired × minimum_healthy_percent / 100)} healthy. Old tasks not yet healthy go
 * first, as they serve nothing. It is complete when no old task is left and desired count of new
 * tasks are healthy (ECS's steady state). It re-evaluates whenever a task becomes healthy or stops, and
 * when desired count changes. With the defaults (100 %, 200 %) it starts a full set of new tasks
 * and stops one old task per new task that passes its health checks; with 50 %/100 % it stops
 * half first, so capacity dips.
 */
final class RollingDeployment {
    private final FargateService service;
    private final FargateDeploymentSpec spec;
    private int revision;
    private boolean inProgress;
    private long startedAt = -1;
    private long completedAt = -1;
    private int minHealthySeen = Integer.MAX_VALUE;

    RollingDeployment(FargateService service, FargateDeploymentSpec spec) {
        this.service = service;
        this.spec = spec;
    }

    boolean inProgress() {
        return inProgress;
    }

    /** The deployment of {@code newRevision} starts now. */
    void start(int newRevision) {
        revision = newRevision;
        inProgress = true;
        startedAt = service.now();
        service.reconcile();
    }

    void reconcile() {
        int desired = service.desired();
        int maxTotal = (int) Math.floor(desired * spec.maximumPercent() / 100.0);
        int minHealthy = (int) Math.ceil(desired * spec.minimumHealthyPercent() / 100.0);
        boolean changed = true;
        while (changed) {
            changed = false;
            int fresh = service.live(revision);
            int all = service.live(-1);
            if (fresh < desired && all < maxTotal) {
                service.launch(revision);
                changed = true;
                continue;
            }
            if (fresh > desired) { // scaled in during the deployment
                service.stop(service.pickToStop(revision));
                changed = true;
                continue;
            }
            FargateTask old = oldest();
            if (old != null && (!old.healthy || healthy() - 1 >= minHealthy)) {
                service.stop(old);
                changed = true;
            }
        }
        minHealthySeen = Math.min(minHealthySeen, healthy());
        if (nothingOldLeft() && healthy() == desired && service.live(revision) == desired) {
            inProgress = false;
            completedAt = service.now();
        }
    }

    /** A live task of an older revision to stop: one not yet healthy first, else the oldest healthy. */
    private FargateTask oldest() {
        FargateTask best = null;
        for (FargateTask t : service.tasks()) {
            if (!t.live() || t.revision >= revision) {
                continue;
            }
            if (best == null || (!t.healthy && best.healthy) || (t.healthy == best.healthy && t.id < best.id)) {
                best = t;
            }
        }
        return best;
    }

    private int healthy() {
        int n = 0;
        for (FargateTask t : service.tasks()) {
            if (t.live() && t.healthy) {
                n++;
            }
        }
        return n;
    }

    private boolean nothingOldLeft() {
        for (FargateTask t : service.tasks()) {
            if (t.revision < revision && t.live()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code deployment.duration_s}: from its start to completion, or to {@code end} (the end of
     * the run) if it has not completed, a lower bound then flagged by {@code deployment.unfinished}
     * = 1 (its mean across replications is the share that did not finish); 0 if it never started.
     * {@code deployment.min_healthy_tasks}: the fewest healthy tasks seen while it ran.
     */
    void report(ResultValues out, String name, long end) {
        boolean started = startedAt >= 0 && startedAt < end;
        boolean finished = started && completedAt >= 0 && completedAt <= end;
        long until = finished ? completedAt : end;
        out.put(started ? (until - startedAt) / (double) SimTime.MICROS_PER_SECOND : 0, "fleets", name, "deployment",
                "duration_s");
        out.put(started && !finished ? 1 : 0, "fleets", name, "deployment", "unfinished");
        out.put(started ? minHealthySeen : 0, "fleets", name, "deployment", "min_healthy_tasks");
    }
}

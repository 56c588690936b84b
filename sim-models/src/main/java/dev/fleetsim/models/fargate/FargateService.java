package dev.fleetsim.models.fargate;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.PeriodListener;
import dev.fleetsim.models.billing.CostLedger;
import dev.fleetsim.models.ec2.Instance;
import dev.fleetsim.models.ec2.InstanceType;
import dev.fleetsim.models.ec2.ServingPool;
import dev.fleetsim.models.fleet.Fleet;
import dev.fleetsim.models.results.MinuteGauges;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scaling.ScalableTarget;
import dev.fleetsim.models.scaling.ScalingActivity;
import dev.fleetsim.models.scaling.ScalingMetric;
import dev.fleetsim.models.scenario.Ec2AsgSpec;
import dev.fleetsim.models.scenario.FargateSpec;
import dev.fleetsim.models.scenario.FargateSpotSpec;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * An ECS service on Fargate (fleet type {@code fargate}): keeps its live tasks at desired count,
 * placing each new task by the capacity provider strategy ({@link TaskRoster}), replacing
 * tasks whose Spot warning came, and rolling out a deployment when the scenario says. Tasks serve
 * requests through the shared load balancer ({@link ServingPool}); their states are driven by
 * {@link TaskLifecycle}. Scaling sees it through {@link ServiceTarget}.
 *
 * <p>Capacity ({@link #capacity()}) is the number of RUNNING tasks, as ECS's running count.
 */
public final class FargateService implements Fleet, TaskLifecycle.Listener {
    /** Spot warnings since time 0 (window or not): a running total for the charts. */
    private long warningsEver;
    private final FargateSpec spec;
    private final Scheduler scheduler;
    private final ServingPool pool;
    private final TaskLifecycle lifecycle;
    private final TaskStartup startup;
    private final FargateBilling billing;
    private final InstanceType taskType;
    private final long launchGapMicros;
    private final RollingDeployment deployment;
    private final ServiceTarget target;
    /** Draws which Spot tasks a capacity reclaim takes ({@code fargate/NAME/spot-reclaim}). */
    private final RandomStream reclaimStream;

    private final TaskRoster roster;
    private final List<ScalingActivity> activities = new ArrayList<>();
    private int desired;
    private int min;
    private int max;
    private int revision = 1;
    private int nextId;
    /** Launch-rate cap (GCRA): the theoretical time of the next launch, and the burst's tolerance. */
    private long nextLaunchAt;
    private final long burstToleranceMicros;
    private boolean reconciling;
    private boolean again;
    private long windowStart;
    private long windowEnd = Long.MAX_VALUE;

    private boolean measuring = true;
    private long launched;
    private long spotInterruptions;
    private long replaced;

    FargateService(FargateSpec spec, Scheduler scheduler, ServingPool pool, TaskLifecycle lifecycle, TaskStartup startup,
            FargateBilling billing, InstanceType taskType, RandomStream reclaimStream) {
        this.reclaimStream = reclaimStream;
        this.spec = spec;
        this.scheduler = scheduler;
        this.pool = pool;
        this.lifecycle = lifecycle;
        this.startup = startup;
        this.billing = billing;
        this.taskType = taskType;
        this.roster = new TaskRoster(new ProviderSplit(spec.capacityProviders()));
        this.launchGapMicros = Math.max(1, Math.round(1e6 / spec.launchRate().perSecond()));
        this.burstToleranceMicros = (spec.launchBurst() - 1) * launchGapMicros;
        this.nextLaunchAt = scheduler.now();
        this.min = spec.capacity().min();
        this.max = spec.capacity().max();
        this.desired = spec.capacity().desired();
        this.deployment = spec.deployment() == null ? null : new RollingDeployment(this, spec.deployment());
        this.target = new ServiceTarget(this, scheduler, spec.scaleInCooldown().micros());
        lifecycle.listen(this);
    }

    /** Starts the initial tasks (serving or launching per {@code initial_state}) and schedules the deployment. */
    void start() {
        boolean serving = spec.initialState() == Ec2AsgSpec.InitialState.IN_SERVICE;
        for (int i = 0; i < desired; i++) {
            FargateTask t = newTask(revision);
            if (serving) {
                t.initial = true;
                lifecycle.alreadyServing(t);
            } else {
                launchNow(t);
            }
        }
        if (deployment != null) {
            scheduler.scheduleAt(spec.deployment().at().micros(), () -> deployment.start(++revision));
        }
        for (FargateSpotSpec.Outage o : spec.spot().noCapacity()) {
            if (o.reclaim().value() > 0) {
                scheduler.scheduleAt(o.start().micros(), () -> reclaim(o.reclaim().value()));
            }
        }
    }

    /** AWS takes Spot capacity back: each running Spot task is warned with probability {@code fraction}. */
    private void reclaim(double fraction) {
        for (FargateTask t : List.copyOf(roster.all())) { // warnings start replacements, which join the list
            if (t.spot && t.state == FargateTask.State.RUNNING && reclaimStream.nextDouble() < fraction) {
                lifecycle.warn(t);
            }
        }
    }

    // ---- desired count ----

    /** Brings live tasks to desired count (or lets the deployment do it while one is in progress). */
    void reconcile() {
        if (reconciling) { // a task stopped at once inside this pass: run the pass again when it ends
            again = true;
            return;
        }
        reconciling = true;
        try {
            do {
                again = false;
                if (deployment != null && deployment.inProgress()) {
                    deployment.reconcile();
                } else {
                    while (live(-1) < desired) {
                        launch(revision);
                    }
                    while (live(-1) > desired) {
                        stop(pickToStop(-1));
                    }
                }
            } while (again);
        } finally {
            reconciling = false;
        }
        target.checkActivity();
    }

    long now() {
        return scheduler.now();
    }

    /** Launches a task of {@code rev} on the provider the strategy picks. */
    FargateTask launch(int rev) {
        FargateTask t = newTask(rev);
        launchNow(t);
        return t;
    }

    /**
     * Starts {@code t} now, or later under the launch-rate cap (M19): a burst of {@code launch_burst}
     * tasks at once, then one every 1 / {@code launch_rate} (the generic cell rate algorithm, a token
     * bucket kept as one time).
     */
    private void launchNow(FargateTask t) {
        long now = scheduler.now();
        long at = Math.max(now, nextLaunchAt - burstToleranceMicros);
        nextLaunchAt = Math.max(nextLaunchAt, at) + launchGapMicros;
        if (measuring) {
            launched++;
        }
        lifecycle.launch(t, at);
    }

    private FargateTask newTask(int rev) {
        boolean spot = roster.nextIsSpot();
        Instance serving = pool.newTarget(nextId, taskType, spec.task().slots());
        FargateTask t = new FargateTask(nextId++, spot, rev, serving, scheduler.now());
        roster.add(t);
        return t;
    }

    void stop(FargateTask t) {
        lifecycle.stop(t);
    }

    List<FargateTask> tasks() {
        return roster.all();
    }

    /** Live tasks of revision {@code rev} (−1: all). */
    int live(int rev) {
        return roster.live(rev);
    }

    FargateTask pickToStop(int rev) {
        return roster.pickToStop(rev);
    }

    // ---- lifecycle events ----

    @Override
    public void healthy(FargateTask t) {
        reconcile();
    }

    @Override
    public void warned(FargateTask t) {
        warningsEver++;
        if (measuring) {
            spotInterruptions++;
            replaced++;
        }
        reconcile();
    }

    @Override
    public void stopped(FargateTask t) {
        roster.remove(t);
        reconcile();
    }

    /** The serving pool finished draining {@code serving}. */
    void drained(Instance serving) {
        FargateTask t = roster.of(serving);
        if (t != null) {
            lifecycle.drained(t);
        }
    }

    /** Warns {@code t} of its Spot interruption now (tests). */
    void warn(FargateTask t) {
        lifecycle.warn(t);
    }

    // ---- scaling ----

    int desired() {
        return desired;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    long scaleOutCooldownMicros() {
        return spec.scaleOutCooldown().micros();
    }

    /** Sets desired count, clamped into [min, max], recording the activity; returns it. */
    int setDesired(int wanted, String policy, String reason) {
        int to = Math.max(min, Math.min(max, wanted));
        if (to != desired) {
            activities.add(new ScalingActivity(scheduler.now(), spec.name(), policy, desired, to, reason));
            desired = to;
            reconcile();
        }
        return desired;
    }

    void setLimits(Integer newMin, Integer newMax, Integer newDesired, String policy, String reason) {
        if (newMin != null) {
            min = newMin;
        }
        if (newMax != null) {
            max = newMax;
        }
        setDesired(newDesired != null ? newDesired : desired, policy, reason);
    }

    MetricSeries metric(ScalingMetric metric, long periodMicros, int retained) {
        return pool.series(metric, periodMicros, retained);
    }

    void addPeriodListener(ScalingMetric metric, PeriodListener listener) {
        pool.addPeriodListener(metric, listener);
    }

    /** The face Application Auto Scaling sees. */
    public ScalableTarget scalableTarget() {
        return target;
    }

    // ---- Fleet ----

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public String type() {
        return "fargate";
    }

    @Override
    public double capacity() {
        return pool.running();
    }

    @Override
    public double desiredCapacity() {
        return desired;
    }

    @Override
    public void arrive(long serviceMicros, long timeoutMicros) {
        pool.arrive(serviceMicros, timeoutMicros);
    }

    /**
     * Per-minute chart data: serving tasks, tasks starting up, live tasks by capacity provider
     * (FARGATE_SPOT as Spot), and the running total of Spot warnings.
     */
    @Override
    public void sampleMinute(MinuteGauges gauges) {
        int spot = 0;
        int onDemand = 0;
        for (FargateTask t : roster.all()) {
            if (t.live()) {
                if (t.spot) {
                    spot++;
                } else {
                    onDemand++;
                }
            }
        }
        double serving = capacity(); // what the capacity series and scaling policies count
        gauges.level(MinuteGauges.IN_SERVICE, serving);
        gauges.level(MinuteGauges.PENDING, Math.max(0, spot + onDemand - serving));
        if (spec.usesSpot()) {
            gauges.level(MinuteGauges.SPOT, spot);
            gauges.level(MinuteGauges.ON_DEMAND, onDemand);
            gauges.count(MinuteGauges.SPOT_INTERRUPTIONS, warningsEver);
        }
    }

    @Override
    public void startMeasurement(long time) {
        pool.startMeasurement(time);
        startup.startMeasurement();
        billing.startMeasurement(time);
        launched = spotInterruptions = replaced = 0;
        windowStart = time;
    }

    @Override
    public void endMeasurement(long time) {
        pool.endMeasurement(time);
        startup.endMeasurement();
        List<long[]> open = new ArrayList<>();
        for (FargateTask t : roster.all()) {
            if (t.billedFrom >= 0 && t.state != FargateTask.State.STOPPED) {
                open.add(new long[] {t.spot ? 1 : 0, t.billedFrom});
            }
        }
        billing.endMeasurement(time, open);
        measuring = false;
        windowEnd = time;
    }

    @Override
    public void report(ResultValues out) {
        String n = spec.name();
        pool.report(out, n);
        out.put(launched, "fleets", n, "tasks_launched");
        out.put(spotInterruptions, "fleets", n, "spot_interruptions");
        out.put(replaced, "fleets", n, "tasks_replaced");
        out.put(activities.stream().filter(a -> a.timeMicros() >= windowStart && a.timeMicros() < windowEnd).count(),
                "fleets", n, "scaling_actions");
        startup.report(out, n);
        billing.report(out, n);
        if (deployment != null) {
            deployment.report(out, n, windowEnd);
        }
    }

    @Override
    public void bill(CostLedger ledger) {
        billing.bill(ledger, spec.usesSpot());
    }

    @Override
    public List<ScalingActivity> scalingActivities() {
        return List.copyOf(activities);
    }

    /** Healthy tasks (taking traffic) now. */
    public int healthyTasks() {
        return pool.healthyTargets();
    }

    /** Live tasks on Fargate Spot now. */
    public int spotTasks() {
        return roster.liveSpot();
    }

    /** Live tasks (launched and not stopping) now. */
    public int liveTasks() {
        return live(-1);
    }

    @Override
    public String toString() {
        return "fargate[" + spec.name() + ", desired=" + desired + ", tasks=" + roster.all() + "]";
    }
}

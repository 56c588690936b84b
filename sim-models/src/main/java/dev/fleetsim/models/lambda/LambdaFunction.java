package dev.fleetsim.models.lambda;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.billing.CostLedger;
import dev.fleetsim.models.distribution.DurationSampler;
import dev.fleetsim.models.fleet.Fleet;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.results.MinuteGauges;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scaling.ScalingActivity;
import dev.fleetsim.models.scenario.LambdaSpec;
import dev.fleetsim.models.scenario.RetrySpec;
import dev.fleetsim.models.workload.RetryPolicy;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * An AWS Lambda function (aws-behaviour.md section 4): execution environments that serve one
 * invocation at a time, created on demand with a cold start (INIT) or reused warm, reclaimed
 * after an idle lifetime or at their maximum age (M14); concurrency capped by reserved
 * concurrency or the account's unreserved pool (4.3); new environments limited by the scaling
 * rate (4.4, M15). Synchronous requests that find no concurrency are throttled at once (4.5);
 * asynchronous ones go through {@link AsyncInvoker}. Provisioned environments
 * ({@link ProvisionedConcurrency}) are used first and never cold-start.
 *
 * <p>Concurrency used by the function = allocated provisioned environments + busy on-demand
 * environments: provisioned concurrency is withheld from the account whether busy or not (4.6).
 */
public final class LambdaFunction implements Fleet {
    /** On-demand INIT is capped at 10 s; past it INIT is retried inside the invocation (4.1). */
    static final long INIT_LIMIT = SimTime.seconds(10);

    private final LambdaSpec spec;
    private final Scheduler scheduler;
    private final RequestStats stats;
    private final LambdaAccount account;
    private final ScalingBucket bucket;
    private final DurationSampler init;
    private final DurationSampler imageInit;
    private final DurationSampler idleLifetime;
    private final RandomStream errors;
    private final double durationFactor;
    private final double initFactor;
    private final double errorProbability;
    private final long timeout;
    private final long maxLifetime;
    final LambdaBilling billing;
    private AsyncInvoker async;
    private ProvisionedConcurrency provisioned;

    private final IdleList idle;
    final IdleList provisionedIdle;
    private final List<Environment> free = new ArrayList<>();
    private long nextId;
    private int busyOnDemand;
    private int busyProvisioned;
    int provisionedAllocated;
    private int alive;

    private final FunctionTally tally;
    /** Id of the environment the last invocation started on (tests of reuse order). */
    long lastStartedId = -1;

    LambdaFunction(LambdaSpec spec, Scheduler scheduler, RequestStats stats, LambdaAccount account, ScalingBucket bucket,
            DurationSampler init, DurationSampler imageInit, DurationSampler idleLifetime, RandomStream errors) {
        this.spec = spec;
        this.scheduler = scheduler;
        this.stats = stats;
        this.account = account;
        this.bucket = bucket;
        this.init = init;
        this.imageInit = imageInit;
        this.idleLifetime = idleLifetime;
        this.errors = errors;
        this.durationFactor = LambdaSpec.cpuFactor(spec.durationCpuFraction().value(), spec.memoryMb());
        this.initFactor = LambdaSpec.cpuFactor(spec.initCpuFraction().value(), spec.memoryMb());
        this.errorProbability = spec.errorProbability().value();
        this.timeout = spec.timeout().micros();
        this.maxLifetime = spec.maxLifetime().micros();
        this.idle = new IdleList(spec.reuse());
        this.provisionedIdle = new IdleList(spec.reuse());
        long now = scheduler.now();
        this.tally = new FunctionTally(now);
        this.billing = new LambdaBilling(LambdaPrices.of(spec.architecture()), spec.memoryMb(),
                spec.snapStart() && spec.runtime().snapStartCharged(), now);
        if (spec.reservedConcurrency() != null) {
            account.reserve(spec.reservedConcurrency());
        }
    }

    void attach(AsyncInvoker asyncInvoker) {
        this.async = asyncInvoker;
    }

    void attach(ProvisionedConcurrency pc) {
        this.provisioned = pc;
    }

    /** The provisioned concurrency's scalable target, or null. */
    public dev.fleetsim.models.scaling.ScalableTarget provisionedTarget() {
        return provisioned;
    }

    LambdaSpec spec() {
        return spec;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    RequestStats stats() {
        return stats;
    }

    /** True while the measured window is open. */
    boolean measuring() {
        return tally.measuring();
    }

    @Override
    public void arrive(long serviceMicros, long timeoutMicros) {
        if (async != null) {
            async.arrive(serviceMicros);
            return;
        }
        long now = scheduler.now();
        stats.arrived(now);
        Environment e = admitted(now) ? acquire(now) : null;
        if (e == null) {
            stats.throttled(now);
            return;
        }
        start(e, now, now, serviceMicros, deadline(now, timeoutMicros), null);
    }

    /**
     * An attempt from a workload with client retries: a throttled attempt is handed back to the
     * workload's retry policy, and counted as throttled only if the policy gives up. Async
     * invocations are accepted at once (202), so there is nothing for the client to retry.
     */
    @Override
    public void send(RetryPolicy.Attempt attempt) {
        if (async != null) {
            Fleet.super.send(attempt);
            return;
        }
        long now = scheduler.now();
        long first = attempt.firstArrival();
        if (attempt.number() == 1) {
            stats.arrived(now);
        }
        Environment e = admitted(now) ? acquire(now) : null;
        if (e == null) {
            if (!attempt.failed(RetrySpec.Cause.THROTTLED)) {
                stats.throttled(first);
            }
            return;
        }
        long service = attempt.serviceMicros();
        long deadline = deadline(first, attempt.timeoutMicros());
        attempt.done();
        start(e, now, first, service, deadline, null);
    }

    private static long deadline(long from, long timeoutMicros) {
        return timeoutMicros >= Long.MAX_VALUE - from ? Long.MAX_VALUE : from + timeoutMicros;
    }

    /** True if the account's request-rate quota lets an Invoke call in now (else counted as a throttle). */
    boolean admitted(long now) {
        if (account.tryRequest(now)) {
            return true;
        }
        tally.throttled(FunctionTally.Throttle.REQUEST_RATE);
        return false;
    }

    /**
     * An environment for an invocation starting now, with its concurrency taken: an idle
     * provisioned one, else (if the function's cap allows) an idle on-demand one, else a new one
     * if the scaling rate allows. Null if throttled (the cause is counted).
     */
    Environment acquire(long now) {
        Environment e = provisionedIdle.take();
        if (e != null) {
            return e;
        }
        if (!takeConcurrency()) {
            tally.throttled(spec.reservedConcurrency() != null
                    ? FunctionTally.Throttle.RESERVED_CONCURRENCY : FunctionTally.Throttle.ACCOUNT_CONCURRENCY);
            return null;
        }
        e = idle.take();
        if (e != null) {
            cancelReclaim(e);
            return e;
        }
        if (!bucket.tryTake(now)) {
            releaseConcurrency();
            tally.throttled(FunctionTally.Throttle.SCALING_RATE);
            return null;
        }
        return create(now, false);
    }

    /** Takes one unit of concurrency for a new on-demand invocation, if the cap allows it. */
    boolean takeConcurrency() {
        Integer reserved = spec.reservedConcurrency();
        if (reserved != null) {
            return provisionedAllocated + busyOnDemand < reserved;
        }
        return account.tryTakeUnreserved();
    }

    void releaseConcurrency() {
        if (spec.reservedConcurrency() == null) {
            account.releaseUnreserved();
        }
    }

    /** A new environment, not yet initialised. */
    Environment create(long now, boolean isProvisioned) {
        Environment e = free.isEmpty() ? new Environment(this) : free.remove(free.size() - 1);
        e.id = nextId++;
        e.provisioned = isProvisioned;
        e.alive = true;
        e.invoked = false;
        e.recycleDue = false;
        e.createdAt = now;
        alive++;
        tally.environments(now, alive);
        tally.created();
        return e;
    }

    /** One INIT duration (or SnapStart restore), scaled for memory, plus the image overhead. */
    long drawInit() {
        long d = Math.round(init.sampleMicros() * initFactor);
        return imageInit == null ? d : d + imageInit.sampleMicros();
    }

    /** Starts an invocation on {@code e} (concurrency already taken) of a request that arrived at {@code arrival}. */
    void start(Environment e, long now, long arrival, long serviceMicros, long deadline, AsyncInvoker.Pending event) {
        boolean cold = !e.invoked && !e.provisioned;
        long initPhase = 0;
        long work = Math.round(serviceMicros * durationFactor);
        if (cold) {
            long drawn = drawInit();
            initPhase = Math.min(drawn, INIT_LIMIT);
            if (drawn > INIT_LIMIT) {
                work += drawn; // INIT is retried inside the invocation, bound by the function timeout
            }
            if (spec.snapStart()) {
                billing.restored();
            }
        }
        e.invoked = true;
        lastStartedId = e.id;
        e.arrival = arrival;
        e.deadline = deadline;
        e.event = event;
        e.timedOut = work > timeout;
        long run = e.timedOut ? timeout : work;
        e.failed = e.timedOut || errorProbability > 0 && errors.nextDouble() < errorProbability;
        if (e.provisioned) {
            busyProvisioned++;
            provisioned.publish(now);
        } else {
            busyOnDemand++;
        }
        tally.busy(now, busyOnDemand + busyProvisioned);
        tally.invocation(cold, initPhase);
        stats.invocationStarted(e.arrival, cold);
        billing.invocation(now, run + (cold && spec.billInit() ? initPhase : 0), e.provisioned);
        scheduler.scheduleAt(now + initPhase + run, e);
    }

    /** The invocation on {@code e} ends now. */
    void finished(Environment e) {
        long now = scheduler.now();
        if (e.provisioned) {
            busyProvisioned--;
        } else {
            busyOnDemand--;
            releaseConcurrency();
        }
        tally.busy(now, busyOnDemand + busyProvisioned);
        tally.finished(e.failed, e.timedOut);
        AsyncInvoker.Pending event = e.event;
        e.event = null;
        boolean failed = e.failed;
        boolean reset = e.timedOut;
        long arrival = e.arrival;
        long deadline = e.deadline;
        // The environment first, so that a retry or the next request can find it.
        release(e, now, reset);
        if (event != null) {
            async.finished(event, failed);
        } else if (reset || now > deadline) {
            stats.timedOut(arrival);
        } else {
            stats.served(arrival, now); // a function error is an answer too; counted in function_errors
        }
    }

    /** {@code e} finished an invocation: back to its idle list, or shut down. */
    private void release(Environment e, long now, boolean reset) {
        if (e.provisioned) {
            if (provisioned.excess()) {
                destroy(e, now);
                provisioned.removedOne(true);
            } else if (reset || e.recycleDue) {
                // Crashed, or due for recycling: replaced in the background by a fresh INIT.
                destroy(e, now);
                provisioned.renew(now);
            } else {
                provisionedIdle.push(e);
                provisioned.becameIdle();
            }
            return;
        }
        long reclaimAt = Math.min(now + idleLifetime.sampleMicros(), e.createdAt + maxLifetime);
        if (reset || reclaimAt <= now) {
            destroy(e, now);
            return;
        }
        idle.push(e);
        e.reclaimHandle = scheduler.scheduleAt(reclaimAt, e.reclaim);
    }

    /** Idle lifetime or maximum age ran out for the idle environment {@code e}. */
    void reclaim(Environment e) {
        if (e.provisioned) {
            provisioned.recycleDue(e);
            return;
        }
        idle.remove(e);
        destroy(e, scheduler.now());
    }

    private void cancelReclaim(Environment e) {
        scheduler.cancel(e.reclaimHandle);
        e.reclaimHandle = Scheduler.NO_HANDLE;
    }

    void destroy(Environment e, long now) {
        if (e.idle) {
            (e.provisioned ? provisionedIdle : idle).remove(e);
        }
        cancelReclaim(e);
        e.alive = false;
        alive--;
        tally.environments(now, alive);
        free.add(e);
    }

    /** A provisioned environment finished its INIT and is ready (called by {@link ProvisionedConcurrency}). */
    void provisionedReady(Environment e, long initTime) {
        e.invoked = true;
        billing.provisionedInit(scheduler.now(), initTime);
        provisionedIdle.push(e);
    }

    void provisionedInitialised(Environment e) {
        provisioned.initialised(e);
    }

    int busyOnDemand() {
        return busyOnDemand;
    }

    int busyProvisioned() {
        return busyProvisioned;
    }

    /** Environments alive now (busy, idle or initialising). */
    int alive() {
        return alive;
    }

    int idleOnDemand() {
        return idle.size();
    }

    /** Id of the most recently used idle on-demand environment, or -1 (for tests of reuse order). */
    long peekIdleId(boolean mostRecent) {
        Environment e = mostRecent ? idle.peekHead() : idle.peekTail();
        return e == null ? -1 : e.id;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public String type() {
        return "lambda";
    }

    @Override
    public double capacity() {
        return alive;
    }

    @Override
    public double desiredCapacity() {
        return provisioned != null ? Math.max(alive, provisioned.desired()) : alive;
    }

    @Override
    public List<ScalingActivity> scalingActivities() {
        return provisioned != null ? provisioned.activities() : List.of();
    }

    /** Per-minute chart data: environments alive, concurrency, and running totals of cold starts and throttles. */
    @Override
    public void sampleMinute(MinuteGauges gauges) {
        gauges.level(MinuteGauges.IN_SERVICE, alive);
        gauges.level(MinuteGauges.CONCURRENCY, busyOnDemand + busyProvisioned);
        gauges.count(MinuteGauges.COLD_STARTS, tally.coldStartsEver());
        gauges.count(MinuteGauges.THROTTLES, tally.throttlesEver());
    }

    @Override
    public void startMeasurement(long time) {
        tally.start(time);
        billing.startMeasurement(time);
    }

    @Override
    public void endMeasurement(long time) {
        tally.end(time);
        billing.endMeasurement(time);
    }

    @Override
    public void bill(CostLedger ledger) {
        billing.bill(ledger, spec.freeTier() ? account.freeTier(LambdaPrices.of(spec.architecture()), tally.windowMicros()) : null,
                account, spec.architecture().ordinal());
    }


    @Override
    public void report(ResultValues out) {
        String n = spec.name();
        tally.report(out, n, scalingActivities().size());
        if (provisioned != null) {
            provisioned.report(out, n);
        }
        if (async != null) {
            async.report(out, n);
        }
        billing.report(out, n);
    }
}

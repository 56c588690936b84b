package dev.fleetsim.models.run;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.billing.CommitmentEngine;
import dev.fleetsim.models.billing.CommitmentRates;
import dev.fleetsim.models.billing.CostLedger;
import dev.fleetsim.models.ec2.InstanceCatalog;
import dev.fleetsim.models.ec2.AutoScalingGroup;
import dev.fleetsim.models.ec2.AutoScalingGroups;
import dev.fleetsim.models.fargate.FargateService;
import dev.fleetsim.models.fargate.FargateServices;
import dev.fleetsim.models.fleet.Fleet;
import dev.fleetsim.models.lambda.LambdaAccount;
import dev.fleetsim.models.lambda.LambdaFleets;
import dev.fleetsim.models.lambda.LambdaFunction;
import dev.fleetsim.models.pool.FixedPool;
import dev.fleetsim.models.results.FleetSeries;
import dev.fleetsim.models.results.ForecastRow;
import dev.fleetsim.models.results.MinuteRow;
import dev.fleetsim.models.results.ReplicationResult;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.results.TimeWindow;
import dev.fleetsim.models.scaling.ForecastReport;
import dev.fleetsim.models.scaling.ScalingActivity;
import dev.fleetsim.models.scaling.ScalingController;
import dev.fleetsim.models.scaling.ScalingPolicies;
import dev.fleetsim.models.scenario.Ec2AsgSpec;
import dev.fleetsim.models.scenario.FargateSpec;
import dev.fleetsim.models.scenario.FleetSpec;
import dev.fleetsim.models.scenario.LambdaSpec;
import dev.fleetsim.models.scenario.ScenarioSpec;
import dev.fleetsim.models.scenario.WorkloadSpec;
import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.workload.ArrivalProcess;
import dev.fleetsim.models.workload.Arrivals;
import dev.fleetsim.models.distribution.DurationSampler;
import dev.fleetsim.models.workload.RetryPolicy;
import dev.fleetsim.models.workload.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One replication of a scenario: a fresh event loop, the models wired onto it with their named
 * streams at substream {@code r}, run to the horizon, then drained.
 *
 * <p>Measurement window: requests arriving in [warm-up, horizon) are measured. Arrivals stop at
 * the horizon and the requests still in the system are run to completion (up to
 * {@link #MAX_DRAIN}), so every measured request has an outcome and the end of the run does not
 * bias latency low. Capacity statistics cover [warm-up, horizon].
 */
public final class Replication {
    /** How long after the horizon measured requests may take to finish. */
    static final long MAX_DRAIN = SimTime.MICROS_PER_DAY;

    private final ScenarioSpec spec;
    private final int replication;
    private final EventLoop loop = new EventLoop();
    private final RequestStats stats;
    private final Map<String, Fleet> fleets = new LinkedHashMap<>();
    private final List<MinuteRow> minutes = new ArrayList<>();
    private final FleetSeries.Recorder gauges = new FleetSeries.Recorder();

    private final SamplerFactory samplers;
    private final Map<String, ScalingController> controllers = new LinkedHashMap<>();
    private final RandomStreams streams;
    private final List<ArrivalProcess> arrivals = new ArrayList<>();
    /** The one account all lambda fleets share; created with the first one. */
    private LambdaAccount lambdaAccount;
    private final List<RetryPolicy> retries = new ArrayList<>();

    private Replication(ScenarioSpec spec, int replication, SamplerFactory samplers) {
        this.spec = spec;
        this.samplers = samplers;
        this.streams = new RandomStreams(spec.seed());
        this.replication = replication;
        // The longest latency possible: a request arriving at 0 and finishing at the end of the drain.
        this.stats = new RequestStats(spec.warmup().micros(), spec.horizon().micros() + MAX_DRAIN,
                spec.windows().stream().map(TimeWindow::of).toList());
    }

    public static ReplicationResult run(ScenarioSpec spec, int replication, SamplerFactory samplers) {
        Replication r = new Replication(spec, replication, samplers);
        try {
            return r.run();
        } finally {
            r.arrivals.forEach(ArrivalProcess::close); // trace files, even if the run failed
        }
    }

    private ReplicationResult run() {
        long warmup = spec.warmup().micros();
        long horizon = spec.horizon().micros();
        for (FleetSpec f : spec.fleets()) {
            fleets.put(f.name(), createFleet(f));
        }
        for (WorkloadSpec w : spec.workloads()) {
            DurationSampler service = samplers.sampler(w.serviceTime(), streams.stream("service/" + w.name(), replication));
            long timeout = w.timeout() == null ? Workload.NO_TIMEOUT : w.timeout().micros();
            RetryPolicy retry = w.retry() == null ? null
                    : new RetryPolicy(w.retry(), loop, streams.stream("retry/" + w.name(), replication), stats);
            if (retry != null) {
                retries.add(retry);
            }
            Workload workload = new Workload(service, fleets.get(w.target()), timeout, retry);
            ArrivalProcess process = Arrivals.create(w.arrivals(), loop, streams.stream("arrivals/" + w.name(), replication),
                    workload, horizon);
            arrivals.add(process);
            process.start();
        }
        new MinuteTicker(horizon).schedule();

        loop.runUntil(warmup);
        fleets.values().forEach(f -> f.startMeasurement(warmup));
        loop.runUntil(horizon);
        fleets.values().forEach(f -> f.endMeasurement(horizon));
        controllers.values().forEach(ScalingController::endMeasurement);
        long drainLimit = horizon + MAX_DRAIN;
        while (stats.inFlight() > 0 && loop.pending() > 0 && loop.now() < drainLimit) {
            loop.runUntil(Math.min(drainLimit, loop.now() + SimTime.MICROS_PER_MINUTE));
        }

        ResultValues values = new ResultValues();
        values.put(stats.total(), "requests", "total");
        values.put(stats.served(), "requests", "served");
        values.put(stats.throttled(), "requests", "throttled");
        values.put(stats.dropped(), "requests", "dropped");
        values.put(stats.timedOut(), "requests", "timed_out");
        values.put(stats.interrupted(), "requests", "interrupted");
        values.put(stats.inFlight(), "requests", "unfinished");
        if (!retries.isEmpty()) {
            values.put(retries.stream().mapToLong(RetryPolicy::retries).sum(), "requests", "retries");
        }
        stats.windows().report(values);
        values.put(stats.coldStartRatio(), "cold_start_ratio");
        CostLedger ledger = new CostLedger();
        fleets.values().forEach(f -> f.bill(ledger));
        ledger.report(values);
        if (!spec.commitments().isEmpty()) {
            CommitmentEngine engine = new CommitmentEngine(spec.commitments(), CommitmentRates.builtIn(),
                    type -> InstanceCatalog.builtIn().find(type).orElseThrow().pricePerHour());
            engine.apply(ledger.usage(), warmup, horizon).report(values, ledger.total());
        }
        fleets.values().forEach(f -> f.report(values));
        long warmupEnd = spec.warmup().micros();
        controllers.forEach((name, c) -> c.report(values, name, warmupEnd, spec.horizon().micros()));
        List<ScalingActivity> activities = new ArrayList<>();
        fleets.values().forEach(f -> activities.addAll(f.scalingActivities()));
        activities.sort(java.util.Comparator.comparingLong(ScalingActivity::timeMicros)); // stable: fleet order on ties
        return new ReplicationResult(replication, values, stats.latency(), List.copyOf(fleets.keySet()),
                List.copyOf(minutes), List.copyOf(activities), forecastRows(warmupEnd, spec.horizon().micros()),
                loop.eventsRun(), gauges.build(), stats.windows().latencies());
    }

    /** Every predictive policy's forecast hours inside [from, to), fleet by fleet, in listing order. */
    private List<ForecastRow> forecastRows(long from, long to) {
        List<ForecastRow> rows = new ArrayList<>();
        controllers.forEach((fleet, c) -> {
            for (ForecastReport f : c.forecastReports()) {
                for (ForecastReport.Hour h : f.hoursWithin(from, to)) {
                    rows.add(new ForecastRow(fleet, f.policy(), f.mode().yamlName(), h));
                }
            }
        });
        return List.copyOf(rows);
    }

    private Fleet createFleet(FleetSpec f) {
        if (f instanceof FleetSpec.FixedPool p) {
            return new FixedPool(p.name(), loop, p.servers(), p.priceOrZero(), stats);
        }
        if (f instanceof Ec2AsgSpec asg) {
            AutoScalingGroup group = AutoScalingGroups.create(asg, loop, streams, replication, stats, samplers);
            controllers.put(asg.name(), ScalingPolicies.attach(asg.scaling(), group.scalableTarget(), loop,
                    streams.stream("scaling/" + asg.name(), replication)));
            return group;
        }
        if (f instanceof LambdaSpec l) {
            if (lambdaAccount == null) {
                lambdaAccount = new LambdaAccount(l.accountConcurrency());
            }
            LambdaFunction fn = LambdaFleets.create(l, loop, lambdaAccount, streams, replication, stats, samplers);
            if (!l.scaling().isEmpty()) {
                controllers.put(l.name(), ScalingPolicies.attach(l.scaling(), fn.provisionedTarget(), loop,
                        streams.stream("scaling/" + l.name(), replication)));
            }
            return fn;
        }
        if (f instanceof FargateSpec fs) {
            FargateService service = FargateServices.create(fs, loop, streams, replication, stats, samplers);
            controllers.put(fs.name(), ScalingPolicies.attach(fs.scaling(), service.scalableTarget(), loop,
                    streams.stream("scaling/" + fs.name(), replication)));
            return service;
        }
        throw new IllegalArgumentException("no model for fleet type of " + f);
    }

    /** Closes one time-series row per simulated minute up to the horizon. */
    private final class MinuteTicker implements Event {
        private final long horizon;
        private long minute;

        MinuteTicker(long horizon) {
            this.horizon = horizon;
        }

        void schedule() {
            long next = (minute + 1) * SimTime.MICROS_PER_MINUTE;
            if (next <= horizon) {
                loop.scheduleAt(next, this);
            }
        }

        @Override
        public void fire() {
            double[] capacity = new double[fleets.size()];
            double[] desired = new double[fleets.size()];
            int i = 0;
            for (Fleet f : fleets.values()) {
                capacity[i] = f.capacity();
                desired[i++] = f.desiredCapacity();
                f.sampleMinute(gauges.forFleet(f.name()));
            }
            gauges.endMinute();
            minutes.add(stats.closeMinute(minute, capacity, desired));
            minute++;
            schedule();
        }
    }
}

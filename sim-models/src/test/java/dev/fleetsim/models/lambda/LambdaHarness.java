package dev.fleetsim.models.lambda;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.run.ProgressListener;
import dev.fleetsim.models.run.ScenarioRunner;
import dev.fleetsim.models.scenario.FleetSpec;
import dev.fleetsim.models.scenario.LambdaSpec;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lambda functions on a fresh event loop, built from YAML fleet bodies exactly as a scenario
 * declares them, with requests submitted at chosen times and service demands.
 */
final class LambdaHarness {
    final EventLoop loop = new EventLoop();
    final RequestStats stats = new RequestStats(0);
    final LambdaAccount account;
    final List<LambdaFunction> functions = new ArrayList<>();

    /** One function per fleet body, e.g. {@code "memory: 512MB, reserved_concurrency: 5"}. */
    LambdaHarness(String... fleetBodies) {
        ScenarioSpec scenario = scenario("1h", "0s", fleetBodies);
        account = new LambdaAccount(((LambdaSpec) scenario.fleets().get(0)).accountConcurrency());
        RandomStreams streams = new RandomStreams(7);
        SamplerFactory samplers = new SamplerFactory(Path.of("."));
        for (FleetSpec f : scenario.fleets()) {
            LambdaFunction fn = LambdaFleets.create((LambdaSpec) f, loop, account, streams, 0, stats, samplers);
            fn.startMeasurement(0);
            functions.add(fn);
        }
    }

    LambdaFunction fn() {
        return functions.get(0);
    }

    /** A scenario with a 1/s Poisson workload on the first fleet, fleets f0, f1, ... with the given bodies. */
    static ScenarioSpec scenario(String horizon, String warmup, String... fleetBodies) {
        StringBuilder y = new StringBuilder("name: t\nhorizon: " + horizon + "\nwarmup: " + warmup + "\nreplications: 1\n"
                + "workloads:\n  - {name: w, arrivals: {type: poisson, rate: 1/s}, service_time: {type: constant, value: 1s}, target: f0}\n"
                + "fleets:\n");
        for (int i = 0; i < fleetBodies.length; i++) {
            y.append("  - {name: f").append(i).append(", type: lambda").append(fleetBodies[i].isBlank() ? "" : ", " + fleetBodies[i])
                    .append("}\n");
        }
        return new ScenarioLoader().load("test.yaml", y.toString());
    }

    /** Submits {@code count} requests of {@code serviceMicros} each to function {@code index} at time {@code at}. */
    void submit(int index, long at, int count, long serviceMicros) {
        LambdaFunction fn = functions.get(index);
        loop.scheduleAt(at, () -> {
            for (int i = 0; i < count; i++) {
                fn.arrive(serviceMicros, Long.MAX_VALUE);
            }
        });
    }

    void submit(long at, long serviceMicros) {
        submit(0, at, 1, serviceMicros);
    }

    /** The function's results as they stand at {@code time} (ends its measurement there). */
    ResultValues results(int index, long time) {
        LambdaFunction fn = functions.get(index);
        fn.endMeasurement(time);
        ResultValues out = new ResultValues();
        fn.bill(new dev.fleetsim.models.billing.CostLedger());
        fn.report(out);
        return out;
    }

    double result(long time, String key) {
        return results(0, time).get("fleets", functions.get(0).name(), key);
    }

    /** Runs a whole scenario (YAML text) on two threads. */
    static Report run(String yaml) {
        return new ScenarioRunner(2).run(new ScenarioLoader().load("test.yaml", yaml), ProgressListener.NONE);
    }
}

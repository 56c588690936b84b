package dev.fleetsim.models.fargate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scaling.ScalableTarget;
import dev.fleetsim.models.scenario.FargateSpec;
import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioProblem;
import dev.fleetsim.models.workload.Workload;
import java.nio.file.Path;

/** Builds Fargate services from YAML, the way scenarios write them, on a fresh loop. */
final class FargateTestSupport {
    private FargateTestSupport() {}

    /**
     * Start-up with every stage constant: provisioning 6 s + 2 s, pull 300 MB at 100 MB/s = 3 s
     * plus 1 s extraction, container start 2 s, registration 5 s (RUNNING at 19 s), app init 4 s,
     * health checks 10 s × 3 = 30 s: healthy at 53 s after launch. Billing starts at the pull, 8 s.
     */
    static final String CONSTANT_STARTUP = """
            startup:
              network_interface: {type: constant, value: 6s}
              scheduling: {type: constant, value: 2s}
              image_size: 300MB
              pull_mb_per_second: 100
              extraction: {type: constant, value: 1s}
              container_start: {type: constant, value: 2s}
              app_init: {type: constant, value: 4s}
              registration: {type: constant, value: 5s}
            load_balancer: {health_check_interval: 10s, healthy_threshold: 3, deregistration_delay: 300s}
            """;

    static String scenario(String fleetYaml) {
        return """
                name: t
                horizon: 1h
                workloads:
                  - name: w
                    arrivals: {type: poisson, rate: 1/s}
                    service_time: {type: constant, value: 1s}
                    target: svc
                fleets:
                  - name: svc
                    type: fargate
                """ + fleetYaml.strip().indent(4);
    }

    /** The {@code fargate} spec written as {@code fleetYaml} (the fleet's keys, unindented). */
    static FargateSpec spec(String fleetYaml) {
        return (FargateSpec) new ScenarioLoader().load("t.yaml", scenario(fleetYaml)).fleets().get(0);
    }

    /** The one-line message of the problem at {@code path} (under {@code fleets[0]}) the fleet YAML has. */
    static String problem(String fleetYaml, String path) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().load("t.yaml", scenario(fleetYaml)));
        for (ScenarioProblem p : e.problems()) {
            if (p.path().equals("fleets[0]" + path)) {
                assertTrue(!p.oneLine().contains("\n"));
                return p.message();
            }
        }
        throw new AssertionError("no problem at " + path + " among " + e.problems());
    }

    static long s(double seconds) {
        return SimTime.fromSeconds(seconds);
    }

    /** A service on its own loop, with the request statistics it reports into. */
    static final class Harness {
        final EventLoop loop = new EventLoop();
        final RequestStats stats = new RequestStats(0);
        final FargateService service;
        final ScalableTarget target;

        Harness(String fleetYaml) {
            service = FargateServices.create(spec(fleetYaml), loop, new RandomStreams(1), 0, stats,
                    new SamplerFactory(Path.of(".")));
            target = service.scalableTarget();
            service.startMeasurement(0); // the whole run is measured
        }

        Harness runTo(double seconds) {
            loop.runUntil(s(seconds));
            return this;
        }

        /** At {@code seconds}, a request needing {@code serviceSeconds} arrives (no client timeout). */
        void requestAt(double seconds, double serviceSeconds) {
            loop.scheduleAt(s(seconds), () -> service.arrive(s(serviceSeconds), Workload.NO_TIMEOUT));
        }

        void desiredAt(double seconds, int desired) {
            loop.scheduleAt(s(seconds), () -> target.setDesiredCapacity(desired, "test", "set to " + desired));
        }

        /** The service's results after measuring [0, {@code seconds}]. */
        ResultValues reportAt(double seconds) {
            runTo(seconds);
            service.endMeasurement(s(seconds));
            ResultValues out = new ResultValues();
            service.report(out);
            return out;
        }

        FargateTask task(int id) {
            for (FargateTask t : service.tasks()) {
                if (t.id == id) {
                    return t;
                }
            }
            return null;
        }
    }
}

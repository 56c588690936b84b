package dev.fleetsim.models.ec2;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.scaling.ScalableTarget;
import dev.fleetsim.models.scenario.Ec2AsgSpec;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.workload.Workload;
import java.nio.file.Path;

/** Builds groups from YAML, the way scenarios write them, on a fresh loop. */
final class Ec2TestSupport {
    private Ec2TestSupport() {}

    /** A one-vCPU, speed-1, free instance type: one request slot per instance. */
    static final String ONE_SLOT = "instance_types: [{type: test.1, vcpus: 1, speed: 1.0, price_per_hour: 0}]";

    /** The {@code ec2-asg} spec written as {@code fleetYaml} (the fleet's keys, one per line, unindented). */
    static Ec2AsgSpec spec(String fleetYaml) {
        String indented = fleetYaml.strip().indent(4);
        String scenario = """
                name: t
                horizon: 1h
                workloads:
                  - name: w
                    arrivals: {type: poisson, rate: 1/s}
                    service_time: {type: constant, value: 1s}
                    target: web
                fleets:
                  - name: web
                    type: ec2-asg
                """ + indented;
        return (Ec2AsgSpec) new ScenarioLoader().load("t.yaml", scenario).fleets().get(0);
    }

    static long s(double seconds) {
        return SimTime.fromSeconds(seconds);
    }

    /** A group on its own loop, with the request statistics it reports into. */
    static final class Harness {
        final EventLoop loop = new EventLoop();
        final RequestStats stats = new RequestStats(0);
        final AutoScalingGroup group;
        final ScalableTarget target;

        Harness(String fleetYaml) {
            this(spec(fleetYaml), 1);
        }

        Harness(Ec2AsgSpec spec, long seed) {
            this(spec, seed, 0);
        }

        Harness(Ec2AsgSpec spec, long seed, int replication) {
            group = AutoScalingGroups.create(spec, loop, new RandomStreams(seed), replication, stats,
                    new SamplerFactory(Path.of(".")));
            target = group.scalableTarget();
        }

        /** Runs the loop to {@code seconds}. */
        Harness runTo(double seconds) {
            loop.runUntil(s(seconds));
            return this;
        }

        /** At {@code seconds}, a request needing {@code serviceSeconds} arrives (no client timeout). */
        void requestAt(double seconds, double serviceSeconds) {
            loop.scheduleAt(s(seconds), () -> group.arrive(s(serviceSeconds), Workload.NO_TIMEOUT));
        }

        /** At {@code seconds}, desired capacity is set to {@code desired}. */
        void desiredAt(double seconds, int desired) {
            loop.scheduleAt(s(seconds), () -> target.setDesiredCapacity(desired, "test", "set to " + desired));
        }

        int inService() {
            return (int) group.capacity();
        }
        /** The launch time of the group's one live instance. */
        long launchTimeOfOnlyInstance() {
            java.util.List<Instance> live = group.liveInstances();
            if (live.size() != 1) {
                throw new AssertionError("expected one live instance, found " + live.size());
            }
            return live.get(0).launchTime();
        }
    }
}

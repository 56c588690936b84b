package dev.fleetsim.models.fargate;

import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.distribution.DurationSampler;
import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scenario.FargateSpec;
import dev.fleetsim.models.scenario.FargateStartupSpec;

/**
 * Draws a task's start-up stages (aws-behaviour.md 5.1, 5.2, M19) and keeps their means over
 * the tasks that became healthy in the measurement window. Each stage has its own stream
 * ({@code fargate/NAME/STAGE}), so changing one stage's distribution leaves the others' draws
 * alone (common random numbers).
 *
 * <p>Phases: provisioning (ENI + placement), image pull (size / throughput with the SOCI and zstd
 * factors, plus extraction), container start, app init, load-balancer registration, health checks
 * (interval × healthy threshold, deterministic).
 */
final class TaskStartup {
    static final String[] PHASES = {"provisioning", "image_pull", "container_start", "app_init", "registration",
        "health_checks"};
    static final int PROVISIONING = 0;
    static final int IMAGE_PULL = 1;
    static final int CONTAINER_START = 2;
    static final int APP_INIT = 3;
    static final int REGISTRATION = 4;
    static final int HEALTH_CHECKS = 5;

    private final DurationSampler eni;
    private final DurationSampler scheduling;
    private final long pullMicros;
    private final DurationSampler extraction;
    private final DurationSampler containerStart;
    private final DurationSampler appInit;
    private final DurationSampler registration;
    private final long healthChecks;

    private final double[] sums = new double[PHASES.length];
    private long count;
    private boolean measuring = true;

    TaskStartup(FargateSpec spec, SamplerFactory samplers, RandomStreams streams, int replication) {
        FargateStartupSpec s = spec.startup();
        String p = "fargate/" + spec.name() + "/";
        eni = samplers.sampler(s.networkInterface(), streams.stream(p + "network-interface", replication));
        scheduling = samplers.sampler(s.scheduling(), streams.stream(p + "scheduling", replication));
        pullMicros = s.pullMicros(spec.task().cpu());
        extraction = samplers.sampler(s.extraction(), streams.stream(p + "extraction", replication));
        containerStart = samplers.sampler(s.containerStart(), streams.stream(p + "container-start", replication));
        appInit = samplers.sampler(s.appInit(), streams.stream(p + "app-init", replication));
        registration = samplers.sampler(s.registration(), streams.stream(p + "registration", replication));
        healthChecks = spec.loadBalancer().healthyAfterMicros();
    }

    /** Draws every stage of {@code task}'s start-up into its {@code phases}. */
    void draw(FargateTask task) {
        long[] d = task.phases;
        d[PROVISIONING] = eni.sampleMicros() + scheduling.sampleMicros();
        d[IMAGE_PULL] = pullMicros + extraction.sampleMicros();
        d[CONTAINER_START] = containerStart.sampleMicros();
        d[APP_INIT] = appInit.sampleMicros();
        d[REGISTRATION] = registration.sampleMicros();
        d[HEALTH_CHECKS] = healthChecks;
    }

    /** {@code task} passed its health checks: its phases count toward the means. */
    void completed(FargateTask task) {
        if (!measuring) {
            return;
        }
        for (int i = 0; i < PHASES.length; i++) {
            sums[i] += task.phases[i];
        }
        count++;
    }

    void startMeasurement() {
        java.util.Arrays.fill(sums, 0);
        count = 0;
    }

    void endMeasurement() {
        measuring = false;
    }

    /** Adds {@code startup_ms.PHASE} and {@code startup_ms.total} (means; 0 without starts) and {@code tasks_started_healthy}. */
    void report(ResultValues out, String name) {
        double total = 0;
        for (int i = 0; i < PHASES.length; i++) {
            double mean = count == 0 ? 0 : sums[i] / count / 1000.0;
            total += mean;
            out.put(mean, "fleets", name, "startup_ms", PHASES[i]);
        }
        out.put(total, "fleets", name, "startup_ms", "total");
        out.put(count, "fleets", name, "tasks_became_healthy");
    }
}

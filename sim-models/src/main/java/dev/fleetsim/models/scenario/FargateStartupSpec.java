package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.DataSize;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * A Fargate task's start-up, stage by stage (aws-behaviour.md 5.1, 5.2; defaults from M19):
 * provisioning (network interface, then placement), image pull (size / throughput, × 0.5 with
 * lazy loading on images over 250 MB, × 0.75 with zstd, plus extraction), container start and
 * application initialisation (the task is RUNNING), then load-balancer registration and health
 * checks (the load balancer's interval × healthy threshold) before the task takes traffic.
 */
public record FargateStartupSpec(
        @JsonPropertyDescription("ENI creation and attachment (default uniform 5s to 12s, M19).") DistributionSpec networkInterface,
        @JsonPropertyDescription("Capacity placement and agent (default uniform 1s to 5s, M19).") DistributionSpec scheduling,
        @JsonPropertyDescription("Compressed size of the task's images (default 200MB); Fargate caches no layers.") DataSize imageSize,
        @JsonPropertyDescription("Image pull throughput in MB/s (default by task vCPU: 60 at 0.25 rising to 150 at 8 and 16, M19).")
                Double pullMbPerSecond,
        @JsonPropertyDescription("Layer extraction after the pull (default constant 0s).") DistributionSpec extraction,
        @JsonPropertyDescription("SOCI lazy loading: pull time x 0.5 for images over 250MB (default false).") Boolean lazyLoading,
        @JsonPropertyDescription("zstd-compressed layers: pull time x 0.75 (default false).") Boolean zstd,
        @JsonPropertyDescription("Container start (default constant 1s).") DistributionSpec containerStart,
        @JsonPropertyDescription("Application initialisation before the health check can pass (default constant 0s).")
                DistributionSpec appInit,
        @JsonPropertyDescription("Load-balancer target registration (default uniform 5s to 15s, M19).") DistributionSpec registration) {

    public static final FargateStartupSpec DEFAULT = new FargateStartupSpec(null, null, null, null, null, null, null, null,
            null, null);
    /** SOCI pays off above this image size (aws-behaviour.md 5.2). */
    public static final DataSize LAZY_LOADING_MIN = DataSize.parse("250MB");
    public static final double LAZY_LOADING_FACTOR = 0.5;
    public static final double ZSTD_FACTOR = 0.75;

    public FargateStartupSpec {
        networkInterface = networkInterface == null ? uniform(5, 12) : networkInterface;
        scheduling = scheduling == null ? uniform(1, 5) : scheduling;
        imageSize = imageSize == null ? DataSize.parse("200MB") : imageSize;
        extraction = extraction == null ? constant(0) : extraction;
        lazyLoading = lazyLoading == null ? Boolean.FALSE : lazyLoading;
        zstd = zstd == null ? Boolean.FALSE : zstd;
        containerStart = containerStart == null ? constant(1) : containerStart;
        appInit = appInit == null ? constant(0) : appInit;
        registration = registration == null ? uniform(5, 15) : registration;
    }

    private static DistributionSpec uniform(long minS, long maxS) {
        return new DistributionSpec.Uniform(SimDuration.ofSeconds(minS), SimDuration.ofSeconds(maxS));
    }

    private static DistributionSpec constant(long s) {
        return new DistributionSpec.Constant(SimDuration.ofSeconds(s));
    }

    public void validate(String path, Findings f) {
        networkInterface.validate(path + ".network_interface", f);
        scheduling.validate(path + ".scheduling", f);
        extraction.validate(path + ".extraction", f);
        containerStart.validate(path + ".container_start", f);
        appInit.validate(path + ".app_init", f);
        registration.validate(path + ".registration", f);
        if (pullMbPerSecond != null) {
            f.require(pullMbPerSecond > 0 && Double.isFinite(pullMbPerSecond), path + ".pull_mb_per_second",
                    "expected a throughput > 0 in MB/s, found " + pullMbPerSecond);
        }
    }

    /** M19's pull throughput for a task of {@code vcpu} vCPU, in MB/s: 60 to 150, rising with task size. */
    public static double defaultPullMbPerSecond(double vcpu) {
        if (vcpu <= 0.25) return 60;
        if (vcpu <= 0.5) return 75;
        if (vcpu <= 1) return 90;
        if (vcpu <= 2) return 110;
        if (vcpu <= 4) return 130;
        return 150;
    }

    /** The pull time in microseconds for a task of {@code vcpu} vCPU (extraction excluded). */
    public long pullMicros(double vcpu) {
        double rate = pullMbPerSecond != null ? pullMbPerSecond : defaultPullMbPerSecond(vcpu);
        double seconds = imageSize.megabytes() / rate;
        if (lazyLoading && imageSize.compareTo(LAZY_LOADING_MIN) > 0) {
            seconds *= LAZY_LOADING_FACTOR;
        }
        if (zstd) {
            seconds *= ZSTD_FACTOR;
        }
        return Math.round(seconds * 1e6);
    }
}

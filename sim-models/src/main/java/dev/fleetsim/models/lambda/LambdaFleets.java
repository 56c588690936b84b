package dev.fleetsim.models.lambda;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.distribution.DurationSampler;
import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.scenario.DistributionSpec;
import dev.fleetsim.models.scenario.LambdaScalingRateSpec;
import dev.fleetsim.models.scenario.LambdaSpec;
import dev.fleetsim.models.scenario.LambdaWords;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * Builds a {@link LambdaFunction} from its validated spec, with its named random streams
 * ({@code lambda/NAME/init}, {@code .../image}, {@code .../idle}, {@code .../errors},
 * {@code .../async}, {@code .../provisioned}, {@code .../recycle}) at substream {@code replication}.
 */
public final class LambdaFleets {
    private LambdaFleets() {}

    public static LambdaFunction create(LambdaSpec spec, Scheduler scheduler, LambdaAccount account, RandomStreams streams,
            int replication, RequestStats stats, SamplerFactory samplers) {
        String prefix = "lambda/" + spec.name() + "/";
        long now = scheduler.now();
        LambdaScalingRateSpec rate = spec.scalingRate();
        ScalingBucket bucket = rate.mode() == LambdaWords.ScalingMode.LEGACY_ACCOUNT
                ? account.legacyBucket(rate.burst(), rate.refillPerHour(), now)
                : new ScalingBucket(rate.burst(), rate.refillPerHour(), now);
        DurationSampler init = samplers.sampler(spec.initDurationOrDefault(), streams.stream(prefix + "init", replication));
        DurationSampler image = spec.packageType() == LambdaWords.PackageType.IMAGE
                ? samplers.sampler(new DistributionSpec.Uniform(SimDuration.ofMillis(100), SimDuration.ofMillis(300)),
                        streams.stream(prefix + "image", replication))
                : null;
        DurationSampler idle = samplers.sampler(spec.idleLifetime(), streams.stream(prefix + "idle", replication));
        LambdaFunction fn = new LambdaFunction(spec, scheduler, stats, account, bucket, init, image, idle,
                streams.stream(prefix + "errors", replication));
        if (spec.invocation() == LambdaWords.Invocation.ASYNC) {
            fn.attach(new AsyncInvoker(fn, streams.stream(prefix + "async", replication)));
        }
        if (spec.provisionedConcurrency().maxOr(0) > 0 || !spec.scaling().isEmpty()) {
            DurationSampler delay = samplers.sampler(spec.provisionedConcurrency().allocationDelay(),
                    streams.stream(prefix + "provisioned", replication));
            DurationSampler recycle = samplers.sampler(spec.provisionedConcurrency().recycleAfter(),
                    streams.stream(prefix + "recycle", replication));
            fn.attach(new ProvisionedConcurrency(fn, spec.provisionedConcurrency(), delay, recycle));
        }
        return fn;
    }
}

package dev.fleetsim.models.fargate;

import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.ec2.InstanceType;
import dev.fleetsim.models.ec2.ServingPool;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.scenario.FargateSpec;
import dev.fleetsim.models.scenario.FargateTaskSpec;

/**
 * Builds {@link FargateService}s from validated specs, on one scheduler, with the service's own
 * random streams (substream {@code replication} of each):
 * <ul>
 *   <li>{@code fargate/NAME/network-interface}, {@code .../scheduling}, {@code .../extraction},
 *       {@code .../container-start}, {@code .../app-init}, {@code .../registration}: start-up
 *       stages (M19);</li>
 *   <li>{@code fargate/NAME/spot}: each Spot task's time to its interruption warning (M13);</li>
 *   <li>{@code fargate/NAME/spot-reclaim}: which Spot tasks a capacity reclaim takes.</li>
 * </ul>
 */
public final class FargateServices {
    private FargateServices() {}

    /** A started service: its initial tasks are serving (or starting) at {@code scheduler.now()}. */
    public static FargateService create(FargateSpec spec, Scheduler scheduler, RandomStreams streams, int replication,
            RequestStats stats, SamplerFactory samplers) {
        FargateTaskSpec task = spec.task();
        // The task as a serving unit: slots and their speed from the task's vCPU; the price is billed separately.
        InstanceType type = new InstanceType("fargate-" + TaskSize.number(task.cpu()) + "vcpu-" + TaskSize.number(task.memoryGb())
                + "gb", Math.max(1, (int) Math.ceil(task.cpu())), task.memoryGb(), task.architecture().yamlName(),
                task.slotSpeed(), 0);
        FargatePrices prices = FargatePrices.of(task.architecture().yamlName());
        double perHour = prices.usdPerTaskHour(task.cpu(), task.memoryGb(), task.ephemeralStorage().gigabytes());
        FargateBilling billing = new FargateBilling(perHour, spec.spot().discount().value(), task.cpu(), task.memoryGb(),
                scheduler.now());
        TaskStartup startup = new TaskStartup(spec, samplers, streams, replication);
        SpotCapacity spot = new SpotCapacity(spec.spot(), type, streams.stream("fargate/" + spec.name() + "/spot", replication));
        FargateService[] holder = new FargateService[1];
        ServingPool pool = new ServingPool(scheduler, stats, spec.loadBalancer(), task.queueLimit(),
                t -> holder[0].drained(t));
        pool.memoryModel(100 * task.memoryAtRest().value(),
                100 * task.memoryPerRequest().megabytes() / (task.memoryGb() * 1024));
        TaskLifecycle lifecycle = new TaskLifecycle(scheduler, pool, startup, billing, spot, task.stopTimeout().micros());
        FargateService service = new FargateService(spec, scheduler, pool, lifecycle, startup, billing, type,
                streams.stream("fargate/" + spec.name() + "/spot-reclaim", replication));
        holder[0] = service;
        service.start();
        return service;
    }
}

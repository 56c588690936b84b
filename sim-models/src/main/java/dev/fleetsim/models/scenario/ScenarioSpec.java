package dev.fleetsim.models.scenario;

import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.List;

/**
 * A scenario as written in YAML, after binding and defaults. Immutable.
 *
 * @param name         scenario name, shown in reports
 * @param horizon      simulated time per replication, warm-up included
 * @param warmup       initial period excluded from statistics (default 0)
 * @param replications independent replications (default 10)
 * @param seed         scenario seed for the named random streams (default 1)
 * @param workloads    request sources, each routed to a fleet
 * @param fleets       the fleets that serve them
 * @param slo          service-level objectives checked by the report (none by default)
 */
public record ScenarioSpec(
        String name,
        SimDuration horizon,
        SimDuration warmup,
        Integer replications,
        Long seed,
        List<WorkloadSpec> workloads,
        List<FleetSpec> fleets,
        SloSpec slo) {

    public static final int DEFAULT_REPLICATIONS = 10;
    public static final long DEFAULT_SEED = 1L;

    public ScenarioSpec {
        warmup = warmup == null ? new SimDuration(0) : warmup;
        replications = replications == null ? DEFAULT_REPLICATIONS : replications;
        seed = seed == null ? DEFAULT_SEED : seed;
        workloads = workloads == null ? List.of() : List.copyOf(workloads);
        fleets = fleets == null ? List.of() : List.copyOf(fleets);
    }

    /** The objectives, or {@link SloSpec#NONE}. */
    public SloSpec sloOrNone() {
        return slo == null ? SloSpec.NONE : slo;
    }

    public ScenarioSpec withSeed(long newSeed) {
        return new ScenarioSpec(name, horizon, warmup, replications, newSeed, workloads, fleets, slo);
    }

    public ScenarioSpec withReplications(int n) {
        return new ScenarioSpec(name, horizon, warmup, n, seed, workloads, fleets, slo);
    }
}

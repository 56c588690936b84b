package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
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
 * @param sweep        what {@code fleetsim sweep} varies when no {@code --param} is given
 * @param commitments  Reserved Instances and Savings Plans applied to the bill (none by default)
 * @param windows      time windows measured on their own as well (none by default)
 */
public record ScenarioSpec(
        @Required @JsonPropertyDescription("Scenario name, shown in reports.") String name,
        @Required @JsonPropertyDescription("Simulated time per replication, warm-up included.") SimDuration horizon,
        @JsonPropertyDescription("Initial period excluded from statistics (default 0s).") SimDuration warmup,
        @JsonPropertyDescription("Independent replications (default 10).") Integer replications,
        @JsonPropertyDescription("Seed of the named random streams (default 1).") Long seed,
        @Required @JsonPropertyDescription("Request sources, each routed to a fleet.") List<WorkloadSpec> workloads,
        @Required @JsonPropertyDescription("Fleets that serve the workloads.") List<FleetSpec> fleets,
        @JsonPropertyDescription("Service-level objectives checked per replication and overall.") SloSpec slo,
        @JsonPropertyDescription("Parameters fleetsim sweep varies when no --param is given (run ignores it).") SweepSpec sweep,
        @JsonPropertyDescription("Reserved Instances and Savings Plans applied to the bill hour by hour (default: none).")
                List<CommitmentSpec> commitments,
        @JsonPropertyDescription("Time windows (e.g. the morning ramp, every day) whose requests are also measured on their own (default: none).")
                List<WindowSpec> windows) {

    public static final int DEFAULT_REPLICATIONS = 10;
    public static final long DEFAULT_SEED = 1L;

    public ScenarioSpec {
        warmup = warmup == null ? new SimDuration(0) : warmup;
        replications = replications == null ? DEFAULT_REPLICATIONS : replications;
        seed = seed == null ? DEFAULT_SEED : seed;
        workloads = workloads == null ? List.of() : List.copyOf(workloads);
        fleets = fleets == null ? List.of() : List.copyOf(fleets);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    /** The objectives, or {@link SloSpec#NONE}. */
    public SloSpec sloOrNone() {
        return slo == null ? SloSpec.NONE : slo;
    }

    public ScenarioSpec withSeed(long newSeed) {
        return new ScenarioSpec(name, horizon, warmup, replications, newSeed, workloads, fleets, slo, sweep, commitments, windows);
    }

    public ScenarioSpec withReplications(int n) {
        return new ScenarioSpec(name, horizon, warmup, n, seed, workloads, fleets, slo, sweep, commitments, windows);
    }
}

package dev.fleetsim.cli;

import dev.fleetsim.models.sweep.SweepGoal;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The best-point options shared by {@code sweep} and {@code merge}. */
final class SweepGoalOptions {
    @Option(names = "--minimize", paramLabel = "STATISTIC",
            description = "Report the point with the lowest mean of STATISTIC, like cost_usd.total.")
    String minimize;

    @Option(names = "--maximize", paramLabel = "STATISTIC", description = "Report the point with the highest mean of STATISTIC.")
    String maximize;

    @Option(names = "--subject-to", paramLabel = "CONSTRAINT",
            description = "Only points whose mean satisfies it, like \"latency_ms.p99<300\" (<, <=, >, >=; repeatable).")
    List<String> constraints = new ArrayList<>();

    @Option(names = "--show", paramLabel = "STATISTIC",
            description = "Also print this statistic's mean per point, like fleets.workers.jobs.cost_per_job_usd (repeatable).")
    List<String> show = new ArrayList<>();

    /** The goal, or null when neither --minimize nor --maximize is given. */
    SweepGoal goal() {
        if (minimize != null && maximize != null) {
            throw new UserInputException("--minimize and --maximize: expected one of them, found both");
        }
        if (minimize == null && maximize == null) {
            if (!constraints.isEmpty()) {
                throw new UserInputException("--subject-to: expected --minimize or --maximize with it, found neither");
            }
            return null;
        }
        List<SweepGoal.Constraint> cs = new ArrayList<>();
        constraints.forEach(c -> cs.add(SweepGoal.Constraint.parse(c)));
        return new SweepGoal(minimize != null ? minimize : maximize, maximize != null, cs);
    }
}

package dev.fleetsim.models.sweep;

import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.ReportBuilder;
import dev.fleetsim.models.run.Replication;

/** Runs one task of a sweep: one replication of one point. Independent of every other task. */
public final class SweepTask {
    private SweepTask() {}

    /** Task {@code task} of {@code setup}; {@code samplers} may be shared by tasks on several threads. */
    public static TaskResult run(SweepSetup setup, long task, SamplerFactory samplers) {
        int reps = setup.plan().replications();
        int point = (int) (task / reps);
        int replication = (int) (task % reps);
        var result = Replication.run(setup.point(point), replication, samplers);
        return TaskResult.of(task, point, replication, ReportBuilder.valuesOf(result));
    }
}

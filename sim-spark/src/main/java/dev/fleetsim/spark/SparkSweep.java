package dev.fleetsim.spark;

import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.sweep.SweepSetup;
import dev.fleetsim.models.sweep.SweepTask;
import dev.fleetsim.models.sweep.TaskResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * A sweep as a Spark job: its (point, replication) tasks are spread over the cluster, each
 * executor rebuilds the sweep from the scenario text once per partition and runs its tasks, and
 * the driver collects the task results. Those are the same numbers {@code fleetsim sweep}
 * computes on one machine, so the outputs built from them are byte-identical.
 */
public final class SparkSweep {
    private SparkSweep() {}

    /** Runs every task of {@code job} on {@code sc} in {@code partitions} partitions; results by task. */
    public static Map<Long, TaskResult> run(JavaSparkContext sc, SweepJob job, long tasks, int partitions) {
        List<Long> all = new ArrayList<>();
        for (long t = 0; t < tasks; t++) {
            all.add(t);
        }
        List<String> json = sc.parallelize(all, Math.max(1, partitions)).mapPartitions(new RunTasks(job)).collect();
        Map<Long, TaskResult> out = new TreeMap<>();
        for (String s : json) {
            TaskResult r = TaskResult.fromJson(s);
            if (r == null || out.put(r.task(), r) != null) {
                throw new IllegalStateException("a Spark task returned a damaged or duplicate result");
            }
        }
        return out;
    }

    /** Runs one partition's tasks on an executor. */
    static final class RunTasks implements FlatMapFunction<Iterator<Long>, String> {
        private static final long serialVersionUID = 1L;
        private final SweepJob job;

        RunTasks(SweepJob job) {
            this.job = job;
        }

        @Override
        public Iterator<String> call(Iterator<Long> tasks) {
            if (!tasks.hasNext()) {
                return List.<String>of().iterator();
            }
            SweepSetup setup = job.setup();
            SamplerFactory samplers = new SamplerFactory(Path.of(""));
            List<String> out = new ArrayList<>();
            while (tasks.hasNext()) {
                out.add(SweepTask.run(setup, tasks.next(), samplers).toJson());
            }
            return out.iterator();
        }
    }
}

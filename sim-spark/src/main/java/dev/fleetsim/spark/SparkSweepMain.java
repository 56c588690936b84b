package dev.fleetsim.spark;

import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.sweep.SweepAxis;
import dev.fleetsim.models.sweep.SweepDirectory;
import dev.fleetsim.models.sweep.SweepException;
import dev.fleetsim.models.sweep.SweepGoal;
import dev.fleetsim.models.sweep.SweepMode;
import dev.fleetsim.models.sweep.SweepOutput;
import dev.fleetsim.models.sweep.SweepSetup;
import dev.fleetsim.models.sweep.SweepTable;
import dev.fleetsim.models.sweep.TaskResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class dev.fleetsim.spark.SparkSweepMain ... FILE --out DIR}: the same
 * sweep as {@code fleetsim sweep}, run as a Spark job, writing the same {@code sweep.csv} and
 * {@code sweep.json}. Without a master from spark-submit it runs embedded on {@code local[*]}.
 */
@Command(name = "fleetsim-spark-sweep", mixinStandardHelpOptions = true,
        description = "Run a fleetsim sweep as a Spark job; outputs are identical to fleetsim sweep.")
public final class SparkSweepMain implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Scenario YAML file (readable by the driver).")
    Path file;

    @Option(names = "--param", paramLabel = "PATH=VALUES", description = "A swept field: path=v1,v2 or path=FROM..TO:STEP (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--mode", description = "grid or zip (default: the scenario's, or grid).")
    SweepMode mode;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario field at every point (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", description = "Override the scenario's seed.")
    Long seed;

    @Option(names = "--replications", description = "Override the replications per point.")
    Integer replications;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where the driver writes sweep.csv and sweep.json.")
    Path out;

    @Option(names = "--force", description = "Replace a sweep already in --out DIR.")
    boolean force;

    @Option(names = "--master", description = "Spark master when spark-submit gives none (default: local[*]).")
    String master = "local[*]";

    @Option(names = "--partitions", description = "Partitions of the task list (default: 4 per core of the cluster).")
    Integer partitions;

    @Option(names = "--minimize", paramLabel = "STATISTIC", description = "Best point: lowest mean of STATISTIC.")
    String minimize;

    @Option(names = "--maximize", paramLabel = "STATISTIC", description = "Best point: highest mean of STATISTIC.")
    String maximize;

    @Option(names = "--subject-to", paramLabel = "CONSTRAINT", description = "Constraint on means, like \"latency_ms.p99<300\" (repeatable).")
    List<String> constraints = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command; bad input gives one line and exit code 2, as the fleetsim CLI does. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new SparkSweepMain());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof SweepException || ex instanceof ScenarioException) {
                cmd.getErr().println("fleetsim-spark-sweep: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        SweepGoal goal = goal();
        List<String> all = new ArrayList<>(overrides);
        if (seed != null) all.add("seed=" + seed);
        if (replications != null) all.add("replications=" + replications);
        List<SweepAxis> axes = new ArrayList<>();
        params.forEach(p -> axes.add(SweepAxis.parse(p)));
        SweepJob job = SweepJob.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8), all, axes, mode);
        SweepSetup setup = job.setup(); // validates every point on the driver before the cluster works
        SweepDirectory dir = new SweepDirectory(out);
        dir.prepare(setup.manifest(), false, force);
        SparkConf conf = new SparkConf().setAppName("fleetsim sweep " + setup.base().name())
                .setIfMissing("spark.master", master).setIfMissing("spark.ui.enabled", "false");
        Map<Long, TaskResult> results;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int parts = partitions != null ? partitions : 4 * sc.defaultParallelism();
            results = SparkSweep.run(sc, job, setup.plan().taskCount(), parts);
        }
        SweepOutput output = new SweepOutput(SweepTable.of(setup.manifest(), setup.plan(), results), goal);
        dir.writeOutputs(output);
        String best = output.bestLine();
        System.out.println("wrote " + dir.path() + " (" + setup.plan().points().size() + " points, " + results.size() + " tasks)"
                + (best.isEmpty() ? "" : "\n" + best));
        return 0;
    }

    private SweepGoal goal() {
        if (minimize == null && maximize == null) {
            return null;
        }
        if (minimize != null && maximize != null) {
            throw new SweepException("--minimize and --maximize: expected one of them, found both");
        }
        List<SweepGoal.Constraint> cs = new ArrayList<>();
        constraints.forEach(c -> cs.add(SweepGoal.Constraint.parse(c)));
        return new SweepGoal(minimize != null ? minimize : maximize, maximize != null, cs);
    }
}

package dev.fleetsim.cli;

import dev.fleetsim.models.run.EventBudget;
import dev.fleetsim.models.sweep.Shard;
import dev.fleetsim.models.sweep.SweepAxis;
import dev.fleetsim.models.sweep.SweepDirectory;
import dev.fleetsim.models.sweep.SweepGoal;
import dev.fleetsim.models.sweep.SweepManifest;
import dev.fleetsim.models.sweep.SweepMode;
import dev.fleetsim.models.sweep.SweepRunner;
import dev.fleetsim.models.sweep.SweepSetup;
import dev.fleetsim.models.sweep.SweepTable;
import dev.fleetsim.models.sweep.TaskResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fleetsim sweep FILE}: run a scenario over a grid of parameter values. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a scenario at every point of a parameter grid (or zip), with common random numbers across"
                + " points; write sweep.csv and sweep.json with every statistic and its interval.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error", "2:bad input (scenario, parameter, option, directory)"})
final class SweepCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--param", paramLabel = "PATH=VALUES",
            description = "A swept field: path=v1,v2,v3 or path=FROM..TO:STEP (repeatable; default: the scenario's sweep: section).")
    List<String> params = new ArrayList<>();

    @Option(names = "--mode", description = "grid (every combination) or zip (k-th values together) (default: the scenario's, or grid).")
    SweepMode mode;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario field at every point (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", description = "Override the scenario's seed.")
    Long seed;

    @Option(names = "--replications", description = "Override the scenario's number of replications per point.")
    Integer replications;

    @Option(names = "--threads", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Working and output directory (default: sweep-NAME).")
    Path out;

    @Option(names = "--resume", description = "Finish an interrupted sweep in --out DIR without redoing finished tasks.")
    boolean resume;

    @Option(names = "--force", description = "Start again in a directory that holds a sweep (deletes its results).")
    boolean force;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only the K-th of N equal parts of the tasks (for CI matrices); combine with fleetsim merge.")
    String shard;

    @Option(names = "--format", defaultValue = "table", description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-events", defaultValue = "" + EventBudget.DEFAULT_MAX_EVENTS,
            description = "Refuse points estimated above this many events per run (default: ${DEFAULT-VALUE}).")
    long maxEvents;

    @Mixin
    SweepGoalOptions goalOptions;

    @Mixin
    VerboseOption verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (resume && force) {
            throw new UserInputException("--resume and --force: expected one of them, found both");
        }
        SweepGoal goal = goalOptions.goal();
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UserInputException("--threads: expected an integer >= 1, found " + workers);
        }
        List<String> all = new ArrayList<>(overrides);
        if (seed != null) all.add("seed=" + seed);
        if (replications != null) {
            if (replications < 1) {
                throw new UserInputException("--replications: expected an integer >= 1, found " + replications);
            }
            all.add("replications=" + replications);
        }
        List<SweepAxis> axes = new ArrayList<>();
        params.forEach(p -> axes.add(SweepAxis.parse(p)));
        SweepSetup setup = SweepSetup.load(file.toString(), read(file), all, axes, mode);
        if (goal != null && goal.statistic().startsWith("cost_usd") && !setup.base().commitments().isEmpty()) {
            // cost_usd is usage at On-Demand and Spot prices; a goal on it ignores the commitments swept.
            spec.commandLine().getErr().println("fleetsim: note: " + goal.statistic() + " is the bill without commitments;"
                    + " with them it is commitments.cost_usd");
        }
        for (int p = 0; p < setup.plan().points().size(); p++) {
            EventBudget.check(setup.point(p), file + " (point " + p + ")", maxEvents);
        }
        SweepManifest manifest = setup.manifest().withShard(part);
        SweepDirectory dir = new SweepDirectory(out != null ? out : Path.of("sweep-" + setup.base().name()));
        dir.prepare(manifest, resume, force);
        Map<Long, TaskResult> done = dir.results();
        List<Long> pending = SweepRunner.pending(setup, part, done.keySet());
        try (ProgressBar progress = ProgressBar.forStderr("tasks")) {
            new SweepRunner(workers).run(setup, pending, dir.store(), progress);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (!part.equals(Shard.ALL)) {
            int inShard = SweepRunner.pending(setup, part, Set.of()).size();
            stdout.println("shard " + part + " of " + setup.base().name() + ": " + inShard + " tasks done in " + dir.path()
                    + " (" + pending.size() + " run now); combine all " + part.n() + " shards with: fleetsim merge DIR1 ... DIR"
                    + part.n() + " --out DIR");
            stdout.flush();
            return 0;
        }
        SweepSummary.finish(SweepTable.of(setup.manifest(), setup.plan(), dir.results()), goal, goalOptions.show, dir, format,
                stdout);
        return 0;
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": no such file");
        }
    }
}

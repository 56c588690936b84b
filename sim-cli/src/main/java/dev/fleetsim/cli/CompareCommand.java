package dev.fleetsim.cli;

import dev.fleetsim.cli.compare.CompareRenderer;
import dev.fleetsim.cli.compare.PairedComparison;
import dev.fleetsim.cli.html.CompareHtml;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.run.EventBudget;
import dev.fleetsim.models.run.ScenarioRunner;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fleetsim compare A.yaml B.yaml}: runs both scenarios with the same seed and replication
 * count, so replication r of each sees the same random numbers, and reports per metric A, B and
 * the paired difference B − A with its 95% interval.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run two scenarios with common random numbers (same seed, same replications) and report, "
                + "per metric, A, B and the difference B - A with the 95%% interval of the paired difference, "
                + "plus one plain sentence.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "1:internal error", "2:bad input (scenario, option)"})
final class CompareCommand implements Callable<Integer> {
    /** Every name {@code --out} writes: {@code --force} replaces these and nothing else in the directory. */
    static final Set<String> OUT_FILES = Set.of("compare.html", "compare.json", "compare.txt");

    enum Format { table, json }

    @Parameters(index = "0", paramLabel = "A", description = "Baseline scenario YAML file.")
    Path fileA;

    @Parameters(index = "1", paramLabel = "B", description = "Scenario to compare with A.")
    Path fileB;

    @Option(names = "--format", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--replications", description = "Replications of each (default: A's).")
    Integer replications;

    @Option(names = "--seed", description = "Seed of both runs (default: A's).")
    Long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a field in both scenarios (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--set-a", paramLabel = "PATH=VALUE", description = "Override a field in A only (repeatable).")
    List<String> overridesA = new ArrayList<>();

    @Option(names = "--set-b", paramLabel = "PATH=VALUE",
            description = "Override a field in B only (repeatable): compare a scenario with a variant of itself.")
    List<String> overridesB = new ArrayList<>();

    @Option(names = "--threads", description = "Worker threads for replications (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write compare.html (self-contained, with a chart), compare.json and compare.txt to DIR.")
    Path out;

    @Option(names = "--force", description = "Let --out write to a directory that already holds files: replaces "
            + "compare.html, compare.json and compare.txt and leaves every other file alone.")
    boolean force;

    @Option(names = "--max-events", defaultValue = "" + EventBudget.DEFAULT_MAX_EVENTS,
            description = "Refuse runs estimated above this many events, each (default: ${DEFAULT-VALUE}).")
    long maxEvents;

    @Mixin
    VerboseOption verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioLoader loader = new ScenarioLoader();
        ScenarioSpec a = loader.load(fileA, concat(overrides, overridesA));
        ScenarioSpec b = loader.load(fileB, concat(overrides, overridesB));
        if (replications != null && replications < 2) {
            throw new UserInputException("--replications: a paired interval needs at least 2, found " + replications);
        }
        // Common random numbers: one seed and one replication count for both.
        long commonSeed = seed != null ? seed : a.seed();
        int n = replications != null ? replications : a.replications();
        if (n < 2) {
            throw new UserInputException(fileA + ": a paired interval needs at least 2 replications, found " + n
                    + " (use --replications)");
        }
        a = a.withSeed(commonSeed).withReplications(n);
        b = b.withSeed(commonSeed).withReplications(n);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UserInputException("--threads: expected an integer >= 1, found " + workers);
        }
        EventBudget.check(a, fileA.toString(), maxEvents);
        EventBudget.check(b, fileB.toString(), maxEvents);
        OutputDirectory dir = out == null ? null : new OutputDirectory(out, OUT_FILES);
        if (dir != null) {
            dir.checkWritable(force);
        }
        ScenarioRunner runner = new ScenarioRunner(workers);
        Report ra;
        Report rb;
        try (ProgressBar progress = ProgressBar.forStderr("replications of A")) {
            ra = runner.run(a, progress);
        }
        try (ProgressBar progress = ProgressBar.forStderr("replications of B")) {
            rb = runner.run(b, progress);
        }
        PairedComparison comparison = new PairedComparison(ra, rb);
        CompareRenderer render = new CompareRenderer();
        String sourceA = source(fileA, overridesA, "--set-a");
        String sourceB = source(fileB, overridesB, "--set-b");
        String table = render.table(comparison, sourceA, sourceB);
        String json = render.json(comparison, sourceA, sourceB);
        if (dir != null) {
            dir.add("compare.html", new CompareHtml().render(comparison, sourceA, sourceB));
            dir.add("compare.json", json);
            dir.add("compare.txt", table);
            dir.commit();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(format == Format.json ? json : table);
        stdout.flush();
        return 0;
    }

    /** The file and the overrides that apply to one side only, e.g. {@code b.yaml --set-b x=1}. */
    private String source(Path file, List<String> own, String option) {
        StringBuilder sb = new StringBuilder(file.toString());
        for (String o : overrides) sb.append(" --set ").append(o);
        for (String o : own) sb.append(' ').append(option).append(' ').append(o);
        return sb.toString();
    }

    private static List<String> concat(List<String> both, List<String> one) {
        List<String> all = new ArrayList<>(both);
        all.addAll(one);
        return all;
    }
}

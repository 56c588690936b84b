package dev.fleetsim.cli;

import dev.fleetsim.cli.html.HtmlReport;
import dev.fleetsim.cli.render.CsvRenderer;
import dev.fleetsim.cli.render.JsonRenderer;
import dev.fleetsim.cli.render.TableRenderer;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.run.EventBudget;
import dev.fleetsim.models.run.ScenarioRunner;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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

/** {@code fleetsim run FILE}: simulate a scenario and print its report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario's replications and print latency, capacity and SLO results.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ran (and the SLO held, or was not checked)", "1:internal error",
            "2:bad input (scenario, option)", "3:an SLO was missed and --fail-on-slo was given"})
final class RunCommand implements Callable<Integer> {
    static final int EXIT_SLO_MISSED = 3;

    /** Records the scenario file and the options that change results; see {@link #commandLine()}. */
    static final String COMMAND_FILE = "command.txt";

    /**
     * Every name {@code --out} writes, sometimes ({@code forecast-hours.csv}) or in earlier
     * versions ({@code overrides.txt}, the {@code --set} values only, before {@code command.txt}):
     * {@code --force} replaces or removes these and nothing else in the directory.
     */
    static final Set<String> OUT_FILES = Set.of("report.html", "report.json", "report.txt", "replications.csv",
            "timeseries.csv", "scaling-activities.csv", "forecast-hours.csv", "scenario.yaml", COMMAND_FILE,
            "overrides.txt");

    enum Format { table, json, csv }

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--format", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a scenario field, e.g. fleets[web].servers=12 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", description = "Override the scenario's seed.")
    Long seed;

    @Option(names = "--replications", description = "Override the scenario's number of replications.")
    Integer replications;

    @Option(names = "--threads", description = "Worker threads for replications (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write report.html (charts, self-contained), report.json, report.txt, replications.csv, "
                    + "timeseries.csv, scaling-activities.csv (and forecast-hours.csv with a predictive policy), "
                    + "scenario.yaml (the scenario's text) and command.txt (the options that change results) to DIR.")
    Path out;

    @Option(names = "--force", description = "Let --out write to a directory that already holds files: replaces "
            + "the files run --out writes and leaves every other file alone.")
    boolean force;

    @Option(names = "--max-events", defaultValue = "" + EventBudget.DEFAULT_MAX_EVENTS,
            description = "Refuse runs estimated above this many events (default: ${DEFAULT-VALUE}).")
    long maxEvents;

    @Option(names = "--fail-on-slo", description = "Exit with code 3 if an SLO objective was missed.")
    boolean failOnSlo;

    @Mixin
    VerboseOption verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ScenarioSpec scenario = new ScenarioLoader().load(file, overrides);
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        if (replications != null) {
            if (replications < 1) {
                throw new UserInputException("--replications: expected an integer >= 1, found " + replications);
            }
            scenario = scenario.withReplications(replications);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UserInputException("--threads: expected an integer >= 1, found " + workers);
        }
        EventBudget.check(scenario, file.toString(), maxEvents);
        OutputDirectory dir = out == null ? null : new OutputDirectory(out, OUT_FILES);
        if (dir != null) {
            dir.checkWritable(force);
        }
        Report report;
        try (ProgressBar progress = ProgressBar.forStderr("replications")) {
            report = new ScenarioRunner(workers).run(scenario, progress);
        }
        String json = new JsonRenderer().render(report);
        String table = new TableRenderer().render(report);
        CsvRenderer csv = new CsvRenderer();
        if (dir != null) {
            dir.add("report.html", new HtmlReport().render(report));
            dir.add("report.json", json);
            dir.add("report.txt", table);
            dir.add("replications.csv", csv.render(report));
            dir.add("timeseries.csv", csv.timeSeries(report));
            dir.add("scaling-activities.csv", csv.scalingActivities(report));
            String forecasts = csv.forecastHours(report);
            if (forecasts != null) {
                dir.add("forecast-hours.csv", forecasts);
            }
            dir.add("scenario.yaml", Files.readString(file));
            dir.add(COMMAND_FILE, commandLine() + "\n");
            dir.commit();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(switch (format) {
            case json -> json;
            case csv -> csv.render(report);
            case table -> table;
        });
        stdout.flush();
        OverloadNote.of(report).ifPresent(spec.commandLine().getErr()::println);
        return failOnSlo && !report.slo().held() ? EXIT_SLO_MISSED : 0;
    }

    /**
     * The command as given, reduced to what changes results: the scenario file, {@code --seed},
     * {@code --replications} and every {@code --set} in order, quoted for a POSIX shell. Options
     * that do not change results ({@code --threads}, {@code --format}, {@code --max-events},
     * {@code --fail-on-slo}, {@code --out}) are left out.
     */
    String commandLine() {
        List<String> args = new ArrayList<>(List.of("fleetsim", "run", file.toString()));
        if (seed != null) {
            args.addAll(List.of("--seed", seed.toString()));
        }
        if (replications != null) {
            args.addAll(List.of("--replications", replications.toString()));
        }
        for (String o : overrides) {
            args.addAll(List.of("--set", o));
        }
        StringBuilder sb = new StringBuilder();
        for (String a : args) {
            sb.append(sb.length() == 0 ? "" : " ").append(shellQuote(a));
        }
        return sb.toString();
    }

    static String shellQuote(String arg) {
        if (!arg.isEmpty() && arg.matches("[A-Za-z0-9_./=:,@%+-]+")) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}

package dev.fleetsim.cli;

import dev.fleetsim.cli.render.JsonRenderer;
import dev.fleetsim.cli.render.TableRenderer;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.run.ScenarioRunner;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fleetsim run FILE}: simulate a scenario and print its report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario's replications and print latency and capacity statistics.")
final class RunCommand implements Callable<Integer> {

    enum Format { table, json }

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--format", defaultValue = "table", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--seed", description = "Override the scenario's seed.")
    Long seed;

    @Option(names = "--replications", description = "Override the scenario's number of replications.")
    Integer replications;

    @Option(names = "--threads", description = "Worker threads for replications (default: all cores). Results do not depend on it.")
    Integer threads;

    @Mixin
    VerboseOption verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioSpec scenario = new ScenarioLoader().load(file);
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
        try (ProgressBar progress = ProgressBar.forStderr("replications")) {
            Report report = new ScenarioRunner(workers).run(scenario, progress);
            progress.close();
            PrintWriter out = spec.commandLine().getOut();
            out.print(format == Format.json ? new JsonRenderer().render(report) : new TableRenderer().render(report));
            out.flush();
        }
        return 0;
    }
}

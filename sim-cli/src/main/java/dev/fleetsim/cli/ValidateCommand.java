package dev.fleetsim.cli;

import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code fleetsim validate FILE...}: check scenarios without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files without running them; lists every problem found.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario YAML files.")
    List<Path> files;

    @picocli.CommandLine.Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a scenario field before checking it (repeatable).")
    List<String> overrides = new java.util.ArrayList<>();

    @Mixin
    VerboseOption verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader();
        int bad = 0;
        for (Path f : files) {
            try {
                loader.load(f, overrides);
                out.println("ok: " + f);
            } catch (ScenarioException e) {
                bad++;
                for (ScenarioProblem p : e.problems()) {
                    err.println(p.oneLine());
                }
                if (verbose.verbose) e.printStackTrace(err);
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? 0 : FleetsimCommand.EXIT_BAD_INPUT;
    }
}

package dev.fleetsim.cli;

import dev.fleetsim.models.scenario.LocatedYaml;
import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioProblem;
import dev.fleetsim.models.scenario.ScenarioSpec;
import dev.fleetsim.models.scenario.SourceLocation;
import dev.fleetsim.models.sweep.SweepException;
import dev.fleetsim.models.sweep.SweepSetup;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
                ScenarioSpec spec = loader.load(f, overrides);
                if (spec.sweep() != null) {
                    checkSweep(f);
                }
                out.println("ok: " + f);
            } catch (SweepException e) {
                bad++;
                err.println(e.getMessage());
                if (verbose.verbose) e.printStackTrace(err);
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

    /**
     * The scenario's {@code sweep:} section, checked the way {@code fleetsim sweep} checks it: the
     * plan is built (zip lengths, sizes) and every point's scenario is bound and validated (paths,
     * values), so a scenario that validates also sweeps. Failures name the file and the section.
     */
    private void checkSweep(Path f) {
        String text;
        try {
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SweepException(f + ": cannot read: " + e.getMessage());
        }
        try {
            SweepSetup.load(f.toString(), text, overrides, List.of(), null);
        } catch (SweepException e) {
            SourceLocation at = LocatedYaml.parse(f.toString(), text).locate("sweep");
            SweepException located = new SweepException(at + ": sweep: " + e.getMessage());
            located.initCause(e);
            throw located;
        }
    }
}

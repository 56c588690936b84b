package dev.fleetsim.cli;

import dev.fleetsim.models.scenario.SchemaGenerator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code fleetsim schema}: print the JSON Schema of the scenario language. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema of the scenario language (also in scenarios/fleetsim.schema.json).",
            "Editors use it to complete and check scenarios: in VS Code (YAML extension) add",
            "  # yaml-language-server: $schema=fleetsim.schema.json",
            "at the top of a scenario."})
final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(SchemaGenerator.generate());
        out.flush();
        return 0;
    }
}

package dev.fleetsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the CLI in-process and captures what it prints. */
final class CliTestSupport {
    record Result(int exit, String out, String err) {}

    private CliTestSupport() {}

    static Result run(String... args) {
        CommandLine cl = FleetsimCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** The repository's scenarios folder (tests run with the module as working directory). */
    static Path scenarios() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (p.resolve("scenarios").toFile().isDirectory() && p.resolve("pom.xml").toFile().isFile()) {
                return p.resolve("scenarios");
            }
        }
        throw new IllegalStateException("no scenarios folder above " + here);
    }
}

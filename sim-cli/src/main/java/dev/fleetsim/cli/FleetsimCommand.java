package dev.fleetsim.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code fleetsim} command: subcommands, version, and how errors reach the user. */
@Command(
        name = "fleetsim",
        mixinStandardHelpOptions = true,
        versionProvider = FleetsimCommand.Version.class,
        description = "Discrete-event simulator of an AWS compute fleet.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, MergeCommand.class, ValidateCommand.class,
            SchemaCommand.class, CommandLine.HelpCommand.class})
public final class FleetsimCommand implements Runnable {
    /** Exit code for bad input: an unknown option, a scenario that does not validate. */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a command (run, compare, sweep, merge, validate, schema)");
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new FleetsimCommand());
        cl.setParameterExceptionHandler(FleetsimCommand::badParameters);
        cl.setExecutionExceptionHandler(new Errors());
        return cl;
    }

    /** One line, no usage dump: the user asked for something specific and can ask for --help. */
    private static int badParameters(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("fleetsim: " + ex.getMessage().replace('\n', ' ')
                + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return EXIT_BAD_INPUT;
    }

    /** Reads the version the build wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws Exception {
            Properties p = new Properties();
            try (InputStream in = FleetsimCommand.class.getResourceAsStream("/fleetsim-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"fleetsim " + p.getProperty("version", "unknown")
                    + " (Java " + System.getProperty("java.version") + ")"};
        }
    }
}

package dev.fleetsim.cli;

import dev.fleetsim.models.distribution.DataFileException;
import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.workload.TraceException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns exceptions from commands into one line on stderr and an exit code. Stack traces only with
 * {@code --verbose}: users should see what to fix, not where the code was.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = isVerbose(parsed);
        if (ex instanceof ScenarioException || ex instanceof TraceException || ex instanceof DataFileException) {
            // Bad input found while running (a malformed trace line, a bad data file): the
            // message already names the file and line.
            err.println(ex.getMessage());
            if (verbose) ex.printStackTrace(err);
            err.flush();
            return FleetsimCommand.EXIT_BAD_INPUT;
        }
        if (ex instanceof UserInputException || ex instanceof dev.fleetsim.models.sweep.SweepException) {
            err.println("fleetsim: " + ex.getMessage());
            if (verbose) ex.printStackTrace(err);
            err.flush();
            return FleetsimCommand.EXIT_BAD_INPUT;
        }
        err.println("fleetsim: internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) ex.printStackTrace(err);
        err.flush();
        return 1;
    }

    private static boolean isVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}

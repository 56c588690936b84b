package dev.fleetsim.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: show stack traces with errors. */
final class VerboseOption {
    @Option(names = "--verbose", description = "Show stack traces with errors.")
    boolean verbose;
}

package dev.fleetsim.cli;

/** A command-line value that parses but cannot be used; reported on one line with exit code 2. */
final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}

package dev.fleetsim.models.workload;

import java.nio.file.Path;

/**
 * A trace file that cannot be replayed: missing, unreadable, or a line that does not hold what
 * its format requires. The message is one line, {@code file:line: expected …, found …}, so the
 * user can open the file at the right place; it is a problem with the input, not a program error.
 */
public final class TraceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final long line;

    /** @param line 1-based line number, or 0 when the problem is the file as a whole */
    public TraceException(Path file, long line, String message, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    public TraceException(Path file, long line, String message) {
        this(file, line, message, null);
    }

    public Path file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem is the file as a whole. */
    public long line() {
        return line;
    }
}

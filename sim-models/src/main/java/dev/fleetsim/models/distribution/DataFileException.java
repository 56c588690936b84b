package dev.fleetsim.models.distribution;

import dev.fleetsim.models.scenario.SourceLocation;

/**
 * A data file that cannot be used, with the position of the problem (line 0 when it concerns
 * the whole file) and what was expected and found.
 */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourceLocation location;
    private final String problem;

    public DataFileException(SourceLocation location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public SourceLocation location() {
        return location;
    }

    /** What was expected and found, without the location. */
    public String problem() {
        return problem;
    }
}

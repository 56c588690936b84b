package dev.fleetsim.models.scenario;

/**
 * One thing wrong with a scenario, said the way a user can act on it: where, which field, what
 * was expected and what was found.
 */
public record ScenarioProblem(SourceLocation location, String path, String message) {

    /** {@code file:line:col: path: message}, on one line. */
    public String oneLine() {
        String where = location == null ? "" : location + ": ";
        String field = path == null || path.isEmpty() ? "" : path + ": ";
        return (where + field + message).replace('\n', ' ');
    }
}

package dev.fleetsim.models.scenario;

/** Where something was written: file (as the user named it), 1-based line and column. */
public record SourceLocation(String file, int line, int column) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}

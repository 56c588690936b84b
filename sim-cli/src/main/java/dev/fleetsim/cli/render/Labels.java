package dev.fleetsim.cli.render;

/**
 * Row labels of the 80-column tables. A label wider than its column is never cut (rows that differ
 * only in the middle of their names, like per-pool statistics, would become identical): it gets
 * a line of its own and the numbers follow on the next line under an empty label.
 */
public final class Labels {
    private Labels() {}

    /**
     * The label to print in a column of {@code width}: {@code label} itself if it fits; otherwise
     * the label is appended to {@code out} on its own line (after {@code indent}) and "" returned.
     */
    public static String fit(StringBuilder out, String indent, String label, int width) {
        if (label.length() <= width) {
            return label;
        }
        out.append(indent).append(label).append(System.lineSeparator());
        return "";
    }
}

package dev.fleetsim.cli;

import dev.fleetsim.cli.render.Numbers;
import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.sweep.SweepDirectory;
import dev.fleetsim.models.sweep.SweepGoal;
import dev.fleetsim.models.sweep.SweepOutput;
import dev.fleetsim.models.sweep.SweepTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal view of a finished sweep: one line per point with its parameters and a few
 * headline means (p99, error ratio, cost, and the goal's statistic), the best point starred.
 */
final class SweepSummary {
    private static final List<String> HEADLINES = List.of("latency_ms.p99", "error_ratio", "cost_usd.total");

    private SweepSummary() {}

    /**
     * Ends a sweep or a merge the same way: writes {@code sweep.csv} and {@code sweep.json} into
     * {@code dir} (each whole or not at all) and prints the table, JSON or CSV.
     */
    static void finish(SweepTable table, SweepGoal goal, List<String> show, SweepDirectory dir, SweepCommand.Format format,
            PrintWriter stdout) {
        SweepOutput output = new SweepOutput(table, goal);
        dir.writeOutputs(output);
        stdout.print(switch (format) {
            case json -> output.json();
            case csv -> output.csv();
            case table -> render(table, goal, output, dir.path().toString(), show);
        });
        stdout.flush();
    }

    /** The table, with the statistics named by {@code --show} as extra columns ("-" where a point lacks one). */
    static String render(SweepTable table, SweepGoal goal, SweepOutput output, String where, List<String> show) {
        List<String> columns = new ArrayList<>();
        table.manifest().axes().forEach(a -> columns.add(a.path()));
        List<String> stats = new ArrayList<>();
        for (String h : HEADLINES) {
            if (table.keys().contains(h)) stats.add(h);
        }
        if (goal != null && !stats.contains(goal.statistic())) stats.add(goal.statistic());
        for (String s : show) {
            if (!stats.contains(s)) stats.add(s);
        }
        columns.addAll(stats);
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < table.points().size(); p++) {
            List<String> row = new ArrayList<>();
            row.add((p == output.best() ? "*" : " ") + p);
            row.addAll(table.points().get(p).values());
            for (String s : stats) {
                Summary x = table.stat(p, s);
                row.add(x == null ? "-" : Numbers.fixed(x.mean(), s.equals("error_ratio") ? 4 : decimals(x.mean())));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>();
        header.add(" point");
        header.addAll(columns);
        int[] width = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            width[c] = header.get(c).length();
            for (List<String> r : rows) width[c] = Math.max(width[c], r.get(c).length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(table.manifest().scenario()).append("  sweep of ").append(table.points().size()).append(" points (")
                .append(table.manifest().mode()).append("), ").append(table.manifest().replications())
                .append(" replications each, seed ").append(table.manifest().seed()).append("; means across replications\n\n");
        line(sb, header, width);
        rows.forEach(r -> line(sb, r, width));
        String best = output.bestLine();
        if (!best.isEmpty()) sb.append('\n').append(best).append('\n');
        sb.append("\nwrote ").append(where).append(" (sweep.csv, sweep.json: every statistic with its 95% interval)\n");
        return sb.toString();
    }

    /** Two decimals, or enough for three significant digits below 1 (a cost per job of $0.0037 is not "0.00"). */
    static int decimals(double x) {
        return Numbers.decimalsFor(x, 2);
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            sb.append(c == 0 ? "" : "  ");
            sb.append(c == 0 ? pad(cell, width[c], false) : pad(cell, width[c], true));
        }
        sb.append('\n');
    }

    private static String pad(String s, int w, boolean right) {
        String fill = " ".repeat(Math.max(0, w - s.length()));
        return right ? fill + s : s + fill;
    }
}

package dev.fleetsim.models.sweep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.CanonicalDecimal;
import dev.fleetsim.models.results.JsonStatistics;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The outputs of a finished sweep: a CSV with one row per point (parameters, then every
 * statistic's mean and 95 % interval) and a JSON document with the same and each statistic's
 * min and max. Numbers are canonical decimals, so the same sweep gives the same bytes however
 * it ran (threads, shards, resumes, Spark).
 */
public final class SweepOutput {
    private final SweepTable table;
    private final SweepGoal goal;
    private final int best;

    /** {@code goal} may be null (no best point). */
    public SweepOutput(SweepTable table, SweepGoal goal) {
        this.table = table;
        this.goal = goal;
        this.best = goal == null ? -1 : goal.best(table);
    }

    /** The best point's index; -1 without a goal or when no point satisfies it. */
    public int best() {
        return best;
    }

    public String csv() {
        StringBuilder sb = new StringBuilder("point");
        for (SweepAxis a : table.manifest().axes()) sb.append(',').append(quote(a.path()));
        if (goal != null) sb.append(",feasible");
        for (String k : table.keys()) {
            sb.append(',').append(quote(k + ".mean")).append(',').append(quote(k + ".ci95_low")).append(',')
                    .append(quote(k + ".ci95_high"));
        }
        sb.append('\n');
        for (int p = 0; p < table.points().size(); p++) {
            sb.append(p);
            for (String v : table.points().get(p).values()) sb.append(',').append(quote(v));
            if (goal != null) sb.append(',').append(goal.feasible(table, p));
            for (String k : table.keys()) {
                Summary s = table.stat(p, k);
                if (s == null) {
                    sb.append(",,,");
                } else {
                    sb.append(',').append(CanonicalDecimal.text(s.mean())).append(',').append(CanonicalDecimal.text(s.ci95Low()))
                            .append(',').append(CanonicalDecimal.text(s.ci95High()));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter(); // as fleetsim run --format json prints
            pp.indentArraysWith(new DefaultIndenter("  ", "\n"));
            pp.indentObjectsWith(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            SweepManifest m = table.manifest();
            g.writeStartObject();
            g.writeStringField("scenario", m.scenario());
            g.writeNumberField("seed", m.seed());
            g.writeNumberField("replications", m.replications());
            g.writeStringField("mode", m.mode().yamlName());
            g.writeNumberField("tasks", m.tasks());
            g.writeArrayFieldStart("parameters");
            for (SweepAxis a : m.axes()) g.writeString(a.path());
            g.writeEndArray();
            if (goal != null) {
                g.writeStringField("goal", goal.describe());
                g.writeFieldName("best");
                if (best < 0) {
                    g.writeNull();
                } else {
                    g.writeStartObject();
                    g.writeNumberField("point", best);
                    writeParameters(g, best);
                    g.writeEndObject();
                }
            }
            g.writeArrayFieldStart("points");
            for (int p = 0; p < table.points().size(); p++) {
                g.writeStartObject();
                g.writeNumberField("point", p);
                writeParameters(g, p);
                if (goal != null) g.writeBooleanField("feasible", goal.feasible(table, p));
                writeResults(g, p);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** A value written as a plain number ({@code 4}, {@code 0.15}) is a JSON number, as written; others stay strings ({@code 10m}). */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private void writeParameters(JsonGenerator g, int p) throws IOException {
        g.writeObjectFieldStart("parameters");
        for (Map.Entry<String, String> e : table.points().get(p).entrySet()) {
            g.writeFieldName(e.getKey());
            if (PLAIN_NUMBER.matcher(e.getValue()).matches()) {
                g.writeNumber(e.getValue());
            } else {
                g.writeString(e.getValue());
            }
        }
        g.writeEndObject();
    }

    /** The statistics nested by their result paths, as {@code fleetsim run --format json} nests them. */
    private void writeResults(JsonGenerator g, int p) throws IOException {
        g.writeObjectFieldStart("results");
        List<String> open = new ArrayList<>();
        for (String k : table.keys()) {
            Summary s = table.stat(p, k);
            if (s == null) continue;
            List<String> path = table.path(k);
            int common = 0;
            while (common < open.size() && common < path.size() - 1 && open.get(common).equals(path.get(common))) common++;
            while (open.size() > common) {
                g.writeEndObject();
                open.remove(open.size() - 1);
            }
            for (int i = common; i < path.size() - 1; i++) {
                g.writeObjectFieldStart(path.get(i));
                open.add(path.get(i));
            }
            JsonStatistics.summary(g, path.get(path.size() - 1), s);
        }
        for (int i = 0; i < open.size(); i++) g.writeEndObject();
        g.writeEndObject();
    }

    /** A one-line statement of the best point, for the terminal. */
    public String bestLine() {
        if (goal == null) {
            return "";
        }
        if (best < 0) {
            return "best: no point satisfies " + goal.describe();
        }
        Summary s = table.stat(best, goal.statistic());
        StringBuilder sb = new StringBuilder("best: point ").append(best).append(" (");
        List<String> parts = new ArrayList<>();
        table.points().get(best).forEach((k, v) -> parts.add(k + "=" + v));
        sb.append(String.join(", ", parts)).append("): ").append(goal.statistic()).append(" = ")
                .append(CanonicalDecimal.text(s.mean()));
        if (s.hasInterval()) {
            sb.append(" (95% ").append(CanonicalDecimal.text(s.ci95Low())).append(" to ").append(CanonicalDecimal.text(s.ci95High())).append(')');
        }
        return sb.append(", ").append(goal.describe()).toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}

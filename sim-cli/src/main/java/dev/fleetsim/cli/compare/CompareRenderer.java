package dev.fleetsim.cli.compare;

import dev.fleetsim.models.results.JsonStatistics;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.fleetsim.cli.render.Labels;
import dev.fleetsim.cli.render.Numbers;
import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A comparison as text (80 columns) or JSON. JSON follows the result contract: snake_case keys,
 * metric paths nested, each difference as {mean, ci95_low, ci95_high, min, max}, numbers through
 * {@link Numbers} so the same comparison gives the same bytes.
 */
public final class CompareRenderer {
    private static final int LABEL = 26;
    private static final String ROW = "%-" + LABEL + "s %11s %11s %11s %9s %7s%n";

    /** The comparison as text; {@code sourceA} and {@code sourceB} say where each scenario came from. */
    public String table(PairedComparison c, String sourceA, String sourceB) {
        StringBuilder sb = new StringBuilder();
        header(sb, c, sourceA, sourceB);
        sb.append(String.format("%n%s%n", ComparisonSentence.of(c)));
        sb.append(String.format(Locale.ROOT, "%n" + ROW, "metric (mean)", "A", "B", "B - A", "95% +/-", "change"));
        for (MetricDifference m : c.metrics()) {
            if (m.allZero()) continue;
            int d = decimals(m.path(), Math.max(Math.abs(m.a().mean()), Math.abs(m.b().mean())));
            String change = Double.isNaN(m.relative()) ? "" : (m.relative() >= 0 ? "+" : "")
                    + ComparisonSentence.percent(m.relative());
            sb.append(String.format(Locale.ROOT, ROW, Labels.fit(sb, "", m.name(), LABEL), Numbers.fixed(m.a().mean(), d),
                    Numbers.fixed(m.b().mean(), d), Numbers.fixed(m.difference().mean(), d),
                    Numbers.fixed(m.difference().halfWidth(), d), change));
        }
        sb.append(String.format("%nB - A is the mean of per-replication differences; +/- is the half-width of its%n"
                + "Student-t 95%% interval (paired: replication r of A and B share random numbers).%n"));
        return sb.toString();
    }

    private static void header(StringBuilder sb, PairedComparison c, String sourceA, String sourceB) {
        Report a = c.a();
        sb.append(String.format(Locale.ROOT, "A: %s (%s)%nB: %s (%s)%nseed %d, %d replications each, paired by "
                + "replication (common random numbers)%n", a.scenario(), sourceA, c.b().scenario(), sourceB, a.seed(),
                a.replications()));
    }

    /** Whole requests; latency to 10 µs; other metrics with fewer decimals the larger they are. */
    private static int decimals(List<String> path, double magnitude) {
        if (path.get(0).equals("requests")) return 0;
        if (path.get(0).equals("latency_ms")) return 2;
        return magnitude >= 1000 ? 0 : magnitude >= 10 ? 2 : 4;
    }

    /** The comparison as JSON; {@code sourceA} and {@code sourceB} say where each scenario came from. */
    public String json(PairedComparison c, String sourceA, String sourceB) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
            pp.indentArraysWith(new DefaultIndenter("  ", "\n"));
            pp.indentObjectsWith(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            side(g, "a", c.a(), sourceA);
            side(g, "b", c.b(), sourceB);
            g.writeNumberField("seed", c.a().seed());
            g.writeNumberField("replications", c.a().replications());
            g.writeBooleanField("paired", true);
            g.writeStringField("summary", ComparisonSentence.of(c));
            g.writeObjectFieldStart("metrics");
            writeTree(g, nest(c.metrics()));
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void side(JsonGenerator g, String name, Report r, String source) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("scenario", r.scenario());
        g.writeStringField("source", source);
        g.writeBooleanField("slo_held", r.slo().held());
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nest(List<MetricDifference> metrics) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (MetricDifference m : metrics) {
            Map<String, Object> node = root;
            for (int i = 0; i < m.path().size() - 1; i++) {
                node = (Map<String, Object>) node.computeIfAbsent(m.path().get(i), k -> new LinkedHashMap<String, Object>());
            }
            node.put(m.path().get(m.path().size() - 1), m);
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void writeTree(JsonGenerator g, Map<String, Object> tree) throws IOException {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            if (e.getValue() instanceof MetricDifference m) {
                number(g, "a", m.a().mean());
                number(g, "b", m.b().mean());
                summary(g, "difference", m.difference());
                number(g, "relative_difference", m.relative());
                number(g, "relative_ci95_half_width", m.relativeHalfWidth());
                number(g, "unpaired_ci95_half_width", m.unpairedHalfWidth());
                g.writeBooleanField("significant", m.significant());
            } else {
                writeTree(g, (Map<String, Object>) e.getValue());
            }
            g.writeEndObject();
        }
    }

    private static void summary(JsonGenerator g, String name, Summary s) throws IOException {
        JsonStatistics.summary(g, name, s);
    }

    private static void number(JsonGenerator g, String name, double x) throws IOException {
        JsonStatistics.number(g, name, x);
    }
}

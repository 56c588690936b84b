package dev.fleetsim.cli.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The result contract of DESIGN.md as one JSON document: snake_case keys, {@code _ms} on
 * milliseconds, every statistic across replications as {mean, ci95_low, ci95_high, min, max}.
 * Keys come out in a fixed order and numbers through {@link Numbers}, so the same report always
 * gives the same bytes.
 */
public final class JsonRenderer {

    public String render(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
            pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            pp.indentObjectsWith(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeStringField("scenario", report.scenario());
            g.writeNumberField("seed", report.seed());
            g.writeNumberField("replications", report.replications());
            number(g, "horizon_s", report.horizonSeconds());
            number(g, "warmup_s", report.warmupSeconds());
            summaries(g, "requests", report.requests());
            summaries(g, "latency_ms", report.latencyMs());
            g.writeObjectFieldStart("latency_ms_pooled");
            for (Map.Entry<String, Double> e : report.pooledLatencyMs().entrySet()) {
                number(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("fleets");
            for (Map.Entry<String, Map<String, Summary>> f : report.fleets().entrySet()) {
                summaries(g, f.getKey(), f.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    private static void summaries(JsonGenerator g, String name, Map<String, Summary> m) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Summary> e : m.entrySet()) {
            summary(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, String name, Summary s) throws IOException {
        g.writeObjectFieldStart(name);
        number(g, "mean", s.mean());
        number(g, "ci95_low", s.ci95Low());
        number(g, "ci95_high", s.ci95High());
        number(g, "min", s.min());
        number(g, "max", s.max());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double x) throws IOException {
        BigDecimal d = Numbers.canonical(x);
        if (d == null) {
            g.writeNullField(name);
        } else {
            g.writeFieldName(name);
            g.writeNumber(d.toPlainString());
        }
    }
}

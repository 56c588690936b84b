package dev.fleetsim.cli.render;

import dev.fleetsim.models.results.JsonStatistics;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.results.SloReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
            pp.indentArraysWith(new DefaultIndenter("  ", "\n"));
            pp.indentObjectsWith(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeStringField("scenario", report.scenario());
            g.writeNumberField("seed", report.seed());
            g.writeNumberField("replications", report.replications());
            number(g, "horizon_s", report.horizonSeconds());
            number(g, "warmup_s", report.warmupSeconds());
            writeTree(g, nest(report.statistics()));
            g.writeObjectFieldStart("latency_ms_pooled");
            for (Map.Entry<String, Double> e : report.pooledLatencyMs().entrySet()) {
                number(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            slo(g, report.slo());
            scalingActivities(g, report);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** Paths like [fleets, web, mean_capacity] become nested maps, first-seen order kept. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> nest(Map<List<String>, Summary> flat) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Map.Entry<List<String>, Summary> e : flat.entrySet()) {
            Map<String, Object> node = root;
            List<String> path = e.getKey();
            for (int i = 0; i < path.size() - 1; i++) {
                node = (Map<String, Object>) node.computeIfAbsent(path.get(i), k -> new LinkedHashMap<String, Object>());
            }
            node.put(path.get(path.size() - 1), e.getValue());
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void writeTree(JsonGenerator g, Map<String, Object> tree) throws IOException {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            if (e.getValue() instanceof Summary s) {
                summary(g, e.getKey(), s);
            } else {
                g.writeObjectFieldStart(e.getKey());
                writeTree(g, (Map<String, Object>) e.getValue());
                g.writeEndObject();
            }
        }
    }

    private static void slo(JsonGenerator g, SloReport slo) throws IOException {
        g.writeObjectFieldStart("slo");
        g.writeBooleanField("held", slo.held());
        if (slo.window() != null) {
            g.writeStringField("window", slo.window());
        }
        g.writeObjectFieldStart("objectives");
        for (SloReport.Objective o : slo.objectives()) {
            g.writeObjectFieldStart(o.name());
            g.writeStringField("target", o.target());
            number(g, "actual", o.actual());
            g.writeBooleanField("held", o.held());
            g.writeNumberField("replications_held", o.replicationsHeld());
            g.writeArrayFieldStart("per_replication");
            List<Boolean> held = new ArrayList<>();
            for (int r = 0; r < o.perReplication().length; r++) held.add(o.heldIn(r));
            for (boolean h : held) g.writeBoolean(h);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Every scaling activity, per replication: what AWS lists as the group's activity history. */
    private static void scalingActivities(JsonGenerator g, Report report) throws IOException {
        g.writeArrayFieldStart("scaling_activities");
        for (var r : report.perReplication()) {
            for (var a : r.scalingActivities()) {
                g.writeStartObject();
                g.writeNumberField("replication", r.replication());
                number(g, "time_s", a.timeMicros() / 1e6);
                g.writeStringField("fleet", a.target());
                g.writeStringField("policy", a.policy());
                g.writeNumberField("from", a.from());
                g.writeNumberField("to", a.to());
                g.writeStringField("reason", a.reason());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void summary(JsonGenerator g, String name, Summary s) throws IOException {
        JsonStatistics.summary(g, name, s);
    }

    private static void number(JsonGenerator g, String name, double x) throws IOException {
        JsonStatistics.number(g, name, x);
    }
}

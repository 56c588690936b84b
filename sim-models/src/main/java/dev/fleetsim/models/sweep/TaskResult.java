package dev.fleetsim.models.sweep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetsim.models.results.ResultValues;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one task (one replication of one point) produced: every scalar result of the
 * replication, latency percentiles included, in report order. Stored as one JSON document with
 * exact doubles, so a sweep resumed or merged from shards aggregates the very same numbers.
 */
public record TaskResult(long task, int point, int replication, List<Map.Entry<List<String>, Double>> values) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public TaskResult {
        values = List.copyOf(values);
    }

    /** From a replication's values ({@code ReportBuilder.valuesOf}). */
    public static TaskResult of(long task, int point, int replication, ResultValues v) {
        return new TaskResult(task, point, replication, new ArrayList<>(v.asMap().entrySet()));
    }

    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("task", task);
            g.writeNumberField("point", point);
            g.writeNumberField("replication", replication);
            g.writeArrayFieldStart("values");
            for (Map.Entry<List<String>, Double> e : values) {
                g.writeStartArray();
                g.writeStartArray();
                for (String k : e.getKey()) {
                    g.writeString(k);
                }
                g.writeEndArray();
                g.writeNumber(e.getValue()); // Double.toString: reads back to the same double (NaN as "NaN")
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads {@link #toJson()}'s form; null if {@code text} is not one (a damaged file). */
    public static TaskResult fromJson(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || !n.has("task") || !n.has("values")) {
                return null;
            }
            List<Map.Entry<List<String>, Double>> values = new ArrayList<>();
            for (JsonNode e : n.get("values")) {
                List<String> key = new ArrayList<>();
                e.get(0).forEach(k -> key.add(k.asText()));
                JsonNode x = e.get(1);
                values.add(Map.entry(List.copyOf(key), x.isNumber() ? x.doubleValue() : Double.parseDouble(x.asText())));
            }
            return new TaskResult(n.get("task").asLong(), n.get("point").asInt(), n.get("replication").asInt(), values);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

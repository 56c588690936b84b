package dev.fleetsim.models.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scalar results of one replication, keyed by path ({@code [requests, total]},
 * {@code [fleets, web, mean_capacity]}) in the order they were added. Renderers nest paths into
 * JSON objects or join them into CSV column names; the aggregator summarises each path.
 */
public final class ResultValues {
    private final Map<List<String>, Double> values = new LinkedHashMap<>();

    /** Sets the value at {@code path}; a later put to the same path replaces it in place. */
    public ResultValues put(double value, String... path) {
        values.put(List.of(path), value);
        return this;
    }

    public Map<List<String>, Double> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public double get(String... path) {
        Double v = values.get(List.of(path));
        if (v == null) {
            throw new IllegalArgumentException("no result " + String.join(".", path));
        }
        return v;
    }
}

package dev.fleetsim.models.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems found while validating a bound scenario, each with its field path. Spec records
 * validate themselves into it; the loader turns paths into file positions.
 */
public final class Findings {
    /** One problem: the field path and what was expected and found. */
    public record Finding(String path, String message) {}

    private final List<Finding> list = new ArrayList<>();

    /** Adds a problem at {@code path}. */
    public void add(String path, String message) {
        list.add(new Finding(path, message));
    }

    /** Adds {@code message} at {@code path} unless {@code ok}; returns {@code ok}. */
    public boolean require(boolean ok, String path, String message) {
        if (!ok) {
            add(path, message);
        }
        return ok;
    }

    /** Requires a value to be present; returns true if it is. */
    public boolean present(Object value, String path, String expected) {
        return require(value != null, path, "expected " + expected + ", found nothing");
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Finding> list() {
        return List.copyOf(list);
    }
}

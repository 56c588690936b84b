package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command-line override, {@code path=value}, applied to the YAML tree before binding, so an
 * overridden value is checked exactly like one written in the file.
 *
 * <p>Path syntax: keys separated by dots, list elements by index or by name:
 * {@code fleets[0].servers}, {@code fleets[web].capacity.max}, {@code workloads[api].arrivals.rate}.
 * The value is read as YAML, so {@code 12} is a number, {@code 800/s} text and
 * {@code "[1, 2]"} a list. Missing keys are created (the binder then rejects unknown ones);
 * list elements must exist.
 */
public record FieldOverride(String path, String value, String text) {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[[^\\]]+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]+)\\]");

    /** Parses {@code path=value}. */
    public static FieldOverride parse(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw error(assignment, "expected path=value, like fleets[0].servers=12, found '" + assignment + "'");
        }
        return new FieldOverride(assignment.substring(0, eq).trim(), assignment.substring(eq + 1), assignment);
    }

    /** Where problems with this override are reported. */
    SourceLocation location() {
        return new SourceLocation("--set " + text, 0, 0);
    }

    /** Applies the override to {@code root}; returns the canonical index path it set. */
    String applyTo(ObjectNode root, JsonNode value) {
        List<String> segments = split();
        JsonNode node = root;
        StringBuilder canonical = new StringBuilder();
        for (int s = 0; s < segments.size(); s++) {
            Matcher m = SEGMENT.matcher(segments.get(s));
            if (!m.matches()) {
                throw error(text, "expected a field path like fleets[0].servers, found '" + path + "'");
            }
            String key = m.group(1);
            List<String> indexes = new ArrayList<>();
            Matcher im = INDEX.matcher(m.group(2));
            while (im.find()) indexes.add(im.group(1).trim());
            if (!node.isObject()) {
                throw error(text, canonical + ": expected a mapping to hold '" + key + "', found " + describe(node));
            }
            ObjectNode obj = (ObjectNode) node;
            canonical.append(canonical.length() == 0 ? "" : ".").append(key);
            boolean last = s == segments.size() - 1;
            if (last && indexes.isEmpty()) {
                obj.set(key, value);
                return canonical.toString();
            }
            JsonNode child = obj.get(key);
            if (child == null) {
                if (!indexes.isEmpty()) {
                    throw error(text, canonical + ": expected a list, found nothing");
                }
                child = obj.putObject(key);
            }
            for (int i = 0; i < indexes.size(); i++) {
                if (!child.isArray()) {
                    throw error(text, canonical + ": expected a list, found " + describe(child));
                }
                int at = elementIndex((ArrayNode) child, indexes.get(i), canonical.toString());
                canonical.append('[').append(at).append(']');
                if (last && i == indexes.size() - 1) {
                    ((ArrayNode) child).set(at, value);
                    return canonical.toString();
                }
                child = child.get(at);
            }
            node = child;
        }
        throw new AssertionError("unreachable");
    }

    private int elementIndex(ArrayNode list, String selector, String where) {
        if (selector.matches("[0-9]+")) {
            int i = Integer.parseInt(selector);
            if (i >= list.size()) {
                throw error(text, where + ": expected an index below " + list.size() + ", found " + i);
            }
            return i;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode name = list.get(i).get("name");
            if (name != null && name.isTextual()) {
                if (name.asText().equals(selector)) {
                    return i;
                }
                names.add(name.asText());
            }
        }
        String hint = Suggestions.closest(selector, names);
        throw error(text, where + ": expected an index or one of the names (" + String.join(", ", names)
                + "), found '" + selector + "'" + (hint != null ? " (did you mean '" + hint + "'?)" : ""));
    }

    private List<String> split() {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == '.' && depth == 0) {
                out.add(path.substring(start, i));
                start = i + 1;
            }
        }
        out.add(path.substring(start));
        return out;
    }

    private static String describe(JsonNode n) {
        return n.isArray() ? "a list" : n.isObject() ? "a mapping" : "the value " + n;
    }

    private static ScenarioException error(String text, String message) {
        return new ScenarioException(List.of(new ScenarioProblem(new SourceLocation("--set " + text, 0, 0), "", message)));
    }
}

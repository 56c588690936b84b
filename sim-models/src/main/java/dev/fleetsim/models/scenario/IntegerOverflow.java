package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The house-format problem for a number too large for its field (Jackson's message names Java types). */
final class IntegerOverflow {
    private IntegerOverflow() {}

    /** Binds a (modified) scenario tree the way the loader does. */
    @FunctionalInterface
    interface Binder {
        ScenarioSpec bind(JsonNode tree) throws IOException;
    }

    /**
     * A number too large for its field: Jackson names the Java type; say it in the house form,
     * with the field's own range when its validation has one (found by checking the scenario with
     * the value clamped to the type's limit), else the type's.
     */
    static ScenarioException problem(LocatedYaml yaml, String path, InputCoercionException e, Binder binder) {
        JsonNode found = currentNode(yaml.root(), path);
        String written = found != null && found.isNumber() ? found.asText() : "a number out of that range";
        String message = "expected an integer from " + range(e.getTargetType()) + ", found " + written;
        String documented = documentedRange(yaml, path, e.getTargetType(),
                found != null && found.isNumber() && found.bigIntegerValue().signum() < 0, binder);
        if (documented != null) {
            message = documented + ", found " + written;
        }
        return new ScenarioException(new ScenarioProblem(yaml.locate(path), path, message), e);
    }

    /** The validation's "expected an integer from A to B" for {@code path}, or null. */
    private static String documentedRange(LocatedYaml yaml, String path, Class<?> type, boolean negative, Binder binder) {
        try {
            JsonNode copy = yaml.root().deepCopy();
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            JsonNode parent = cut < 0 ? copy : currentNode(copy, path.substring(0, cut));
            boolean isInt = type == Integer.class || type == Integer.TYPE;
            JsonNode clamped = isInt ? IntNode.valueOf(negative ? Integer.MIN_VALUE : Integer.MAX_VALUE)
                    : LongNode.valueOf(negative ? Long.MIN_VALUE : Long.MAX_VALUE);
            if (parent instanceof ObjectNode o && path.charAt(Math.max(cut, 0)) != '[') {
                o.set(cut < 0 ? path : path.substring(cut + 1), clamped);
            } else if (parent instanceof ArrayNode a) {
                a.set(Integer.parseInt(path.substring(cut + 1, path.length() - 1)), clamped);
            } else {
                return null;
            }
            ScenarioSpec spec = binder.bind(copy);
            for (Findings.Finding f : new ScenarioValidator().validate(spec)) {
                if (f.path().equals(path) && f.message().startsWith("expected an integer from ")) {
                    int foundAt = f.message().lastIndexOf(", found ");
                    return foundAt > 0 ? f.message().substring(0, foundAt) : null;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // the type's range will do
        }
        return null;
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == Integer.TYPE) {
            return Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Short.class || type == Short.TYPE) {
            return Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        if (type == Byte.class || type == Byte.TYPE) {
            return Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
        }
        return Long.MIN_VALUE + " to " + Long.MAX_VALUE;
    }

    /** The tree node at {@code path} ({@code a.b[2].c}), or null. */
    private static JsonNode currentNode(JsonNode root, String path) {
        JsonNode n = root;
        Matcher m = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]").matcher(path);
        while (n != null && m.find()) {
            n = m.group(1) != null ? n.get(m.group(1)) : n.get(Integer.parseInt(m.group(2)));
        }
        return n;
    }
}

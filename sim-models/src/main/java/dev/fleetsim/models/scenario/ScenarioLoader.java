package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a scenario file: YAML with positions, strict binding into {@link ScenarioSpec}, then
 * validation. Every failure becomes a {@link ScenarioException} whose message is one line naming
 * the file, line and column, field path, what was expected and what was found.
 */
public final class ScenarioLoader {
    private final ObjectMapper mapper = strictMapper();

    static ObjectMapper strictMapper() {
        JsonMapper m = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new UnitsModule())
                .build();
        // "10" is not a number and 1.5 is not an integer: say so instead of guessing.
        for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        }
        return m;
    }

    /** Loads and validates a scenario file. */
    public ScenarioSpec load(Path path) {
        return load(path, List.of());
    }

    /** Loads a scenario file, applies command-line overrides ({@code path=value}), validates. */
    public ScenarioSpec load(Path path, List<String> overrides) {
        String file = path.toString();
        String text;
        try {
            if (Files.size(path) > LocatedYaml.MAX_DOCUMENT_CHARS * 4L) {
                throw problem(file, "expected a scenario of at most " + LocatedYaml.MAX_DOCUMENT_CHARS
                        + " characters, found a file of " + Files.size(path) + " bytes");
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw problem(file, "no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw problem(file, "expected UTF-8 text, found bytes that are not UTF-8");
        } catch (IOException e) {
            throw problem(file, "cannot read: " + e.getMessage());
        }
        return load(file, text, overrides);
    }

    /** Loads and validates scenario text; {@code file} names it in errors. */
    public ScenarioSpec load(String file, String text) {
        return load(file, text, List.of());
    }

    /** Loads scenario text, applies overrides ({@code path=value}), validates. */
    public ScenarioSpec load(String file, String text, List<String> overrides) {
        LocatedYaml yaml = LocatedYaml.parse(file, text);
        for (String o : overrides) {
            yaml.apply(FieldOverride.parse(o));
        }
        ScenarioSpec spec = bind(yaml);
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Findings.Finding f : new ScenarioValidator().validate(spec)) {
            problems.add(new ScenarioProblem(yaml.locate(f.path()), f.path(), f.message()));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return spec;
    }

    private ScenarioSpec bind(LocatedYaml yaml) {
        try {
            // File paths in the scenario resolve against the scenario file's directory.
            return mapper.readerFor(ScenarioSpec.class)
                    .withAttribute(UnitsModule.SCENARIO_DIRECTORY, UnitsModule.directoryOf(yaml.file()))
                    .readValue(yaml.root());
        } catch (JsonMappingException e) {
            String path = pathOf(e);
            if (e.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException ice) {
                throw overflow(yaml, path, ice);
            }
            ScenarioProblem p = new ScenarioProblem(yaml.locate(path), path, explain(e));
            throw new ScenarioException(p, e);
        } catch (com.fasterxml.jackson.core.exc.InputCoercionException e) {
            throw overflow(yaml, e.getProcessor() == null ? "" : pathOf(e.getProcessor().getParsingContext()), e);
        } catch (IOException e) {
            throw new ScenarioException(new ScenarioProblem(yaml.locate(""), "", String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * A number too large for its field: Jackson names the Java type; say it in the house form,
     * with the field's own range when its validation has one (found by checking the scenario with
     * the value clamped to the type's limit), else the type's.
     */
    private ScenarioException overflow(LocatedYaml yaml, String path, com.fasterxml.jackson.core.exc.InputCoercionException e) {
        JsonNode found = currentNode(yaml.root(), path);
        String written = found != null && found.isNumber() ? found.asText() : "a number out of that range";
        String message = "expected an integer from " + range(e.getTargetType()) + ", found " + written;
        String documented = documentedRange(yaml, path, e.getTargetType(), found != null && found.isNumber() && found.bigIntegerValue().signum() < 0);
        if (documented != null) {
            message = documented + ", found " + written;
        }
        return new ScenarioException(new ScenarioProblem(yaml.locate(path), path, message), e);
    }

    /** The validation's "expected an integer from A to B" for {@code path}, or null. */
    private String documentedRange(LocatedYaml yaml, String path, Class<?> type, boolean negative) {
        try {
            JsonNode copy = yaml.root().deepCopy();
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            JsonNode parent = cut < 0 ? copy : currentNode(copy, path.substring(0, cut));
            boolean isInt = type == Integer.class || type == Integer.TYPE;
            JsonNode clamped = isInt ? com.fasterxml.jackson.databind.node.IntNode.valueOf(negative ? Integer.MIN_VALUE : Integer.MAX_VALUE)
                    : com.fasterxml.jackson.databind.node.LongNode.valueOf(negative ? Long.MIN_VALUE : Long.MAX_VALUE);
            if (parent instanceof com.fasterxml.jackson.databind.node.ObjectNode o && path.charAt(Math.max(cut, 0)) != '[') {
                o.set(cut < 0 ? path : path.substring(cut + 1), clamped);
            } else if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
                a.set(Integer.parseInt(path.substring(cut + 1, path.length() - 1)), clamped);
            } else {
                return null;
            }
            ScenarioSpec spec = mapper.readerFor(ScenarioSpec.class)
                    .withAttribute(UnitsModule.SCENARIO_DIRECTORY, UnitsModule.directoryOf(yaml.file()))
                    .readValue(copy);
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
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]").matcher(path);
        while (n != null && m.find()) {
            n = m.group(1) != null ? n.get(m.group(1)) : n.get(Integer.parseInt(m.group(2)));
        }
        return n;
    }

    /** The field path of a parser's position, like {@link #pathOf(JsonMappingException)}. */
    static String pathOf(com.fasterxml.jackson.core.JsonStreamContext context) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (com.fasterxml.jackson.core.JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private static ScenarioException problem(String file, String message) {
        return new ScenarioException(List.of(new ScenarioProblem(new SourceLocation(file, 0, 0), "", message)));
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String explain(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.toList());
            String key = u.getPropertyName();
            String suggestion = Suggestions.closest(key, known);
            return "unknown key '" + key + "'"
                    + (suggestion != null ? " (did you mean '" + suggestion + "'?)" : "")
                    + "; expected one of: " + String.join(", ", known);
        }
        if (e instanceof InvalidTypeIdException t) {
            List<String> names = subtypeNames(t.getBaseType().getRawClass());
            String id = t.getTypeId();
            if (id == null) {
                return "missing 'type'; expected one of: " + String.join(", ", names);
            }
            String suggestion = Suggestions.closest(id, names);
            return "unknown type '" + id + "'" + (suggestion != null ? " (did you mean '" + suggestion + "'?)" : "")
                    + "; expected one of: " + String.join(", ", names);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return v.getCause().getMessage();
        }
        String msg = e.getOriginalMessage();
        if (msg == null) {
            return "invalid value";
        }
        return humanize(msg);
    }

    private static List<String> subtypeNames(Class<?> base) {
        JsonSubTypes sub = base.getAnnotation(JsonSubTypes.class);
        List<String> names = new ArrayList<>();
        if (sub != null) {
            for (JsonSubTypes.Type t : sub.value()) names.add(t.name());
        }
        return names;
    }

    /** Turns Jackson's type-centred wording into the user's terms. */
    static String humanize(String msg) {
        String first = msg.lines().findFirst().orElse(msg);
        if (first.startsWith("expected ")) {
            return first;
        }
        String lower = first.toLowerCase(java.util.Locale.ROOT);
        String expected = lower.contains("`int`") || lower.contains("java.lang.integer") || lower.contains("`long`")
                || lower.contains("java.lang.long") ? "an integer"
                : lower.contains("double") || lower.contains("float") ? "a number"
                : lower.contains("boolean") ? "true or false"
                : lower.contains("java.util.list") || lower.contains("arraylist") ? "a list"
                : lower.contains("java.lang.string") ? "a text value"
                : null;
        String found = lower.contains("from string value") || lower.contains("string value") ? "a text value"
                : lower.contains("floating-point") || lower.contains("float") && !lower.contains("`float`") ? "a fractional number"
                : lower.contains("start_object") || lower.contains("object value") ? "a mapping"
                : lower.contains("start_array") || lower.contains("array value") ? "a list"
                : lower.contains("integer value") || lower.contains("int value") ? "an integer"
                : null;
        int q = first.indexOf(" (\"");
        if (q >= 0 && found != null) {
            int end = first.indexOf("\")", q);
            if (end > q) found = found + " '" + first.substring(q + 3, end) + "'";
        }
        if (expected != null && found != null) {
            return "expected " + expected + ", found " + found;
        }
        if (expected != null) {
            return "expected " + expected;
        }
        return first;
    }
}

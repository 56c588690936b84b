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

    /** Binds {@code tree} as a scenario of {@code yaml}'s file (paths resolve against its directory). */
    private ScenarioSpec bindTree(LocatedYaml yaml, JsonNode tree) throws IOException {
        return mapper.readerFor(ScenarioSpec.class)
                .withAttribute(UnitsModule.SCENARIO_DIRECTORY, UnitsModule.directoryOf(yaml.file()))
                .readValue(tree);
    }

    private ScenarioSpec bind(LocatedYaml yaml) {
        try {
            return bindTree(yaml, yaml.root());
        } catch (JsonMappingException e) {
            String path = pathOf(e);
            if (e.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException ice) {
                throw IntegerOverflow.problem(yaml, path, ice, copy -> bindTree(yaml, copy));
            }
            ScenarioProblem p = new ScenarioProblem(yaml.locate(path), path, explain(e));
            throw new ScenarioException(p, e);
        } catch (com.fasterxml.jackson.core.exc.InputCoercionException e) {
            throw IntegerOverflow.problem(yaml, e.getProcessor() == null ? "" : pathOf(e.getProcessor().getParsingContext()), e,
                    copy -> bindTree(yaml, copy));
        } catch (IOException e) {
            throw new ScenarioException(new ScenarioProblem(yaml.locate(""), "", String.valueOf(e.getMessage())), e);
        }
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

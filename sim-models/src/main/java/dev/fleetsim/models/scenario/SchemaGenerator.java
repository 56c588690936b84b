package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetsim.models.scenario.units.DataSize;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.Rate;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the JSON Schema (draft 2020-12) of the scenario language from the spec records
 * themselves, so the schema cannot drift from what the loader accepts: record components become
 * properties (snake_case), sealed interfaces with a {@code type} discriminator become
 * {@code oneOf}, unit types become patterned strings, {@link Required} marks required fields and
 * {@link JsonPropertyDescription} supplies descriptions.
 */
public final class SchemaGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final Map<String, ObjectNode> defs = new TreeMap<>();

    /** The schema as pretty-printed JSON with a trailing newline. */
    public static String generate() {
        try {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            return m.writeValueAsString(new SchemaGenerator().schema()).replace("\r\n", "\n") + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ObjectNode schema() {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://fleetsim.dev/schema/scenario.json");
        root.put("title", "fleetsim scenario");
        root.put("description", "A fleetsim scenario: workloads, fleets, horizon and replications. "
                + "See docs/scenario-reference.md.");
        ObjectNode body = recordSchema(ScenarioSpec.class);
        root.setAll(body);
        ObjectNode d = root.putObject("$defs");
        defs.forEach(d::set);
        return root;
    }

    private ObjectNode recordSchema(Class<?> record) {
        ObjectNode o = F.objectNode();
        o.put("type", "object");
        describe(o, record.getAnnotation(JsonPropertyDescription.class));
        ObjectNode props = o.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (RecordComponent c : record.getRecordComponents()) {
            String name = SNAKE.translate(c.getName());
            ObjectNode p = typeSchema(c.getGenericType());
            // Jackson's annotation cannot target record components; Java copies it to the accessor.
            describe(p, c.getAccessor().getAnnotation(JsonPropertyDescription.class));
            props.set(name, p);
            if (c.isAnnotationPresent(Required.class)) {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        o.put("additionalProperties", false);
        return o;
    }

    private ObjectNode typeSchema(Type t) {
        if (t instanceof ParameterizedType pt && pt.getRawType() == java.util.List.class) {
            ObjectNode o = F.objectNode();
            o.put("type", "array");
            o.set("items", typeSchema(pt.getActualTypeArguments()[0]));
            return o;
        }
        if (t instanceof ParameterizedType pt && pt.getRawType() == java.util.Map.class) {
            ObjectNode o = F.objectNode();
            o.put("type", "object");
            o.set("additionalProperties", typeSchema(pt.getActualTypeArguments()[1]));
            return o;
        }
        Class<?> c = (Class<?>) (t instanceof ParameterizedType pt ? pt.getRawType() : t);
        ObjectNode o = F.objectNode();
        if (c == String.class) {
            o.put("type", "string");
        } else if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            o.put("type", "integer");
        } else if (c == Double.class || c == double.class) {
            o.put("type", "number");
        } else if (c == Boolean.class || c == boolean.class) {
            o.put("type", "boolean");
        } else if (c == Path.class) {
            o.put("type", "string");
        } else if (c == SimDuration.class) {
            return ref("duration", () -> pattern("A duration with a unit: us, ms, s, m (or min), h, d. Example: 250ms, 90s, 5m.",
                    "^\\s*[0-9]+(\\.[0-9]+)?\\s*(us|ms|s|m|min|h|d)\\s*$"));
        } else if (c == Rate.class) {
            return ref("rate", () -> pattern("A rate: a number per s, m (or min), h or d. Example: 800/s, 12000/min.",
                    "^\\s*[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\s*/\\s*(s|m|min|h|d)\\s*$"));
        } else if (c == DataSize.class) {
            return ref("size", () -> pattern("A size with a unit: B, KB, MB, GB, TB (binary; MiB etc. also accepted). "
                    + "Example: 512MB, 2GB.", "^\\s*[0-9]+(\\.[0-9]+)?\\s*(B|KB|KiB|MB|MiB|GB|GiB|TB|TiB)\\s*$"));
        } else if (c == Fraction.class) {
            return ref("fraction", () -> {
                ObjectNode f = F.objectNode();
                f.put("description", "A fraction: a number in [0, 1] or a percentage such as 0.1% or 50%.");
                ArrayNode any = f.putArray("oneOf");
                any.addObject().put("type", "number").put("minimum", 0).put("maximum", 1);
                any.addObject().put("type", "string").put("pattern", "^\\s*[0-9]+(\\.[0-9]+)?\\s*%\\s*$");
                return f;
            });
        } else if (c.isEnum()) {
            ArrayNode values = o.putArray("enum");
            for (Object v : c.getEnumConstants()) values.add(v instanceof YamlEnum y ? y.yamlName() : v.toString());
        } else if (c.isAnnotationPresent(JsonSubTypes.class)) {
            return ref(c.getSimpleName(), () -> polymorphic(c));
        } else if (c.isRecord()) {
            return ref(c.getSimpleName(), () -> recordSchema(c));
        } else {
            throw new IllegalStateException("no schema for " + c);
        }
        return o;
    }

    private ObjectNode polymorphic(Class<?> base) {
        JsonTypeInfo info = base.getAnnotation(JsonTypeInfo.class);
        String property = info == null ? "type" : info.property();
        ObjectNode o = F.objectNode();
        describe(o, base.getAnnotation(JsonPropertyDescription.class));
        ArrayNode oneOf = o.putArray("oneOf");
        for (JsonSubTypes.Type sub : base.getAnnotation(JsonSubTypes.class).value()) {
            ObjectNode s = recordSchema(sub.value());
            ObjectNode props = (ObjectNode) s.get("properties");
            ObjectNode withType = F.objectNode();
            withType.set(property, F.objectNode().put("const", sub.name()));
            withType.setAll(props);
            s.set("properties", withType);
            ArrayNode req = s.has("required") ? (ArrayNode) s.get("required") : F.arrayNode();
            ArrayNode newReq = F.arrayNode().add(property);
            newReq.addAll(req);
            s.set("required", newReq);
            s.put("title", sub.name());
            oneOf.add(s);
        }
        return o;
    }

    private ObjectNode ref(String name, java.util.function.Supplier<ObjectNode> body) {
        if (!defs.containsKey(name)) {
            defs.put(name, F.objectNode()); // placeholder: stops recursion on self-reference
            defs.put(name, body.get());
        }
        return F.objectNode().put("$ref", "#/$defs/" + name);
    }

    private static ObjectNode pattern(String description, String regex) {
        ObjectNode o = F.objectNode();
        o.put("type", "string");
        o.put("description", description);
        o.put("pattern", regex);
        return o;
    }

    private static void describe(ObjectNode o, JsonPropertyDescription d) {
        if (d != null) {
            o.put("description", d.value());
        }
    }

    /** Prints the schema; used to refresh {@code scenarios/fleetsim.schema.json}. */
    public static void main(String[] args) {
        System.out.print(generate());
    }
}

package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML document as a Jackson tree, plus the source position of every field, keyed by field path
 * ({@code fleets[1].scaling[0].target}). Binding errors and validation errors are found on the
 * tree, and this map turns their paths back into line and column for the user.
 *
 * <p>Anchors and aliases ({@code &name}, {@code *name}) and merge keys ({@code <<: *name}) are
 * expanded here, because Jackson's YAML parser hands an alias over as its bare name. Hostile input
 * is bounded: the document size, the number of alias expansions, the number of values after
 * expansion and the nesting depth. Duplicate keys are errors (YAML parsers may keep the last one
 * silently, which hides typos).
 */
public final class LocatedYaml {
    /** Largest scenario document accepted, in characters. */
    public static final int MAX_DOCUMENT_CHARS = 2 * 1024 * 1024;
    /** Alias expansions allowed per document ("billion laughs" guard). */
    public static final int MAX_ALIASES = 50;
    /** Values allowed in the document once aliases are expanded. */
    public static final int MAX_EXPANDED_NODES = 100_000;
    /** Levels of nesting allowed (mappings and lists within each other). */
    public static final int MAX_DEPTH = 64;

    private final JsonNode root;
    private final Map<String, SourceLocation> locations;
    private final String file;

    private LocatedYaml(JsonNode root, Map<String, SourceLocation> locations, String file) {
        this.root = root;
        this.locations = locations;
        this.file = file;
    }

    public JsonNode root() {
        return root;
    }

    public String file() {
        return file;
    }

    /**
     * The location of {@code path}, or of its nearest written ancestor (a missing field is
     * reported where its parent object starts).
     */
    public SourceLocation locate(String path) {
        String p = path == null ? "" : path;
        while (true) {
            SourceLocation loc = locations.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return new SourceLocation(file, 0, 0);
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    /**
     * Applies a command-line override to the tree; problems with the overridden field are then
     * reported at the override, not at a file position.
     */
    public void apply(FieldOverride override) {
        LocatedYaml value = parse(override.location().file(), "v: " + override.value());
        String canonical = override.applyTo((ObjectNode) root, value.root().get("v"));
        locations.keySet().removeIf(k -> k.equals(canonical) || k.startsWith(canonical + ".") || k.startsWith(canonical + "["));
        locations.put(canonical, override.location());
        // Mappings the override created (foo in foo.bar=3) are the override's too, not the file's.
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (c == '.' || c == '[') {
                locations.putIfAbsent(canonical.substring(0, i), override.location());
            }
        }
    }

    /** Parses {@code text}, naming {@code file} in errors. */
    public static LocatedYaml parse(String file, String text) {
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw error(file, 0, 0, "", "expected a scenario of at most " + MAX_DOCUMENT_CHARS
                    + " characters, found " + text.length());
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_DOCUMENT_CHARS);
        options.setNestingDepthLimit(MAX_DEPTH);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        Map<String, SourceLocation> locations = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw error(file, 0, 0, "", "expected a scenario (a YAML mapping), found an empty file");
            }
            if (first != JsonToken.START_OBJECT) {
                JsonLocation l = parser.currentTokenLocation();
                throw error(file, l.getLineNr(), l.getColumnNr(), "",
                        "expected a scenario (a YAML mapping of keys), found " + describe(first, parser));
            }
            Builder b = new Builder(parser, file, locations);
            locations.put("", loc(file, parser.currentTokenLocation()));
            JsonNode root = b.readObject("");
            if (parser.nextToken() != null) {
                JsonLocation l = parser.currentTokenLocation();
                throw error(file, l.getLineNr(), l.getColumnNr(), "",
                        "expected one YAML document, found more content after it");
            }
            return new LocatedYaml(root, locations, file);
        } catch (IOException e) {
            throw syntaxError(file, e);
        } catch (RuntimeException e) {
            if (e instanceof ScenarioException) {
                throw e;
            }
            // SnakeYAML reports limits (aliases, depth, size) and duplicate keys as runtime errors.
            throw syntaxError(file, e);
        }
    }

    private static ScenarioException syntaxError(String file, Exception e) {
        int line = 0;
        int col = 0;
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
            line = jpe.getLocation().getLineNr();
            col = jpe.getLocation().getColumnNr();
        }
        String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                ? jpe.getOriginalMessage() : String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
            if (marked.getProblemMark() != null) {
                line = marked.getProblemMark().getLine() + 1;
                col = marked.getProblemMark().getColumn() + 1;
            }
            msg = marked.getProblem();
            if (marked.getContext() != null) {
                msg = marked.getContext() + ", " + msg;
            }
        } else if (cause != null && cause.getMessage() != null && (msg == null || msg.isBlank())) {
            msg = cause.getMessage();
        }
        String oneLine = msg == null ? "unreadable YAML" : msg.lines().findFirst().orElse(msg).trim();
        return new ScenarioException(new ScenarioProblem(new SourceLocation(file, line, col), "",
                "invalid YAML: " + oneLine), e);
    }

    private static ScenarioException error(String file, int line, int col, String path, String message) {
        return new ScenarioException(java.util.List.of(new ScenarioProblem(new SourceLocation(file, line, col), path, message)));
    }

    private static SourceLocation loc(String file, JsonLocation l) {
        return new SourceLocation(file, l.getLineNr(), l.getColumnNr());
    }

    static String describe(JsonToken t, JsonParser p) throws IOException {
        return switch (t) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            case VALUE_NULL -> "nothing (null)";
            case VALUE_TRUE, VALUE_FALSE -> "the boolean " + p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
            default -> "'" + p.getText() + "'";
        };
    }

    /** Builds the tree from the token stream, recording a location per path. */
    private static final class Builder {
        private final JsonParser parser;
        private final String file;
        private final Map<String, SourceLocation> locations;
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private int aliasesUsed;
        private int nodeCount;

        Builder(JsonParser parser, String file, Map<String, SourceLocation> locations) {
            this.parser = parser;
            this.file = file;
            this.locations = locations;
        }

        ObjectNode readObject(String path) throws IOException {
            ObjectNode obj = nodes.objectNode();
            java.util.Set<String> written = new java.util.HashSet<>(); // keys set explicitly, not merged
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String childPath = path.isEmpty() ? key : path + "." + key;
                JsonLocation keyLoc = parser.currentTokenLocation();
                if (!written.add(key)) {
                    throw error(file, keyLoc.getLineNr(), keyLoc.getColumnNr(), childPath,
                            "duplicate key '" + key + "'");
                }
                locations.put(childPath, loc(file, keyLoc));
                JsonNode value = readValue(parser.nextToken(), childPath);
                if (key.equals("<<") && isAliasOrMergeable(value)) {
                    merge(obj, written, value, childPath, keyLoc);
                    continue;
                }
                obj.set(key, value);
            }
            if (t != JsonToken.END_OBJECT) {
                throw new IllegalStateException("unexpected token " + t);
            }
            return obj;
        }

        private JsonNode readValue(JsonToken t, String path) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            if (++nodeCount > MAX_EXPANDED_NODES) {
                throw error(file, at.getLineNr(), at.getColumnNr(), path,
                        "expected at most " + MAX_EXPANDED_NODES + " values, found more (are aliases multiplying?)");
            }
            YAMLParser yaml = (YAMLParser) parser;
            if (yaml.isCurrentAlias()) {
                String name = parser.getText();
                JsonNode target = anchors.get(name);
                if (target == null) {
                    throw error(file, at.getLineNr(), at.getColumnNr(), path, "unknown alias '*" + name + "'");
                }
                if (++aliasesUsed > MAX_ALIASES) {
                    throw error(file, at.getLineNr(), at.getColumnNr(), path,
                            "expected at most " + MAX_ALIASES + " alias uses, found more");
                }
                nodeCount += count(target);
                if (nodeCount > MAX_EXPANDED_NODES) {
                    throw error(file, at.getLineNr(), at.getColumnNr(), path,
                            "expected at most " + MAX_EXPANDED_NODES + " values after expanding aliases, found more");
                }
                return target.deepCopy();
            }
            String anchor = yaml.getCurrentAnchor();
            JsonNode node = readPlain(t, path);
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

        private boolean isAliasOrMergeable(JsonNode value) {
            return value.isObject() || value.isArray();
        }

        /** YAML merge key: fields of the merged mapping(s) that the mapping does not set itself. */
        private void merge(ObjectNode obj, java.util.Set<String> written, JsonNode value, String path, JsonLocation at) {
            for (JsonNode source : value.isArray() ? value : java.util.List.of(value)) {
                if (!source.isObject()) {
                    throw error(file, at.getLineNr(), at.getColumnNr(), path,
                            "expected a mapping to merge with '<<', found " + source.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
                }
                source.fields().forEachRemaining(e -> {
                    if (!written.contains(e.getKey()) && !obj.has(e.getKey())) {
                        obj.set(e.getKey(), e.getValue());
                    }
                });
            }
        }

        private int count(JsonNode n) {
            int c = 1;
            for (JsonNode child : n) c += count(child);
            return c;
        }

        private int depth = 1; // the top-level mapping

        private JsonNode readPlain(JsonToken t, String path) throws IOException {
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                // SnakeYAML's own depth limit applies to its composer, which Jackson does not use.
                if (++depth > MAX_DEPTH) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw error(file, at.getLineNr(), at.getColumnNr(), path,
                            "expected at most " + MAX_DEPTH + " levels of nesting, found more");
                }
                try {
                    return readNested(t, path);
                } finally {
                    depth--;
                }
            }
            return readNested(t, path);
        }

        private JsonNode readNested(JsonToken t, String path) throws IOException {
            switch (t) {
                case START_OBJECT:
                    locations.putIfAbsent(path, loc(file, parser.currentTokenLocation()));
                    return readObject(path);
                case START_ARRAY: {
                    locations.putIfAbsent(path, loc(file, parser.currentTokenLocation()));
                    ArrayNode arr = nodes.arrayNode();
                    JsonToken e;
                    int i = 0;
                    while ((e = parser.nextToken()) != JsonToken.END_ARRAY) {
                        String elementPath = path + "[" + i++ + "]";
                        locations.put(elementPath, loc(file, parser.currentTokenLocation()));
                        arr.add(readValue(e, elementPath));
                    }
                    return arr;
                }
                case VALUE_STRING:
                    return nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return nodes.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return nodes.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return nodes.booleanNode(true);
                case VALUE_FALSE:
                    return nodes.booleanNode(false);
                case VALUE_NULL:
                    return nodes.nullNode();
                default:
                    throw new IllegalStateException("unexpected token " + t);
            }
        }
    }
}

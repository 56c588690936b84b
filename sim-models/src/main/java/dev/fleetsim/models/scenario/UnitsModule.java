package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.fleetsim.models.scenario.units.DataSize;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.Rate;
import dev.fleetsim.models.scenario.units.SimDuration;
import dev.fleetsim.models.scenario.units.UnitFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/** Jackson deserializers for the unit-bearing scalar types of the scenario language. */
final class UnitsModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    UnitsModule() {
        super("fleetsim-units");
        addDeserializer(SimDuration.class, new UnitDeserializer<>(SimDuration.class, SimDuration::parse));
        addDeserializer(Rate.class, new UnitDeserializer<>(Rate.class, Rate::parse));
        addDeserializer(DataSize.class, new UnitDeserializer<>(DataSize.class, DataSize::parse));
        addDeserializer(Fraction.class, new FractionDeserializer());
        addDeserializer(Path.class, new ScenarioPathDeserializer());
        setDeserializerModifier(new com.fasterxml.jackson.databind.deser.BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(com.fasterxml.jackson.databind.DeserializationConfig config,
                    com.fasterxml.jackson.databind.JavaType type, com.fasterxml.jackson.databind.BeanDescription beanDesc,
                    JsonDeserializer<?> deserializer) {
                return YamlEnum.class.isAssignableFrom(type.getRawClass()) ? new YamlEnumDeserializer(type.getRawClass()) : deserializer;
            }
        });
    }

    /** Reads a {@link YamlEnum} from its scenario word. */
    private static final class YamlEnumDeserializer extends JsonDeserializer<Object> {
        private final Class<?> type;

        YamlEnumDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getText();
            try {
                return YamlEnum.parse((Class) type, text);
            } catch (IllegalArgumentException e) {
                throw new InvalidFormatException(p, e.getMessage(), text, type);
            }
        }
    }

    /** Deserialization attribute: the scenario file's directory, against which file paths resolve. */
    static final String SCENARIO_DIRECTORY = "fleetsim.scenarioDirectory";

    /** The directory a scenario file named {@code file} is in; null when it has none (resolve as given). */
    static Path directoryOf(String file) {
        try {
            return file == null ? null : Path.of(file).getParent();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /**
     * File paths in a scenario are relative to the scenario file's directory (the
     * {@link #SCENARIO_DIRECTORY} attribute, set by the loader); absolute paths stay as written.
     */
    private static final class ScenarioPathDeserializer extends JsonDeserializer<Path> {
        @Override
        public Path deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getText();
            if (p.currentToken() != JsonToken.VALUE_STRING || text.isBlank()) {
                throw new InvalidFormatException(p, "expected a file path, like traces/day.csv, found '" + text + "'",
                        text, Path.class);
            }
            try {
                Path written = Path.of(text);
                Object dir = ctxt.getAttribute(SCENARIO_DIRECTORY);
                return dir instanceof Path d ? d.resolve(written) : written;
            } catch (java.nio.file.InvalidPathException e) {
                throw new InvalidFormatException(p, "expected a file path, found '" + text + "' (" + e.getReason() + ")",
                        text, Path.class);
            }
        }
    }

    private static final class UnitDeserializer<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Function<String, T> parse;

        UnitDeserializer(Class<T> type, Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            String text = p.getText();
            if (t != JsonToken.VALUE_STRING) {
                try {
                    parse.apply(null);
                } catch (UnitFormatException e) {
                    throw new InvalidFormatException(p, "expected " + e.expected() + ", found "
                            + (t.isNumeric() ? "the number " + text + " (no unit)" : "'" + text + "'"), text, type);
                }
            }
            try {
                return parse.apply(text);
            } catch (UnitFormatException e) {
                throw new InvalidFormatException(p, e.getMessage(), text, type);
            }
        }
    }

    /** Fractions may be written as plain numbers, unlike the other units. */
    private static final class FractionDeserializer extends JsonDeserializer<Fraction> {
        @Override
        public Fraction deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            String text = p.getText();
            if (t != JsonToken.VALUE_STRING && !t.isNumeric()) {
                throw new InvalidFormatException(p, "expected " + Fraction.EXPECTED + ", found '" + text + "'", text,
                        Fraction.class);
            }
            try {
                return Fraction.parse(text);
            } catch (UnitFormatException e) {
                throw new InvalidFormatException(p, e.getMessage(), text, Fraction.class);
            }
        }
    }
}

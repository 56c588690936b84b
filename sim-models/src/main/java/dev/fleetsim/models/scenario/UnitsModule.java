package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.Rate;
import dev.fleetsim.models.scenario.units.SimDuration;
import dev.fleetsim.models.scenario.units.UnitFormatException;
import java.io.IOException;
import java.util.function.Function;

/** Jackson deserializers for the unit-bearing scalar types of the scenario language. */
final class UnitsModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    UnitsModule() {
        super("fleetsim-units");
        addDeserializer(SimDuration.class, new UnitDeserializer<>(SimDuration.class, SimDuration::parse));
        addDeserializer(Rate.class, new UnitDeserializer<>(Rate.class, Rate::parse));
        addDeserializer(Fraction.class, new FractionDeserializer());
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

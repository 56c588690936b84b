package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * An enum as the scenario language spells it: each constant has one scenario word, its {@link
 * #yamlName()}: by default the constant's name in lower case with hyphens ({@code ALL_UPFRONT} is
 * {@code all-upfront}). The scenario reader parses any such enum from that word (an unknown word
 * gets "expected one of …, found '…' (did you mean …?)"), and the schema lists the words; an enum
 * needs no Jackson annotations or parsing code of its own.
 */
public interface YamlEnum {
    /** The constant's Java name (every enum has it). */
    String name();

    @JsonValue
    default String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} spelled {@code text}; otherwise an error listing the spellings. */
    static <E extends Enum<E> & YamlEnum> E parse(Class<E> type, String text) {
        List<String> names = new ArrayList<>();
        for (E v : type.getEnumConstants()) {
            if (v.yamlName().equals(text)) {
                return v;
            }
            names.add(v.yamlName());
        }
        String hint = Suggestions.closest(text, names);
        throw new IllegalArgumentException("expected one of " + String.join(", ", names) + ", found '" + text + "'"
                + (hint != null ? " (did you mean '" + hint + "'?)" : ""));
    }
}

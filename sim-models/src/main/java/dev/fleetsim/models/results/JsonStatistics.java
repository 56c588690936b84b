package dev.fleetsim.models.results;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fleetsim.core.stats.Summary;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * How every JSON output writes a statistic: {@code {mean, ci95_low, ci95_high, min, max}} with
 * canonical decimals in plain notation (never {@code 1E-7}), NaN as null. Run reports, compare
 * and sweeps share it, so a number reads the same in all of them.
 */
public final class JsonStatistics {
    private JsonStatistics() {}

    public static void summary(JsonGenerator g, String name, Summary s) throws IOException {
        g.writeObjectFieldStart(name);
        number(g, "mean", s.mean());
        number(g, "ci95_low", s.ci95Low());
        number(g, "ci95_high", s.ci95High());
        number(g, "min", s.min());
        number(g, "max", s.max());
        g.writeEndObject();
    }

    public static void number(JsonGenerator g, String name, double x) throws IOException {
        BigDecimal d = CanonicalDecimal.of(x);
        if (d == null) {
            g.writeNullField(name);
        } else {
            g.writeFieldName(name);
            g.writeNumber(d.toPlainString());
        }
    }
}

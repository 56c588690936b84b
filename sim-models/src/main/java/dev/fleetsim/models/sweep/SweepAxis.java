package dev.fleetsim.models.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One swept parameter: a scenario field path (as {@code --set} writes it) and the values it takes,
 * as YAML text. Written {@code path=v1,v2,v3} or {@code path=FROM..TO:STEP} (both ends
 * included; decimal arithmetic, so {@code 0.1..0.3:0.1} gives 0.1, 0.2, 0.3).
 */
public record SweepAxis(String path, List<String> values) {
    /** A sanity bound on one axis. */
    public static final int MAX_VALUES = 100_000;
    private static final Pattern RANGE = Pattern.compile("\\s*(-?[0-9.]+)\\s*\\.\\.\\s*(-?[0-9.]+)\\s*:\\s*([0-9.]+)\\s*");

    public SweepAxis {
        values = List.copyOf(values);
        if (path.isBlank()) {
            throw new SweepException("expected a parameter path, like fleets[web].capacity.max, found none");
        }
        if (values.isEmpty()) {
            throw new SweepException(path + ": expected at least one value, found none");
        }
    }

    /** Parses {@code path=v1,v2} or {@code path=FROM..TO:STEP}, as {@code --param} takes it. */
    public static SweepAxis parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new SweepException("--param " + text + ": expected path=v1,v2,... or path=FROM..TO:STEP, like"
                    + " fleets[web].capacity.max=10,20,40, found '" + text + "'");
        }
        String path = text.substring(0, eq).trim();
        String rhs = text.substring(eq + 1);
        if (RANGE.matcher(rhs).matches()) {
            return new SweepAxis(path, range(path, rhs));
        }
        List<String> values = new ArrayList<>();
        for (String v : rhs.split(",", -1)) {
            if (v.isBlank()) {
                throw new SweepException("--param " + text + ": expected comma-separated values, found an empty one");
            }
            values.add(v.trim());
        }
        return new SweepAxis(path, values);
    }

    /** The values of {@code FROM..TO:STEP}, ends included. */
    public static List<String> range(String path, String text) {
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            throw new SweepException(path + ": expected a range FROM..TO:STEP, like 30..80:10, found '" + text + "'");
        }
        BigDecimal from;
        BigDecimal to;
        BigDecimal step;
        try {
            from = new BigDecimal(m.group(1));
            to = new BigDecimal(m.group(2));
            step = new BigDecimal(m.group(3));
        } catch (NumberFormatException e) {
            throw new SweepException(path + ": expected numbers in FROM..TO:STEP, found '" + text + "'");
        }
        if (step.signum() <= 0 || to.compareTo(from) < 0) {
            throw new SweepException(path + ": expected FROM <= TO and STEP > 0 in FROM..TO:STEP, found '" + text + "'");
        }
        List<String> values = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            if (values.size() == MAX_VALUES) {
                throw new SweepException(path + ": expected at most " + MAX_VALUES + " values, found more in '" + text + "'");
            }
            values.add(v.stripTrailingZeros().toPlainString());
        }
        return values;
    }
}

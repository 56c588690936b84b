package dev.fleetsim.models.sweep;

import dev.fleetsim.core.stats.Summary;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the best point of a sweep is: the one that minimises (or maximises) a statistic's mean
 * among the points whose means satisfy every constraint, like {@code latency_ms.p99<300}.
 * Ties go to the earlier point.
 */
public record SweepGoal(String statistic, boolean maximize, List<Constraint> constraints) {
    private static final Pattern CONSTRAINT = Pattern.compile("\\s*([^<>=\\s]+)\\s*(<=|>=|<|>)\\s*(-?[0-9.eE+-]+)\\s*");

    public SweepGoal {
        constraints = List.copyOf(constraints);
    }

    /** One bound on a statistic's mean. */
    public record Constraint(String statistic, String op, double bound) {
        /** Parses {@code STAT<VALUE} (also {@code <=}, {@code >}, {@code >=}). */
        public static Constraint parse(String text) {
            Matcher m = CONSTRAINT.matcher(text);
            if (m.matches()) {
                try {
                    return new Constraint(m.group(1), m.group(2), Double.parseDouble(m.group(3)));
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw new SweepException("--subject-to: expected STATISTIC<VALUE (or <=, >, >=), like \"latency_ms.p99<300\", found '"
                    + text + "'");
        }

        boolean holds(double x) {
            return switch (op) {
                case "<" -> x < bound;
                case "<=" -> x <= bound;
                case ">" -> x > bound;
                default -> x >= bound;
            };
        }

        @Override
        public String toString() {
            return statistic + op + java.math.BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
        }
    }

    /** Checks that every statistic named exists in {@code table}. */
    public void check(SweepTable table) {
        require(table, statistic, maximize ? "--maximize" : "--minimize");
        constraints.forEach(c -> require(table, c.statistic(), "--subject-to"));
    }

    private static void require(SweepTable table, String key, String option) {
        if (!table.keys().contains(key)) {
            String hint = table.keys().stream().filter(k -> k.endsWith(key) || key.endsWith(k)).findFirst()
                    .orElse(table.keys().stream().filter(k -> k.startsWith("latency_ms.") || k.startsWith("cost_usd."))
                            .findFirst().orElse(""));
            throw new SweepException(option + ": expected a result statistic, like " + hint + ", found '" + key + "'");
        }
    }

    /** The best point, or -1 if no point satisfies the constraints. */
    public int best(SweepTable table) {
        check(table);
        int best = -1;
        double bestValue = 0;
        for (int p = 0; p < table.points().size(); p++) {
            if (!feasible(table, p)) {
                continue;
            }
            Summary s = table.stat(p, statistic);
            if (s == null || Double.isNaN(s.mean())) {
                continue;
            }
            double v = s.mean();
            if (best < 0 || (maximize ? v > bestValue : v < bestValue)) {
                best = p;
                bestValue = v;
            }
        }
        return best;
    }

    /** Whether point {@code p}'s means satisfy every constraint. */
    public boolean feasible(SweepTable table, int p) {
        for (Constraint c : constraints) {
            Summary s = table.stat(p, c.statistic());
            if (s == null || !c.holds(s.mean())) {
                return false;
            }
        }
        return true;
    }

    /** {@code minimize cost_usd.total subject to latency_ms.p99<300}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(maximize ? "maximize " : "minimize ").append(statistic);
        if (!constraints.isEmpty()) {
            sb.append(" subject to ");
            for (int i = 0; i < constraints.size(); i++) {
                sb.append(i == 0 ? "" : " and ").append(constraints.get(i));
            }
        }
        return sb.toString();
    }
}

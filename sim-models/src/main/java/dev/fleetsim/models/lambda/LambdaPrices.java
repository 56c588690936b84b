package dev.fleetsim.models.lambda;

import dev.fleetsim.models.scenario.LambdaWords.Architecture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Lambda's price list for one architecture, read from the {@code lambda-prices.csv} resource
 * (aws-behaviour.md 4.8): prices are data, never constants in code.
 */
public record LambdaPrices(double request, double durationGbSecond, double tier1GbSecondsPerMonth, double tier2GbSecond,
        double tier2GbSecondsPerMonth, double tier3GbSecond, double provisionedConfiguredGbSecond,
        double provisionedDurationGbSecond, double snapStartCacheGbSecond, double snapStartRestoreGb,
        double freeRequestsPerMonth, double freeGbSecondsPerMonth) {

    private static final String RESOURCE = "lambda-prices.csv";
    private static volatile Map<String, double[]> table;

    /** The built-in prices of {@code architecture}. */
    public static LambdaPrices of(Architecture architecture) {
        Map<String, double[]> t = load();
        int col = architecture == Architecture.X86_64 ? 0 : 1;
        return new LambdaPrices(get(t, "request", col), get(t, "duration", col),
                get(t, "duration_tier1_gb_seconds_per_month", col), get(t, "duration_tier2", col),
                get(t, "duration_tier2_gb_seconds_per_month", col), get(t, "duration_tier3", col),
                get(t, "provisioned_configured", col),
                get(t, "provisioned_duration", col), get(t, "snapstart_cache", col), get(t, "snapstart_restore", col),
                get(t, "free_requests_per_month", col), get(t, "free_gb_seconds_per_month", col));
    }

    /**
     * The cost of {@code gbSeconds} of on-demand duration when {@code used} GB-s of the same
     * architecture were already billed in the window, with the monthly tier sizes prorated to a
     * window of {@code months} months.
     */
    public double tieredDurationUsd(double used, double gbSeconds, double months) {
        double edge1 = tier1GbSecondsPerMonth * months;
        double edge2 = edge1 + tier2GbSecondsPerMonth * months;
        double from = used;
        double to = used + gbSeconds;
        return overlap(from, to, 0, edge1) * durationGbSecond + overlap(from, to, edge1, edge2) * tier2GbSecond
                + overlap(from, to, edge2, Double.POSITIVE_INFINITY) * tier3GbSecond;
    }

    private static double overlap(double a, double b, double lo, double hi) {
        return Math.max(0, Math.min(b, hi) - Math.max(a, lo));
    }

    private static double get(Map<String, double[]> t, String item, int col) {
        double[] row = t.get(item);
        if (row == null) {
            throw new IllegalStateException("missing row '" + item + "' in resource dev/fleetsim/models/lambda/" + RESOURCE);
        }
        return row[col];
    }

    private static Map<String, double[]> load() {
        Map<String, double[]> t = table;
        if (t != null) {
            return t;
        }
        InputStream in = LambdaPrices.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource dev/fleetsim/models/lambda/" + RESOURCE);
        }
        Map<String, double[]> rows = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",");
                rows.put(cells[0].trim(), new double[] {Double.parseDouble(cells[1].trim()), Double.parseDouble(cells[2].trim())});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        table = Map.copyOf(rows);
        return table;
    }
}

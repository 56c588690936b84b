package dev.fleetsim.models.billing;

import dev.fleetsim.models.scenario.CommitmentSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Commitment discounts off On-Demand, from the data file {@code commitment-discounts.csv} (its
 * header says where each number comes from): one fraction per commitment, term, payment option
 * and service.
 */
public final class CommitmentRates {
    private static final CommitmentRates BUILT_IN = load();
    private final Map<String, Double> discounts;

    private CommitmentRates(Map<String, Double> discounts) {
        this.discounts = discounts;
    }

    public static CommitmentRates builtIn() {
        return BUILT_IN;
    }

    /**
     * The discount of {@code commitment} ({@code reserved-instance-standard}, {@code
     * ec2-instance-savings-plan}, …) on {@code service}; 0 when it does not cover the service.
     */
    public double discount(String commitment, CommitmentSpec.Term term, CommitmentSpec.Payment payment, String service) {
        return discounts.getOrDefault(key(commitment, term.yamlName(), payment.yamlName(), service), 0.0);
    }

    private static String key(String commitment, String term, String payment, String service) {
        return commitment + "|" + term + "|" + payment + "|" + service;
    }

    private static CommitmentRates load() {
        Map<String, Double> m = new HashMap<>();
        try (InputStream in = CommitmentRates.class.getResourceAsStream("commitment-discounts.csv")) {
            if (in == null) {
                throw new IllegalStateException("commitment-discounts.csv is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split(",");
                m.put(key(c[0], c[1], c[2], c[3]), Double.parseDouble(c[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CommitmentRates(m);
    }
}

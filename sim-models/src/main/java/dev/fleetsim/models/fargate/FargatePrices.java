package dev.fleetsim.models.fargate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fargate's on-demand prices per architecture (aws-behaviour.md 5.6), read from the resource
 * {@code fargate-prices.csv} next to this class: prices are data, never code.
 *
 * @param usdPerVcpuHour          per vCPU-hour
 * @param usdPerGbHour            per GB-hour of task memory
 * @param usdPerExtraStorageGbHour per GB-hour of ephemeral storage above the 20 GB included
 */
public record FargatePrices(double usdPerVcpuHour, double usdPerGbHour, double usdPerExtraStorageGbHour) {
    static final String FILE = "fargate-prices.csv";

    private static final class BuiltIn {
        static final Map<String, FargatePrices> TABLE = read();
    }

    /** The built-in prices of {@code architecture} ({@code x86_64} or {@code arm64}). */
    public static FargatePrices of(String architecture) {
        FargatePrices p = BuiltIn.TABLE.get(architecture);
        if (p == null) {
            throw new IllegalArgumentException("no Fargate prices for architecture " + architecture + " in " + FILE
                    + "; it has " + BuiltIn.TABLE.keySet());
        }
        return p;
    }

    /** What a task of {@code vcpu} vCPU, {@code memoryGb} GB and {@code storageGb} GB of ephemeral storage costs per hour on-demand. */
    public double usdPerTaskHour(double vcpu, double memoryGb, double storageGb) {
        return vcpu * usdPerVcpuHour + memoryGb * usdPerGbHour
                + Math.max(0, storageGb - FargateBilling.INCLUDED_STORAGE_GB) * usdPerExtraStorageGbHour;
    }

    private static Map<String, FargatePrices> read() {
        try (InputStream in = FargatePrices.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + FILE + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, FargatePrices> table = new LinkedHashMap<>();
            boolean header = true;
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",");
                if (f.length != 4) {
                    throw new IllegalStateException(FILE + ":" + lineNo + ": expected 4 fields, found " + f.length);
                }
                table.put(f[0].strip(), new FargatePrices(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3])));
            }
            return Map.copyOf(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

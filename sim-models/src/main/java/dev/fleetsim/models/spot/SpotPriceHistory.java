package dev.fleetsim.models.spot;

import dev.fleetsim.models.distribution.DataFileException;
import dev.fleetsim.models.scenario.SourceLocation;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spot prices observed over time, from a CSV file: a header {@code time,instance_type,zone,price_per_hour},
 * then one row per price change. {@code time} is a duration from the start of the run ({@code 0s},
 * {@code 6h}, {@code 1d12h}); {@code zone} is 1-based, or {@code *} for every zone of the type;
 * {@code price_per_hour} is USD per instance-hour. A pool's price before its first row is its
 * {@code price_fraction} price. Rows of one pool must not go back in time. Blank lines and lines
 * starting with {@code #} are skipped.
 */
public final class SpotPriceHistory {
    static final String HEADER = "time,instance_type,zone,price_per_hour";

    /** Rows per pool key {@code TYPE/zone} (zone 0: every zone), in file order. */
    private final Map<String, List<double[]>> rows;
    private final Map<String, List<double[]>> wildcard;

    private SpotPriceHistory(Map<String, List<double[]>> rows, Map<String, List<double[]>> wildcard) {
        this.rows = rows;
        this.wildcard = wildcard;
    }

    /**
     * Reads {@code file}, which {@code name} names in errors, for a group whose instance types
     * have the On-Demand prices {@code onDemand} (USD per hour, by name), in {@code zones} zones;
     * every problem is a {@link DataFileException} with its line and column. A Spot price above
     * the On-Demand price is refused: without a max price, AWS caps Spot at On-Demand (2.12).
     */
    public static SpotPriceHistory read(Path file, String name, Map<String, Double> onDemand, int zones) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(new SourceLocation(name, 0, 0), "expected a CSV file of Spot prices, found no such file");
        } catch (IOException e) {
            throw new DataFileException(new SourceLocation(name, 0, 0), "cannot read: " + e.getMessage());
        }
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        Map<String, List<double[]>> wildcard = new LinkedHashMap<>();
        Map<String, Long> last = new LinkedHashMap<>();
        boolean header = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.replace(" ", "").equals(HEADER)) {
                    throw new DataFileException(new SourceLocation(name, n, 1), "expected the header " + HEADER + ", found '" + line + "'");
                }
                header = true;
                continue;
            }
            String[] c = line.split(",", -1);
            if (c.length != 4) {
                throw new DataFileException(new SourceLocation(name, n, 1), "expected 4 columns (" + HEADER + "), found " + c.length);
            }
            long time = time(c[0].strip(), name, n);
            String type = c[1].strip();
            if (!onDemand.containsKey(type)) {
                throw new DataFileException(new SourceLocation(name, n, column(c, 1)),
                        "expected one of the group's instance types " + onDemand.keySet() + ", found '" + type + "'");
            }
            int zone = zone(c[2].strip(), zones, name, n, column(c, 2));
            double price = price(c[3].strip(), name, n, column(c, 3));
            if (price > onDemand.get(type)) {
                throw new DataFileException(new SourceLocation(name, n, column(c, 3)), "expected a Spot price at most "
                        + type + "'s On-Demand price " + onDemand.get(type) + " (AWS caps Spot at On-Demand), found " + c[3].strip());
            }
            String key = type + "/" + zone;
            Long before = last.put(key, time);
            if (before != null && time < before) {
                throw new DataFileException(new SourceLocation(name, n, 1), "expected times of " + type
                        + (zone == 0 ? "" : " zone " + zone) + " not to go back, found " + c[0].strip() + " after a later time");
            }
            (zone == 0 ? wildcard : rows).computeIfAbsent(zone == 0 ? type : key, k -> new ArrayList<>())
                    .add(new double[] {time, price});
        }
        if (!header) {
            throw new DataFileException(new SourceLocation(name, 0, 0), "expected the header " + HEADER + " and rows, found an empty file");
        }
        return new SpotPriceHistory(rows, wildcard);
    }

    /**
     * The price of pool ({@code type}, 1-based {@code zone}): {@code initial} until its first row,
     * then its rows (zone-specific rows if it has any, else the type's {@code *} rows).
     */
    public SpotPrice price(String type, int zone, double initial) {
        List<double[]> r = rows.getOrDefault(type + "/" + zone, wildcard.get(type));
        if (r == null) {
            return SpotPrice.constant(initial);
        }
        long[] times = new long[r.size()];
        double[] prices = new double[r.size()];
        for (int k = 0; k < r.size(); k++) {
            times[k] = (long) r.get(k)[0];
            prices[k] = r.get(k)[1];
        }
        return SpotPrice.steps(initial, times, prices);
    }

    private static long time(String text, String name, int line) {
        try {
            SimDuration d = SimDuration.parse(text);
            if (d.micros() >= 0) {
                return d.micros();
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new DataFileException(new SourceLocation(name, line, 1),
                "expected a time from the start of the run, like 0s, 6h or 1d12h, found '" + text + "'");
    }

    private static int zone(String text, int zones, String name, int line, int column) {
        if (text.equals("*")) {
            return 0;
        }
        try {
            int z = Integer.parseInt(text);
            if (z >= 1 && z <= zones) {
                return z;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataFileException(new SourceLocation(name, line, column),
                "expected a zone from 1 to " + zones + " or *, found '" + text + "'");
    }

    private static double price(String text, String name, int line, int column) {
        try {
            double p = Double.parseDouble(text);
            if (p >= 0 && Double.isFinite(p)) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataFileException(new SourceLocation(name, line, column),
                "expected a price >= 0 in USD per instance-hour, found '" + text + "'");
    }

    /** 1-based column where cell {@code k} starts. */
    private static int column(String[] cells, int k) {
        int col = 1;
        for (int i = 0; i < k; i++) {
            col += cells[i].length() + 1;
        }
        return col;
    }
}

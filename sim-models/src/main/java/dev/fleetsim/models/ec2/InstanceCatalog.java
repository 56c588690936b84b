package dev.fleetsim.models.ec2;

import dev.fleetsim.models.scenario.Ec2InstanceTypeSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in EC2 catalog: instance types (vCPUs, memory, architecture, relative speed,
 * On-Demand price) and the EBS storage price, read from the CSV resources
 * {@code instance-types.csv} and {@code ebs-volume-prices.csv} next to this class. Prices are
 * data with a named source and date (see the files' header comments), never code.
 *
 * <p>Immutable; the built-in catalog is parsed once and shared (it is read-only data, not state).
 */
public final class InstanceCatalog {
    static final String INSTANCE_TYPES = "instance-types.csv";
    static final String EBS_PRICES = "ebs-volume-prices.csv";
    private static final String INSTANCE_HEADER = "type,vcpus,memory_gib,architecture,speed,price_per_hour_usd";
    private static final String EBS_HEADER = "volume_type,usd_per_gb_month";
    /** The EBS volume type the model bills root volumes as. */
    public static final String EBS_VOLUME_TYPE = "gp3";

    private final Map<String, InstanceType> types;
    private final double ebsPricePerGbMonth;

    private InstanceCatalog(Map<String, InstanceType> types, double ebsPricePerGbMonth) {
        this.types = Collections.unmodifiableMap(types);
        this.ebsPricePerGbMonth = ebsPricePerGbMonth;
    }

    private static final class BuiltIn {
        static final InstanceCatalog CATALOG = load();
    }

    /** The catalog shipped with fleetsim. */
    public static InstanceCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    private static InstanceCatalog load() {
        try (Reader types = resource(INSTANCE_TYPES); Reader ebs = resource(EBS_PRICES)) {
            return parse(types, INSTANCE_TYPES, ebs, EBS_PRICES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader resource(String name) {
        InputStream in = InstanceCatalog.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource dev/fleetsim/models/ec2/" + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * Parses the two CSV files: {@code #} lines are comments, the first other line is the header.
     * A malformed file is a build defect, reported with its name and line.
     */
    static InstanceCatalog parse(Reader typesCsv, String typesName, Reader ebsCsv, String ebsName) throws IOException {
        Map<String, InstanceType> types = new LinkedHashMap<>();
        for (Row row : rows(typesCsv, typesName, INSTANCE_HEADER)) {
            String[] c = row.cells;
            try {
                InstanceType t = new InstanceType(c[0], Integer.parseInt(c[1]), Double.parseDouble(c[2]), c[3],
                        Double.parseDouble(c[4]), Double.parseDouble(c[5]));
                if (types.put(t.name(), t) != null) {
                    throw row.problem("duplicate type " + t.name());
                }
            } catch (IllegalArgumentException e) {
                throw row.problem(e.getMessage());
            }
        }
        Double ebs = null;
        for (Row row : rows(ebsCsv, ebsName, EBS_HEADER)) {
            try {
                if (row.cells[0].equals(EBS_VOLUME_TYPE)) {
                    ebs = Double.parseDouble(row.cells[1]);
                }
            } catch (NumberFormatException e) {
                throw row.problem(e.getMessage());
            }
        }
        if (ebs == null || !(ebs >= 0)) {
            throw new IllegalStateException(ebsName + ": no valid " + EBS_VOLUME_TYPE + " price");
        }
        return new InstanceCatalog(types, ebs);
    }

    private record Row(String file, int line, String[] cells) {
        IllegalStateException problem(String what) {
            return new IllegalStateException(file + ":" + line + ": " + what);
        }
    }

    private static List<Row> rows(Reader reader, String name, String header) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int n = 0;
        boolean headerSeen = false;
        int columns = header.split(",").length;
        while ((line = in.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!t.equals(header)) {
                    throw new IllegalStateException(name + ":" + n + ": expected the header " + header + ", found " + t);
                }
                headerSeen = true;
                continue;
            }
            String[] cells = t.split(",", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(name + ":" + n + ": expected " + columns + " columns, found " + cells.length);
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            rows.add(new Row(name, n, cells));
        }
        return rows;
    }

    public Optional<InstanceType> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** Every type name, in file order. */
    public Set<String> names() {
        return types.keySet();
    }

    /** The families present, e.g. {@code t3, t4g, m5, …}, for messages. */
    public String families() {
        Set<String> families = new LinkedHashSet<>();
        for (String n : types.keySet()) {
            families.add(n.substring(0, n.indexOf('.')));
        }
        return String.join(", ", families) + " in sizes large to 4xlarge";
    }

    /** gp3 storage, USD per GB-month. */
    public double ebsPricePerGbMonth() {
        return ebsPricePerGbMonth;
    }

    /**
     * The type a scenario asks for: the catalog entry with the spec's overrides applied, or a
     * custom type built from them. The spec must be valid.
     */
    public InstanceType resolve(Ec2InstanceTypeSpec spec) {
        InstanceType base = types.get(spec.type());
        int weight = spec.weight() == null ? 1 : spec.weight();
        if (base == null) {
            return new InstanceType(spec.type(), spec.vcpus(), 0, "custom", spec.speed(), spec.pricePerHour(), weight);
        }
        return base.with(spec.vcpus(), spec.speed(), spec.pricePerHour()).withWeight(weight);
    }
}

package dev.fleetsim.models.scenario.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size written with its unit: {@code 512MB}, {@code 2GB}, {@code 30GiB}, {@code 1.5TB}. As AWS
 * does for Lambda memory and EBS volumes, MB and GB here are binary (1 MB = 1,048,576 bytes,
 * 1 GB = 1,024 MB); the MiB/GiB/TiB spellings are accepted as synonyms. A bare number is
 * rejected, like every quantity without its unit.
 */
public record DataSize(long bytes, String text) implements Comparable<DataSize> {
    private static final Pattern FORMAT =
            Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(B|KB|KiB|MB|MiB|GB|GiB|TB|TiB)\\s*");
    public static final String EXPECTED = "a size with a unit, like 512MB or 2GB";

    /**
     * @param bytes the size
     * @param text  how the scenario wrote it (echoed in messages), or null
     */
    public DataSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size: " + bytes);
        }
    }

    public DataSize(long bytes) {
        this(bytes, null);
    }

    /** How the scenario wrote this size, for messages; {@link #toString()} if it was not written. */
    public String written() {
        return text != null ? text.strip() : toString();
    }

    /** Sizes are equal when their bytes are, however they were written. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DataSize d && d.bytes == bytes;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bytes);
    }

    public static DataSize parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new UnitFormatException(EXPECTED, text);
        }
        long unit = switch (m.group(2)) {
            case "B" -> 1L;
            case "KB", "KiB" -> 1L << 10;
            case "MB", "MiB" -> 1L << 20;
            case "GB", "GiB" -> 1L << 30;
            case "TB", "TiB" -> 1L << 40;
            default -> throw new AssertionError(m.group(2));
        };
        double bytes = Double.parseDouble(m.group(1)) * unit;
        if (bytes > Long.MAX_VALUE / 2.0) {
            throw new UnitFormatException("a size below 4 EB", text);
        }
        return new DataSize(Math.round(bytes), text);
    }

    public double megabytes() {
        return bytes / (double) (1L << 20);
    }

    public double gigabytes() {
        return bytes / (double) (1L << 30);
    }

    @Override
    public int compareTo(DataSize o) {
        return Long.compare(bytes, o.bytes);
    }

    @Override
    public String toString() {
        String[] names = {"TB", "GB", "MB", "KB"};
        for (int i = 0; i < names.length; i++) {
            long unit = 1L << (40 - 10 * i);
            if (bytes >= unit && bytes % unit == 0) {
                return bytes / unit + names[i];
            }
        }
        return bytes + "B";
    }
}

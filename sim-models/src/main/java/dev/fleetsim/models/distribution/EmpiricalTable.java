package dev.fleetsim.models.distribution;

import dev.fleetsim.models.scenario.SourceLocation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import umontreal.ssj.probdist.PiecewiseLinearEmpiricalDist;

/**
 * Durations read from a CSV file, as SSJ's piecewise-linear empirical distribution: the CDF
 * climbs by 1/(n−1) linearly between successive order statistics x₍₁₎ ≤ … ≤ x₍ₙ₎, so the
 * quantile of order u is x₍ᵢ₎ + (p − i)(x₍ᵢ₊₁₎ − x₍ᵢ₎) with p = 1 + (n−1)u, i = ⌊p⌋ (the
 * "type 7" sample quantile of R and NumPy).
 *
 * <p>Format: line 1 is a header naming the unit, {@code NAME_UNIT} with UNIT one of {@code us},
 * {@code ms}, {@code s}, {@code m}/{@code min}, {@code h}, {@code d} (e.g. {@code duration_ms});
 * then one non-negative decimal number per line. Blank lines are skipped. At least 2 and at most
 * {@link #MAX_VALUES} values; problems are reported with their line and column.
 */
public final class EmpiricalTable {
    /** The most values a file may hold (80 MB of doubles, twice while loading). */
    public static final int MAX_VALUES = 10_000_000;
    /** The longest line accepted, in characters. */
    static final int MAX_LINE = 64;

    private static final Pattern HEADER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*_(us|ms|s|m|min|h|d)");

    private final PiecewiseLinearEmpiricalDist dist;
    private final double mean;

    private EmpiricalTable(double[] seconds) {
        this.dist = new PiecewiseLinearEmpiricalDist(seconds);
        int n = dist.getN();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += dist.getObs(i);
        }
        this.mean = (sum - (dist.getObs(0) + dist.getObs(n - 1)) / 2) / (n - 1);
    }

    /** Loads {@code file}; {@code name} is how errors name it. */
    public static EmpiricalTable load(Path file, String name) {
        return load(file, name, MAX_VALUES);
    }

    static EmpiricalTable load(Path file, String name, int maxValues) {
        SourceLocation whole = new SourceLocation(name, 0, 0);
        if (Files.isDirectory(file)) {
            throw new DataFileException(whole, "expected a CSV file of durations, found a directory");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return new EmpiricalTable(read(new Lines(in, name), name, maxValues));
        } catch (NoSuchFileException e) {
            throw new DataFileException(whole, "expected a CSV file of durations, found no such file");
        } catch (IOException e) {
            throw new DataFileException(whole, "cannot read: " + e.getMessage());
        }
    }

    private static double[] read(Lines lines, String name, int maxValues) throws IOException {
        String header = lines.next();
        if (header != null && header.startsWith("\u00ef\u00bb\u00bf")) {
            header = header.substring(3); // UTF-8 byte order mark, as spreadsheets write it
        }
        Matcher h = HEADER.matcher(header == null ? "" : header.strip());
        if (!h.matches()) {
            throw new DataFileException(new SourceLocation(name, 1, 1), "expected a header naming the unit, like "
                    + "duration_ms, found " + (header == null ? "an empty file" : "'" + header.strip() + "'"));
        }
        String unit = h.group(1);
        double unitSeconds = switch (unit) {
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            case "m", "min" -> 60;
            case "h" -> 3600;
            case "d" -> 86400;
            default -> throw new AssertionError(unit);
        };
        double[] values = new double[1024];
        int n = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            SourceLocation at = new SourceLocation(name, lines.number(), 1);
            int commas = 0;
            for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
                commas++;
            }
            if (commas > 0) {
                throw new DataFileException(at, "expected one value per line, found " + (commas + 1) + " columns");
            }
            double v = parse(text);
            if (!(v >= 0)) {
                throw new DataFileException(at, "expected a number of " + unit + " >= 0, like 12.5, found '" + text + "'");
            }
            double seconds = v * unitSeconds;
            if (seconds > SamplerFactory.MAX_DRAW_SECONDS) {
                throw new DataFileException(at, "expected at most " + (long) SamplerFactory.MAX_DRAW_SECONDS
                        + " seconds, found '" + text + "' (" + unit + ")");
            }
            if (n == maxValues) {
                throw new DataFileException(at, "expected at most " + maxValues + " values, found more");
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, (int) Math.min(maxValues, 2L * n));
            }
            values[n++] = seconds;
        }
        if (n < 2) {
            throw new DataFileException(new SourceLocation(name, 0, 0), "expected at least 2 values, found " + n);
        }
        return Arrays.copyOf(values, n);
    }

    /** A plain decimal number, or NaN: no signs, no NaN/Infinity, no Java suffixes like 1d. */
    private static double parse(String text) {
        char first = text.charAt(0);
        if (!(Character.isDigit(first) || first == '.')) {
            return Double.NaN;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                return Double.NaN;
            }
        }
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The number of values. */
    public int size() {
        return dist.getN();
    }

    /** The mean of the piecewise-linear distribution: (Σx − (x₍₁₎ + x₍ₙ₎)/2) / (n − 1), seconds. */
    public double meanSeconds() {
        return mean;
    }

    /** The quantile of order {@code u} in [0, 1], in seconds. */
    public double quantileSeconds(double u) {
        return dist.inverseF(u);
    }

    PiecewiseLinearEmpiricalDist distribution() {
        return dist;
    }

    /** Lines of bounded length from a byte stream, counting line numbers. */
    private static final class Lines {
        private final InputStream in;
        private final String name;
        private final char[] buf = new char[MAX_LINE + 1];
        private int number;

        Lines(InputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        int number() {
            return number;
        }

        /** The next line without its terminator, or null at the end. */
        String next() throws IOException {
            int len = 0;
            int b = in.read();
            if (b < 0) {
                return null;
            }
            number++;
            while (b >= 0 && b != '\n') {
                if (len == buf.length) {
                    throw tooLong();
                }
                buf[len++] = (char) (b & 0xff);
                b = in.read();
            }
            if (len > 0 && buf[len - 1] == '\r') {
                len--;
            }
            if (len > MAX_LINE) {
                throw tooLong();
            }
            return new String(buf, 0, len);
        }

        private DataFileException tooLong() {
            return new DataFileException(new SourceLocation(name, number, MAX_LINE + 1),
                    "expected at most " + MAX_LINE + " characters on a line, found more");
        }
    }
}

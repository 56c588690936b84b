package dev.fleetsim.models.scaling;

import dev.fleetsim.core.kernel.SimTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The load history predictive scaling learns from (aws-behaviour.md §2.9): one-minute loads,
 * kept as hourly sums over the documented look-back of {@value #LOOKBACK_HOURS} hours (14 days),
 * in a fixed ring, so memory stays flat however long the run.
 *
 * <p>Hours are absolute simulation hours (hour 0 starts at simulation time 0, Monday 00:00);
 * minutes and hours before time 0 (negative) come from a seed CSV.
 */
public final class LoadHistory {
    /** The documented look-back: 14 days of hours. */
    public static final int LOOKBACK_HOURS = 14 * 24;
    /** The documented minimum history before a first forecast: 24 hours of one-minute data. */
    public static final int MIN_MINUTES = 24 * 60;

    private final long[] hourOf = new long[LOOKBACK_HOURS];
    private final double[] sum = new double[LOOKBACK_HOURS];
    private final int[] count = new int[LOOKBACK_HOURS];
    private long minutes;

    public LoadHistory() {
        Arrays.fill(hourOf, Long.MIN_VALUE);
    }

    /** Adds the load of one-minute period {@code minute} (NaN or negative: no datapoint, ignored). */
    public void record(long minute, double load) {
        if (Double.isNaN(load) || load < 0 || Double.isInfinite(load)) {
            return;
        }
        long hour = Math.floorDiv(minute, 60);
        int slot = (int) Math.floorMod(hour, LOOKBACK_HOURS);
        if (hourOf[slot] != hour) {
            if (hourOf[slot] > hour) {
                return; // older than the look-back
            }
            hourOf[slot] = hour;
            sum[slot] = 0;
            count[slot] = 0;
        }
        sum[slot] += load;
        count[slot]++;
        minutes++;
    }

    /** One-minute datapoints recorded so far (the 24-hour minimum counts these). */
    public long minutes() {
        return minutes;
    }

    /** Whether the documented minimum of 24 hours of data has been recorded. */
    public boolean enoughForForecast() {
        return minutes >= MIN_MINUTES;
    }

    /** Mean one-minute load of {@code hour}, or NaN if it has no data or has left the look-back. */
    public double hourlyMean(long hour) {
        int slot = (int) Math.floorMod(hour, LOOKBACK_HOURS);
        return hourOf[slot] == hour && count[slot] > 0 ? sum[slot] / count[slot] : Double.NaN;
    }

    /** The hour containing simulation time {@code micros}. */
    public static long hourAt(long micros) {
        return Math.floorDiv(micros, SimTime.MICROS_PER_HOUR);
    }

    /**
     * Reads a seed CSV of past load: rows {@code minute,load}, where minute is the one-minute
     * period relative to simulation time 0 (negative: before the run) and load is in the policy's
     * load unit (metric × in-service capacity). A first row that is not numeric is a header;
     * blank lines and lines starting with # are skipped.
     *
     * @throws IllegalArgumentException with a one-line "expected …, found …" message
     */
    public static LoadHistory readCsv(Path file) {
        LoadHistory h = new LoadHistory();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("expected a readable CSV file of minute,load rows, found '" + file
                    + "' (" + e.getClass().getSimpleName() + ")");
        }
        long[] minutes = new long[lines.size()];
        double[] loads = new double[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",");
            try {
                if (cells.length != 2) {
                    throw new NumberFormatException();
                }
                minutes[n] = Long.parseLong(cells[0].strip());
                loads[n] = Double.parseDouble(cells[1].strip());
                if (!(loads[n] >= 0) || Double.isInfinite(loads[n])) {
                    throw new NumberFormatException();
                }
                n++;
            } catch (NumberFormatException e) {
                if (n == 0 && i == firstContentLine(lines)) {
                    continue; // header
                }
                throw new IllegalArgumentException("expected rows 'minute,load' (an integer minute, a load >= 0) in "
                        + file.getFileName() + ", found '" + line + "' at line " + (i + 1));
            }
        }
        for (int i = 0; i < n; i++) {
            h.record(minutes[i], loads[i]);
        }
        return h;
    }

    private static int firstContentLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }
}

package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.scenario.units.Rate;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arrival process, chosen by its {@code type}. The records hold what the user wrote and check
 * it; {@code dev.fleetsim.models.workload.Arrivals} builds the running process. Every field, its
 * unit, default and the modelling assumptions are in {@code docs/scenario-reference.md (arrival processes)}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ArrivalsSpec.Poisson.class, name = "poisson"),
    @JsonSubTypes.Type(value = ArrivalsSpec.Piecewise.class, name = "piecewise"),
    @JsonSubTypes.Type(value = ArrivalsSpec.Diurnal.class, name = "diurnal"),
    @JsonSubTypes.Type(value = ArrivalsSpec.Surge.class, name = "surge"),
    @JsonSubTypes.Type(value = ArrivalsSpec.Mmpp.class, name = "mmpp"),
    @JsonSubTypes.Type(value = ArrivalsSpec.Trace.class, name = "trace")
})
public sealed interface ArrivalsSpec {

    /** Adds what is wrong with this spec to {@code findings}; {@code path} is where it was written. */
    void validate(String path, Findings findings);

    /**
     * A rough long-run arrival rate of a valid spec, for sizing a run before it starts (the
     * event-budget guard), not for results; NaN where it cannot be known without reading data.
     */
    double estimatedRatePerSecond();

    /** Homogeneous Poisson arrivals at a constant {@code rate}. */
    record Poisson(@Required @JsonPropertyDescription("Mean arrival rate, > 0.") Rate rate) implements ArrivalsSpec {
        @Override
        public double estimatedRatePerSecond() {
            return rate.perSecond();
        }

        @Override
        public void validate(String path, Findings f) {
            if (f.present(rate, path + ".rate", "a rate with a unit, like 800/s")) {
                f.require(rate.perSecond() > 0, path + ".rate", "expected a rate > 0, found " + rate);
            }
        }
    }

    /**
     * Poisson arrivals whose rate is constant within each segment: segment {@code i} runs from the
     * previous segment's {@code until} (0 for the first) to its own. After the last segment the
     * cycle repeats ({@code repeat: true}, the default) or the last rate holds.
     */
    record Piecewise(
            @Required @JsonPropertyDescription("Segments in time order, each {until, rate}.") List<RateSegment> segments,
            @JsonPropertyDescription("After the last segment, start the cycle again (true, default) or hold the last rate (false).")
                    Boolean repeat) implements ArrivalsSpec {

        public Piecewise {
            segments = segments == null ? List.of() : List.copyOf(segments);
            repeat = repeat == null ? Boolean.TRUE : repeat;
        }

        /** One constant-rate stretch, ending at {@code until} (time since the start of the cycle). */
        public record RateSegment(
                @Required @JsonPropertyDescription("End of the segment, from the start of the cycle.") SimDuration until,
                @Required @JsonPropertyDescription("Arrival rate during the segment, >= 0.") Rate rate) {}

        @Override
        public double estimatedRatePerSecond() {
            // Time-weighted mean over one cycle.
            double area = 0;
            long from = 0;
            for (RateSegment seg : segments) {
                area += seg.rate().perSecond() * (seg.until().micros() - from);
                from = seg.until().micros();
            }
            return from == 0 ? 0 : area / from;
        }

        @Override
        public void validate(String path, Findings f) {
            if (!f.require(!segments.isEmpty(), path + ".segments", "expected at least one segment, found none")) {
                return;
            }
            long previous = 0;
            String previousName = null;
            boolean anyPositive = false;
            for (int i = 0; i < segments.size(); i++) {
                RateSegment s = segments.get(i);
                String p = path + ".segments[" + i + "]";
                if (!f.present(s, p, "a segment {until, rate}")) {
                    continue;
                }
                if (f.present(s.until(), p + ".until", "the end of the segment, a duration like 2h")) {
                    if (previousName == null) {
                        f.require(s.until().micros() > 0, p + ".until", "expected a time > 0, found " + s.until());
                    } else {
                        f.require(s.until().micros() > previous, p + ".until", "expected a time after "
                                + previousName + " (" + new SimDuration(previous) + "), found " + s.until());
                    }
                    previous = Math.max(previous, s.until().micros());
                    previousName = "segments[" + i + "].until";
                }
                if (f.present(s.rate(), p + ".rate", "a rate with a unit, like 800/s")) {
                    anyPositive |= s.rate().perSecond() > 0;
                }
            }
            f.require(anyPositive || previousName == null, path + ".segments",
                    "expected at least one segment with a rate > 0, found all rates 0");
        }
    }

    /**
     * A smooth daily cycle: a sinusoid with mean {@code mean} and peak/trough ratio
     * {@code peakToTrough}, peaking at {@code peakAt} each day. Simulation time 0 is Monday 00:00;
     * Saturday and Sunday (days 5 and 6 of each week) are scaled by {@code weekendFactor}.
     */
    record Diurnal(
            @Required @JsonPropertyDescription("Mean rate over a weekday, > 0.") Rate mean,
            @Required @JsonPropertyDescription("Peak rate / trough rate, >= 1.") Double peakToTrough,
            @Required @JsonPropertyDescription("Time of day of the peak, \"HH:MM\" (time 0 is Monday 00:00).") String peakAt,
            @JsonPropertyDescription("Multiplier on Saturday and Sunday, >= 0 (default 1).") Double weekendFactor)
            implements ArrivalsSpec {

        private static final Pattern TIME_OF_DAY = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");

        public Diurnal {
            weekendFactor = weekendFactor == null ? 1.0 : weekendFactor;
        }

        /** The peak's offset from midnight in microseconds, or -1 if {@code peakAt} is not "HH:MM". */
        public long peakAtMicros() {
            Matcher m = TIME_OF_DAY.matcher(peakAt == null ? "" : peakAt.trim());
            if (!m.matches()) {
                return -1;
            }
            return Integer.parseInt(m.group(1)) * SimTime.MICROS_PER_HOUR
                    + Integer.parseInt(m.group(2)) * SimTime.MICROS_PER_MINUTE;
        }

        @Override
        public double estimatedRatePerSecond() {
            double w = weekendFactor == null ? 1 : weekendFactor;
            return mean.perSecond() * (5 + 2 * w) / 7;
        }

        @Override
        public void validate(String path, Findings f) {
            if (f.present(mean, path + ".mean", "a rate with a unit, like 900/s")) {
                f.require(mean.perSecond() > 0, path + ".mean", "expected a rate > 0, found " + mean);
            }
            if (f.present(peakToTrough, path + ".peak_to_trough", "a ratio >= 1, like 3")) {
                f.require(peakToTrough >= 1 && peakToTrough < Double.POSITIVE_INFINITY, path + ".peak_to_trough",
                        "expected a ratio >= 1 (peak rate / trough rate), found " + number(peakToTrough));
            }
            if (f.present(peakAt, path + ".peak_at", "a time of day \"HH:MM\", like \"14:00\"")) {
                f.require(peakAtMicros() >= 0, path + ".peak_at",
                        "expected a time of day \"HH:MM\" from 00:00 to 23:59, found '" + peakAt + "'");
            }
            f.require(weekendFactor >= 0 && weekendFactor < Double.POSITIVE_INFINITY, path + ".weekend_factor",
                    "expected a factor >= 0, found " + number(weekendFactor));
        }
    }

    /**
     * A base process with scheduled surges: while a surge is on, the base rate is multiplied by
     * its {@code multiplier} (overlapping surges multiply). The base must be a process defined by a
     * rate (anything but {@code trace}).
     */
    record Surge(
            @Required @JsonPropertyDescription("The process surged on: poisson, piecewise, diurnal, mmpp or surge.") ArrivalsSpec base,
            @Required @JsonPropertyDescription("The surges, each {at, duration, multiplier, every}.") List<SurgeWindow> surges)
            implements ArrivalsSpec {

        public Surge {
            surges = surges == null ? List.of() : List.copyOf(surges);
        }

        /** A surge from {@code at} for {@code duration}, repeating every {@code every} if given. */
        public record SurgeWindow(
                @Required @JsonPropertyDescription("Start of the (first) surge, from time 0.") SimDuration at,
                @Required @JsonPropertyDescription("How long each surge lasts, > 0.") SimDuration duration,
                @Required @JsonPropertyDescription("Multiplier on the base rate during the surge, >= 0.") Double multiplier,
                @JsonPropertyDescription("Repeat period, >= duration (default: the surge happens once).") SimDuration every) {}

        @Override
        public double estimatedRatePerSecond() {
            // Repeating surges add their extra share of time; one-off surges are ignored.
            double extra = 0;
            for (SurgeWindow w : surges) {
                if (w.every() != null && w.every().micros() > 0) {
                    extra += (w.multiplier() - 1) * w.duration().micros() / (double) w.every().micros();
                }
            }
            return base.estimatedRatePerSecond() * Math.max(0, 1 + extra);
        }

        @Override
        public void validate(String path, Findings f) {
            if (f.present(base, path + ".base", "a base arrival process, like {type: poisson, rate: 100/s}")) {
                if (base instanceof Trace) {
                    f.add(path + ".base.type", "expected a base process defined by a rate "
                            + "(poisson, piecewise, diurnal, mmpp or surge), found trace");
                } else {
                    base.validate(path + ".base", f);
                }
            }
            if (!f.require(!surges.isEmpty(), path + ".surges", "expected at least one surge, found none")) {
                return;
            }
            for (int i = 0; i < surges.size(); i++) {
                SurgeWindow w = surges.get(i);
                String p = path + ".surges[" + i + "]";
                if (!f.present(w, p, "a surge {at, duration, multiplier}")) {
                    continue;
                }
                f.present(w.at(), p + ".at", "the start of the surge, a duration like 2h");
                if (f.present(w.duration(), p + ".duration", "the length of the surge, a duration like 10m")) {
                    f.require(w.duration().micros() > 0, p + ".duration", "expected a duration > 0, found " + w.duration());
                }
                if (f.present(w.multiplier(), p + ".multiplier", "a multiplier on the base rate, like 5")) {
                    f.require(w.multiplier() >= 0 && w.multiplier() < Double.POSITIVE_INFINITY, p + ".multiplier",
                            "expected a multiplier >= 0, found " + number(w.multiplier()));
                }
                if (w.every() != null && w.duration() != null) {
                    f.require(w.every().compareTo(w.duration()) >= 0 && w.every().micros() > 0, p + ".every",
                            "expected a period of at least the duration (" + w.duration() + "), found " + w.every());
                }
            }
        }
    }

    /**
     * A Markov-modulated Poisson process: a hidden continuous-time Markov chain moves between
     * {@code states}; in state {@code i} arrivals are Poisson at {@code rate} and the chain stays
     * for an exponential time with mean {@code meanSojourn}, then jumps to state {@code j} with
     * probability {@code transitions[i][j]} (by default uniformly to any other state; with two
     * states, to the other one). The chain starts in its stationary distribution.
     */
    record Mmpp(
            @Required @JsonPropertyDescription("At least two states, each {rate, mean_sojourn}.") List<MmppState> states,
            @JsonPropertyDescription("Jump probabilities: row i, column j = P(next state is j | leaving i); "
                    + "zero diagonal, rows sum to 1 (default: uniform over the other states).")
                    List<List<Double>> transitions) implements ArrivalsSpec {

        public Mmpp {
            states = states == null ? List.of() : List.copyOf(states);
            transitions = transitions == null ? null : transitions.stream()
                    .map(row -> row == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
                    .toList();
        }

        /** One state of the modulating chain. */
        public record MmppState(
                @Required @JsonPropertyDescription("Arrival rate in this state, >= 0.") Rate rate,
                @Required @JsonPropertyDescription("Mean time spent in this state per visit, > 0.") SimDuration meanSojourn) {}

        /** The jump matrix: as written, or uniform over the other states. Valid only after validation. */
        public double[][] jumpMatrix() {
            int n = states.size();
            double[][] p = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    p[i][j] = transitions != null ? transitions.get(i).get(j) : i == j ? 0 : 1.0 / (n - 1);
                }
            }
            return p;
        }

        @Override
        public double estimatedRatePerSecond() {
            // An upper bound: the busiest state's rate.
            double max = 0;
            for (MmppState st : states) max = Math.max(max, st.rate().perSecond());
            return max;
        }

        @Override
        public void validate(String path, Findings f) {
            if (!f.require(states.size() >= 2, path + ".states",
                    "expected at least 2 states, found " + states.size())) {
                return;
            }
            boolean anyPositive = false;
            boolean complete = true;
            for (int i = 0; i < states.size(); i++) {
                MmppState s = states.get(i);
                String p = path + ".states[" + i + "]";
                if (!f.present(s, p, "a state {rate, mean_sojourn}")) {
                    complete = false;
                    continue;
                }
                if (f.present(s.rate(), p + ".rate", "a rate with a unit, like 800/s")) {
                    anyPositive |= s.rate().perSecond() > 0;
                } else {
                    complete = false;
                }
                if (f.present(s.meanSojourn(), p + ".mean_sojourn", "a duration like 30s")) {
                    f.require(s.meanSojourn().micros() > 0, p + ".mean_sojourn",
                            "expected a duration > 0, found " + s.meanSojourn());
                }
            }
            if (complete) {
                f.require(anyPositive, path + ".states", "expected at least one state with a rate > 0, found all rates 0");
            }
            if (transitions != null) {
                validateTransitions(path + ".transitions", f);
            }
        }

        private void validateTransitions(String path, Findings f) {
            int n = states.size();
            if (!f.require(transitions.size() == n, path,
                    "expected " + n + " rows (one per state), found " + transitions.size())) {
                return;
            }
            boolean ok = true;
            for (int i = 0; i < n; i++) {
                List<Double> row = transitions.get(i);
                String p = path + "[" + i + "]";
                if (!f.require(row != null && row.size() == n, p,
                        "expected " + n + " probabilities (one per state), found " + (row == null ? 0 : row.size()))) {
                    ok = false;
                    continue;
                }
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    Double v = row.get(j);
                    String q = p + "[" + j + "]";
                    if (!f.present(v, q, "a probability")) {
                        ok = false;
                    } else if (i == j) {
                        ok &= f.require(v == 0, q, "expected 0 (a jump always leaves its state; "
                                + "the time spent is mean_sojourn), found " + number(v));
                    } else {
                        ok &= f.require(v >= 0 && v <= 1, q, "expected a probability from 0 to 1, found " + number(v));
                    }
                    sum += v == null ? 0 : v;
                }
                if (ok) {
                    ok = f.require(Math.abs(sum - 1) <= 1e-9, p, "expected probabilities summing to 1, found a sum of "
                            + number(sum));
                }
            }
            if (ok) {
                int unreachable = firstUnreachable(jumpMatrix());
                f.require(unreachable < 0, path, "expected every state reachable from every other, found state "
                        + unreachable + " cut off");
            }
        }

        /** A state that cannot reach, or be reached from, state 0; -1 if the chain is irreducible. */
        static int firstUnreachable(double[][] p) {
            int n = p.length;
            boolean[] forward = reach(p, false);
            boolean[] backward = reach(p, true);
            for (int i = 0; i < n; i++) {
                if (!forward[i] || !backward[i]) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean[] reach(double[][] p, boolean reverse) {
            int n = p.length;
            boolean[] seen = new boolean[n];
            Deque<Integer> todo = new ArrayDeque<>(List.of(0));
            seen[0] = true;
            while (!todo.isEmpty()) {
                int i = todo.pop();
                for (int j = 0; j < n; j++) {
                    if (!seen[j] && (reverse ? p[j][i] : p[i][j]) > 0) {
                        seen[j] = true;
                        todo.push(j);
                    }
                }
            }
            return seen;
        }
    }

    /**
     * Replays a CSV trace, streamed: one request per line ({@code format: timestamps}, a
     * {@code timestamp} column in seconds from the start of the trace) or a request count per
     * {@code interval} ({@code format: counts}, a {@code count} column). {@code file} is relative
     * to the scenario file's directory.
     */
    record Trace(
            @Required @JsonPropertyDescription("CSV file, relative to the scenario file's directory.") Path file,
            @Required @JsonPropertyDescription("timestamps (one request per line) or counts (requests per interval).") String format,
            @JsonPropertyDescription("Length of one line's interval (format counts only; required there).") SimDuration interval,
            @JsonPropertyDescription("Simulated time = trace time x time_scale, > 0 (default 1).") Double timeScale,
            @JsonPropertyDescription("Replay the trace again from its start when it ends (default false).") Boolean loop,
            @JsonPropertyDescription("Trace time after which a looped timestamps trace restarts (default: its last timestamp).")
                    SimDuration period) implements ArrivalsSpec {

        public static final String TIMESTAMPS = "timestamps";
        public static final String COUNTS = "counts";
        /** The column each format reads. */
        public static final String TIMESTAMP_COLUMN = "timestamp";
        public static final String COUNT_COLUMN = "count";
        /** Seconds as written in a timestamps trace: digits, optionally a fraction. */
        public static final Pattern SECONDS = Pattern.compile("[0-9]+(\\.[0-9]*)?");
        /** A count as written in a counts trace. */
        public static final Pattern COUNT = Pattern.compile("[0-9]+");

        public Trace {
            timeScale = timeScale == null ? 1.0 : timeScale;
            loop = loop == null ? Boolean.FALSE : loop;
        }

        public boolean counts() {
            return COUNTS.equals(format);
        }

        public String column() {
            return counts() ? COUNT_COLUMN : TIMESTAMP_COLUMN;
        }

        @Override
        public double estimatedRatePerSecond() {
            return Double.NaN;
        }

        @Override
        public void validate(String path, Findings f) {
            boolean formatOk = false;
            if (f.present(format, path + ".format", "timestamps or counts")) {
                String hint = Suggestions.closest(format, List.of(TIMESTAMPS, COUNTS));
                formatOk = f.require(TIMESTAMPS.equals(format) || COUNTS.equals(format), path + ".format",
                        "expected timestamps or counts, found '" + format + "'"
                                + (hint != null ? " (did you mean '" + hint + "'?)" : ""));
            }
            if (formatOk && counts()) {
                if (f.present(interval, path + ".interval", "the length of one line's interval, like 1s or 1m")) {
                    f.require(interval.micros() > 0, path + ".interval", "expected a duration > 0, found " + interval);
                }
                f.require(period == null, path + ".period",
                        "expected no period with format counts (a counts trace lasts lines x interval), found " + period);
            } else if (formatOk) {
                f.require(interval == null, path + ".interval",
                        "expected no interval with format timestamps (it applies to counts), found " + interval);
                if (period != null) {
                    f.require(loop, path + ".period", "expected a period only with loop: true, found " + period
                            + " without loop");
                    f.require(period.micros() > 0, path + ".period", "expected a duration > 0, found " + period);
                }
            }
            f.require(timeScale > 0 && timeScale < Double.POSITIVE_INFINITY, path + ".time_scale",
                    "expected a factor > 0, found " + number(timeScale));
            if (f.present(file, path + ".file", "the path of a CSV trace, like traces/day.csv") && formatOk) {
                String problem = checkFile();
                f.require(problem == null, path + ".file", problem);
            }
        }

        /**
         * Checks that the file exists and that its header names the format's column and its first
         * data line holds a value of the right form; returns what is wrong, or null. Reads two lines.
         */
        String checkFile() {
            if (!Files.exists(file)) {
                return "expected a readable CSV trace, found no file at '" + file + "'";
            }
            if (!Files.isRegularFile(file)) {
                return "expected a readable CSV trace, found a directory at '" + file + "'";
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String header = in.readLine();
                if (header == null) {
                    return "expected a header line naming a '" + column() + "' column, found an empty file (" + file + ")";
                }
                List<String> names = Arrays.stream(stripBom(header).split(",", -1)).map(Trace::unquote).toList();
                int col = names.indexOf(column());
                if (col < 0) {
                    return "expected a header line naming a '" + column() + "' column (format " + format + "), found '"
                            + abbreviate(header) + "' (" + file + ":1)";
                }
                String line;
                int lineNumber = 1;
                do {
                    line = in.readLine();
                    lineNumber++;
                } while (line != null && line.isBlank());
                if (line == null) {
                    return "expected at least one line of data after the header, found none (" + file + ")";
                }
                String[] cells = line.split(",", -1);
                String cell = col < cells.length ? cells[col].trim() : "";
                Pattern form = counts() ? COUNT : SECONDS;
                if (!line.contains("\"") && !form.matcher(cell).matches()) {
                    return "expected " + (counts() ? "a count (an integer >= 0)" : "seconds from the start of the trace, like 12.5")
                            + " in column '" + column() + "', found '" + abbreviate(cell) + "' (" + file + ":" + lineNumber + ")";
                }
                return null;
            } catch (java.nio.charset.MalformedInputException e) {
                return "expected UTF-8 text, found bytes that are not UTF-8 (" + file + ")";
            } catch (IOException e) {
                return "expected a readable CSV trace, found '" + file + "' unreadable: " + e.getMessage();
            }
        }

        private static String unquote(String cell) {
            String c = cell.trim();
            return c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"") ? c.substring(1, c.length() - 1) : c;
        }

        private static String stripBom(String s) {
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }

        private static String abbreviate(String s) {
            return s.length() <= 60 ? s : s.substring(0, 57) + "...";
        }
    }

    /** Doubles as the user would write them: 3 rather than 3.0. */
    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

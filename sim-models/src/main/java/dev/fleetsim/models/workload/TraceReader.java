package dev.fleetsim.models.workload;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one column of a CSV trace a line at a time, straight from the file's bytes: a trace of
 * any size is streamed through a fixed buffer, only the current line is held, and no object is
 * allocated per line. The first line is a header naming the columns; the column is found by
 * name, other columns are ignored (double-quoted cells may contain commas). Blank lines are
 * skipped; a trailing {@code \r} is ignored, so CRLF files work.
 *
 * <p>Values are parsed exactly, without floating point: seconds as written ({@code 12},
 * {@code 12.5}, {@code 0.000250}) become integer microseconds, rounded half up at the seventh
 * decimal.
 */
final class TraceReader implements Closeable {
    private static final int BUFFER = 64 * 1024;
    /** Longest line accepted; longer is certainly not a trace line. */
    static final int MAX_LINE = 1024 * 1024;
    /** Largest whole seconds accepted (about 2,900 years): far beyond any trace, and safe from overflow once scaled. */
    private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000L / 100;

    private final Path file;
    private final String column;
    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean eof;

    private byte[] line = new byte[256];
    private int lineLength;
    private long lineNumber;
    private final int columnIndex;
    private int fieldStart;
    private int fieldEnd;

    /** Opens {@code file} and reads its header, which must name {@code column}. */
    TraceReader(Path file, String column) {
        this.file = file;
        this.column = column;
        try {
            this.in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new TraceException(file, 0, "expected a CSV trace, found no such file", e);
        } catch (AccessDeniedException e) {
            throw new TraceException(file, 0, "expected a readable CSV trace, found it not readable", e);
        } catch (IOException e) {
            throw new TraceException(file, 0, "cannot open: " + e.getMessage(), e);
        }
        try {
            if (!readLine()) {
                throw new TraceException(file, 0, "expected a header line naming a '" + column + "' column, found an empty file");
            }
            List<String> names = headerNames();
            columnIndex = names.indexOf(column);
            if (columnIndex < 0) {
                throw new TraceException(file, 1, "expected a header line naming a '" + column + "' column, found '"
                        + text(0, lineLength) + "'");
            }
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    private List<String> headerNames() {
        String header = new String(line, 0, lineLength, StandardCharsets.UTF_8);
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> names = new ArrayList<>();
        for (String name : header.split(",", -1)) {
            String n = name.trim();
            names.add(n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"") ? n.substring(1, n.length() - 1) : n);
        }
        return names;
    }

    /** Moves to the next non-blank line and finds the column in it; false at the end of the file. */
    boolean next() {
        do {
            if (!readLine()) {
                return false;
            }
        } while (isBlank());
        locateField();
        return true;
    }

    /** 1-based number of the current line (the header is line 1). */
    long lineNumber() {
        return lineNumber;
    }

    Path file() {
        return file;
    }

    /** The current line's value as seconds, in microseconds. */
    long seconds() {
        long whole = 0;
        long fraction = 0;
        int digits = 0;
        int i = fieldStart;
        boolean ok = i < fieldEnd && isDigit(line[i]);
        for (; i < fieldEnd && isDigit(line[i]); i++) {
            whole = whole * 10 + (line[i] - '0');
            if (whole > MAX_SECONDS) {
                throw bad("seconds below " + MAX_SECONDS);
            }
        }
        if (ok && i < fieldEnd && line[i] == '.') {
            for (i++; i < fieldEnd && isDigit(line[i]); i++) {
                if (digits < 6) {
                    fraction = fraction * 10 + (line[i] - '0');
                } else if (digits == 6 && line[i] >= '5') {
                    fraction++; // round half up at the seventh decimal
                }
                digits++;
            }
        }
        if (!ok || i != fieldEnd) {
            throw bad("seconds from the start of the trace, like 12.5");
        }
        for (int d = Math.min(digits, 6); d < 6; d++) {
            fraction *= 10;
        }
        return whole * 1_000_000L + fraction;
    }

    /** The current line's value as a count, an integer >= 0. */
    long count() {
        long n = 0;
        boolean ok = fieldStart < fieldEnd;
        for (int i = fieldStart; i < fieldEnd && ok; i++) {
            ok = isDigit(line[i]);
            n = n * 10 + (line[i] - '0');
            ok &= n <= Integer.MAX_VALUE;
        }
        if (!ok) {
            throw bad("a count, an integer from 0 to " + Integer.MAX_VALUE);
        }
        return n;
    }

    /** A problem with the current line's value. */
    TraceException bad(String expected) {
        return new TraceException(file, lineNumber, "expected " + expected + " in column '" + column + "', found '"
                + text(fieldStart, fieldEnd) + "'");
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new TraceException(file, 0, "cannot close: " + e.getMessage(), e);
        }
    }

    private void closeQuietly() {
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing with a better message
        }
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private boolean isBlank() {
        for (int i = 0; i < lineLength; i++) {
            if (line[i] != ' ' && line[i] != '\t') return false;
        }
        return true;
    }

    /** Finds the column's cell in the current line: trims blanks and one pair of double quotes. */
    private void locateField() {
        int col = 0;
        int start = 0;
        boolean quoted = false;
        int i = 0;
        for (; i < lineLength; i++) {
            byte b = line[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (b == ',' && !quoted) {
                if (col == columnIndex) break;
                col++;
                start = i + 1;
            }
        }
        if (col != columnIndex) {
            throw new TraceException(file, lineNumber, "expected a value in column '" + column + "' (column "
                    + (columnIndex + 1) + "), found a line with " + (col + 1) + " column" + (col == 0 ? "" : "s"));
        }
        int end = i;
        while (start < end && (line[start] == ' ' || line[start] == '\t')) start++;
        while (end > start && (line[end - 1] == ' ' || line[end - 1] == '\t')) end--;
        if (end - start >= 2 && line[start] == '"' && line[end - 1] == '"') {
            start++;
            end--;
        }
        fieldStart = start;
        fieldEnd = end;
    }

    /** Reads the next line into {@code line}; false at the end of the file. */
    private boolean readLine() {
        lineLength = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (eof || !fill()) {
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') position++;
            append(start, position);
            if (position < limit) {
                position++; // the newline
                break;
            }
        }
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
        lineNumber++;
        return true;
    }

    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new TraceException(file, lineNumber + 1, "cannot read: " + e.getMessage(), e);
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        if (lineLength + n > line.length) {
            if (lineLength + n > MAX_LINE) {
                throw new TraceException(file, lineNumber + 1, "expected a line of at most " + MAX_LINE
                        + " bytes, found a longer one");
            }
            line = Arrays.copyOf(line, Math.min(MAX_LINE, Math.max(line.length * 2, lineLength + n)));
        }
        System.arraycopy(buffer, from, line, lineLength, n);
        lineLength += n;
    }

    private String text(int from, int to) {
        String s = new String(line, from, to - from, StandardCharsets.UTF_8);
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}

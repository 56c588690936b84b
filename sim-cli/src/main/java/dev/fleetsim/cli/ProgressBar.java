package dev.fleetsim.cli;

import dev.fleetsim.models.run.ProgressListener;
import java.io.PrintStream;

/**
 * A one-line progress bar with ETA on stderr, shown only when stderr is a terminal (never in CI
 * logs or when output is piped) and only once work has taken more than a second.
 */
final class ProgressBar implements ProgressListener, AutoCloseable {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private final PrintStream err;
    private final String what;
    private final long startNanos = System.nanoTime();
    private boolean drawn;

    private ProgressBar(PrintStream err, String what) {
        this.err = err;
        this.what = what;
    }

    /**
     * A bar on stderr if stderr is a terminal. Java cannot ask that of stderr alone, so the
     * launcher script passes {@code -Dfleetsim.stderr.tty=true|false} (from {@code [ -t 2 ]});
     * without it, a console attached to the JVM is the best guess.
     */
    static ProgressBar forStderr(String what) {
        String tty = System.getProperty("fleetsim.stderr.tty");
        boolean show = tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
        return new ProgressBar(show ? System.err : null, what);
    }

    @Override
    public synchronized void replicationDone(int done, int total) {
        if (err == null) {
            return;
        }
        long elapsed = System.nanoTime() - startNanos;
        if (elapsed < SHOW_AFTER_NANOS && done < total) {
            return;
        }
        if (!drawn && done == total) {
            return; // finished before it was worth showing
        }
        int width = 30;
        int filled = (int) ((long) width * done / total);
        double etaS = done == 0 ? 0 : elapsed / 1e9 * (total - done) / done;
        err.printf("\r[%s%s] %d/%d %s  ETA %ds ", "#".repeat(filled), ".".repeat(width - filled), done, total,
                what, Math.round(etaS));
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (drawn && err != null) {
            err.print("\r" + " ".repeat(70) + "\r");
            err.flush();
            drawn = false;
        }
    }
}

package dev.fleetsim.cli;

import dev.fleetsim.models.results.MinuteRow;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.results.ReplicationResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A note for a run whose fleet did not keep up. Requests still waiting at the horizon are drained
 * afterwards, so nothing in the results says so directly, yet the latency of an overloaded fleet
 * depends on how long the run was rather than settling. Read from the per-minute rows (requests
 * in the system at the end of each minute, averaged over replications): the backlog grew by at
 * least {@value #GROWTH}x from each quarter of the measured window to the next, and at the horizon
 * it held more requests than arrived in the last {@value #RECENT_MINUTES} minutes. A healthy web
 * tier holds seconds of traffic; a batch queue with long jobs holds more but does not keep
 * growing; a burst's backlog rises and falls.
 */
final class OverloadNote {
    static final int RECENT_MINUTES = 10;
    static final double GROWTH = 1.2;

    private OverloadNote() {}

    static Optional<String> of(Report report) {
        double[] backlog = new double[4]; // at 1/4, 1/2, 3/4 and the end of the measured window
        double recentArrivals = 0;
        int warmupMinutes = (int) (report.warmupSeconds() / 60);
        for (ReplicationResult r : report.perReplication()) {
            List<MinuteRow> rows = r.minutes();
            int measured = rows.size() - warmupMinutes;
            if (measured < 4 * RECENT_MINUTES) {
                return Optional.empty(); // too short to tell growth from noise
            }
            for (int q = 1; q <= 4; q++) {
                backlog[q - 1] += rows.get(warmupMinutes + measured * q / 4 - 1).inFlight();
            }
            for (MinuteRow row : rows.subList(rows.size() - RECENT_MINUTES, rows.size())) {
                recentArrivals += row.arrivals();
            }
        }
        for (int q = 1; q < 4; q++) {
            if (backlog[q] <= 0 || backlog[q] < GROWTH * backlog[q - 1]) {
                return Optional.empty();
            }
        }
        if (backlog[3] <= recentArrivals) {
            return Optional.empty();
        }
        int n = report.perReplication().size();
        return Optional.of(String.format(Locale.ROOT, "fleetsim: note: the backlog grew all run long, to %.0f requests"
                + " waiting at the horizon (more than its last %d minutes brought): the fleet did not keep up, so"
                + " latency grows with the horizon instead of settling", backlog[3] / n, RECENT_MINUTES));
    }
}

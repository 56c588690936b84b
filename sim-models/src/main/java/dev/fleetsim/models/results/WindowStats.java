package dev.fleetsim.models.results;

import dev.fleetsim.core.stats.LatencyRecorder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts and latencies of measured requests per statistics window, by arrival time: a request
 * belongs to every window one of whose occurrences holds its arrival time. {@link RequestStats}
 * calls it only for measured requests (arrived at or after the warm-up). Allocates nothing per
 * request.
 */
public final class WindowStats {
    private final TimeWindow[] windows;
    private final long[] total;
    private final long[] served;
    private final long[] failed;
    private final LatencyRecorder[] latency;

    /** Statistics for {@code windows}, with latency recorders holding latencies up to {@code longest}. */
    public WindowStats(List<TimeWindow> windows, long longest) {
        this.windows = windows.toArray(TimeWindow[]::new);
        int n = this.windows.length;
        total = new long[n];
        served = new long[n];
        failed = new long[n];
        latency = new LatencyRecorder[n];
        for (int i = 0; i < n; i++) {
            latency[i] = LatencyRecorder.coveringUpTo(longest);
        }
    }

    public boolean isEmpty() {
        return windows.length == 0;
    }

    void arrived(long arrivalTime) {
        for (int i = 0; i < windows.length; i++) {
            if (windows[i].contains(arrivalTime)) total[i]++;
        }
    }

    void served(long arrivalTime, long latencyMicros) {
        for (int i = 0; i < windows.length; i++) {
            if (windows[i].contains(arrivalTime)) {
                served[i]++;
                latency[i].record(latencyMicros);
            }
        }
    }

    /** Throttled, dropped, timed out or interrupted. */
    void failed(long arrivalTime) {
        for (int i = 0; i < windows.length; i++) {
            if (windows[i].contains(arrivalTime)) failed[i]++;
        }
    }

    /** Adds {@code windows.NAME.requests.{total,served,failed}} for every window, in listing order. */
    public void report(ResultValues values) {
        for (int i = 0; i < windows.length; i++) {
            String name = windows[i].name();
            values.put(total[i], "windows", name, "requests", "total");
            values.put(served[i], "windows", name, "requests", "served");
            values.put(failed[i], "windows", name, "requests", "failed");
        }
    }

    /** Each window's latency recorder, by name, in listing order. */
    public Map<String, LatencyRecorder> latencies() {
        Map<String, LatencyRecorder> m = new LinkedHashMap<>();
        for (int i = 0; i < windows.length; i++) {
            m.put(windows[i].name(), latency[i]);
        }
        return m;
    }
}

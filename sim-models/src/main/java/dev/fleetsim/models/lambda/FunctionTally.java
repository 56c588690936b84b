package dev.fleetsim.models.lambda;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.stats.TimeWeightedAverage;
import dev.fleetsim.models.results.ResultValues;

/**
 * What one function reports over the measured window: time-weighted busy and live environments,
 * and counters of invocations, cold starts, environments created, errors and throttles by cause.
 * Counters count only while the window is open; averages are reset when it opens.
 */
final class FunctionTally {
    /** Why an invocation could not start. */
    enum Throttle {
        RESERVED_CONCURRENCY("reserved"), ACCOUNT_CONCURRENCY("account"), SCALING_RATE("scaling_rate"),
        REQUEST_RATE("request_rate");

        final String key;

        Throttle(String key) {
            this.key = key;
        }
    }

    private final TimeWeightedAverage busy;
    private final TimeWeightedAverage environments;
    private boolean measuring;
    private long measureStart;
    private long windowMicros;
    private double meanBusy;
    private double meanEnvironments;
    private double peakBusy;
    private double peakEnvironments;
    private long created;
    private long coldStarts;
    /** Cold starts and throttles since time 0, window or not: running totals for the per-minute charts. */
    private long coldStartsEver;
    private long throttlesEver;
    private long invocations;
    private long functionErrors;
    private long functionTimeouts;
    private long initMicros;
    private final long[] throttles = new long[Throttle.values().length];

    FunctionTally(long now) {
        busy = new TimeWeightedAverage(now, 0);
        environments = new TimeWeightedAverage(now, 0);
    }

    boolean measuring() {
        return measuring;
    }

    void busy(long now, int n) {
        busy.update(now, n);
    }

    void environments(long now, int n) {
        environments.update(now, n);
    }

    void created() {
        if (measuring) {
            created++;
        }
    }

    void invocation(boolean cold, long initPhase) {
        coldStartsEver += cold ? 1 : 0;
        if (measuring) {
            invocations++;
            if (cold) {
                coldStarts++;
                initMicros += initPhase;
            }
        }
    }

    void finished(boolean failed, boolean timedOut) {
        if (measuring) {
            functionErrors += failed && !timedOut ? 1 : 0;
            functionTimeouts += timedOut ? 1 : 0;
        }
    }

    void throttled(Throttle cause) {
        throttlesEver++;
        if (measuring) {
            throttles[cause.ordinal()]++;
        }
    }

    long coldStartsEver() {
        return coldStartsEver;
    }

    long throttlesEver() {
        return throttlesEver;
    }

    void start(long time) {
        measuring = true;
        measureStart = time;
        busy.reset(time);
        environments.reset(time);
    }

    void end(long time) {
        measuring = false;
        windowMicros = time - measureStart;
        meanBusy = busy.average(time);
        meanEnvironments = environments.average(time);
        peakBusy = busy.max();
        peakEnvironments = environments.max();
    }

    long windowMicros() {
        return windowMicros;
    }

    /** Adds the function's results under {@code [fleets, NAME, ...]}. */
    void report(ResultValues out, String n, int scalingActions) {
        out.put(meanEnvironments, "fleets", n, "mean_capacity");
        out.put(peakEnvironments, "fleets", n, "peak_capacity");
        out.put(meanEnvironments * SimTime.toSeconds(windowMicros) / 3600.0, "fleets", n, "instance_hours");
        out.put(0, "fleets", n, "spot_interruptions");
        out.put(scalingActions, "fleets", n, "scaling_actions");
        out.put(invocations, "fleets", n, "invocations");
        out.put(coldStarts, "fleets", n, "cold_starts");
        out.put(invocations == 0 ? 0 : coldStarts / (double) invocations, "fleets", n, "cold_start_ratio");
        out.put(coldStarts == 0 ? 0 : initMicros / 1000.0 / coldStarts, "fleets", n, "mean_init_ms");
        long total = 0;
        for (Throttle t : Throttle.values()) {
            total += throttles[t.ordinal()];
            out.put(throttles[t.ordinal()], "fleets", n, "throttles_" + t.key);
        }
        out.put(total, "fleets", n, "throttles");
        out.put(peakBusy, "fleets", n, "peak_concurrency");
        out.put(meanBusy, "fleets", n, "mean_concurrency");
        out.put(created, "fleets", n, "environments_created");
        out.put(functionErrors, "fleets", n, "function_errors");
        out.put(functionTimeouts, "fleets", n, "function_timeouts");
    }
}

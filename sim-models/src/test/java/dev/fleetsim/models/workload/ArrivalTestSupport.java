package dev.fleetsim.models.workload;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.scenario.ArrivalsSpec;
import dev.fleetsim.models.scenario.ScenarioLoader;
import java.util.Arrays;
import umontreal.ssj.rng.RandomStream;

/** Runs arrival processes on a fresh loop and checks counts against Poisson-style tolerances. */
final class ArrivalTestSupport {
    private ArrivalTestSupport() {}

    /** Arrival times, in order, of {@code spec} on [0, end) with stream {@code arrivals/test} of {@code seed}. */
    static long[] times(ArrivalsSpec spec, long seed, long end) {
        return times(spec, new RandomStreams(seed).stream("arrivals/test", 0), end);
    }

    static long[] times(ArrivalsSpec spec, RandomStream stream, long end) {
        EventLoop loop = new EventLoop();
        Recorder r = new Recorder(loop);
        Arrivals.create(spec, loop, stream, r, end).start();
        loop.runUntil(end);
        return r.times();
    }

    /** Number of times in [from, to). */
    static long count(long[] times, long from, long to) {
        return lowerBound(times, to) - lowerBound(times, from);
    }

    private static int lowerBound(long[] a, long key) {
        int i = Arrays.binarySearch(a, key);
        if (i < 0) return -i - 1;
        while (i > 0 && a[i - 1] == key) i--;
        return i;
    }

    /** Asserts that a count is within {@code k} standard deviations ({@code sd}) of {@code expected}. */
    static void assertWithin(double expected, double sd, double k, long actual, String what) {
        assertTrue(Math.abs(actual - expected) <= k * sd, what + ": expected " + expected + " ± " + k + "·" + sd
                + ", found " + actual + " (" + (actual - expected) / sd + " sd)");
    }

    /** A Poisson count: within 4 standard deviations (√mean) of its mean; false alarm ~6e-5 per check. */
    static void assertPoisson(double mean, long actual, String what) {
        assertWithin(mean, Math.sqrt(mean), 4, actual, what);
    }

    /** The arrivals spec of a one-workload scenario whose {@code arrivals:} is {@code flow}. */
    static ArrivalsSpec spec(String flow) {
        return new ScenarioLoader().load("s.yaml", scenario(flow)).workloads().get(0).arrivals();
    }

    static String scenario(String arrivals) {
        return """
                name: t
                horizon: 1h
                workloads:
                  - name: w
                    arrivals: %s
                    service_time: {type: constant, value: 1ms}
                    target: pool
                fleets:
                  - {name: pool, type: fixed-pool, servers: 1}
                """.formatted(arrivals);
    }

    /** Records arrival times; the array grows in the test, not in the process under test. */
    static final class Recorder implements ArrivalListener {
        private final EventLoop loop;
        private long[] times = new long[1024];
        private int n;

        Recorder(EventLoop loop) {
            this.loop = loop;
        }

        @Override
        public void arrival() {
            if (n == times.length) times = Arrays.copyOf(times, n * 2);
            times[n++] = loop.now();
        }

        long[] times() {
            return Arrays.copyOf(times, n);
        }

        int count() {
            return n;
        }
    }
}

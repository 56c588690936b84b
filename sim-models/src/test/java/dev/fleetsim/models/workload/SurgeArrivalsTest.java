package dev.fleetsim.models.workload;

import static dev.fleetsim.models.workload.ArrivalTestSupport.assertPoisson;
import static dev.fleetsim.models.workload.ArrivalTestSupport.count;
import static dev.fleetsim.models.workload.ArrivalTestSupport.spec;
import static dev.fleetsim.models.workload.ArrivalTestSupport.times;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.core.kernel.SimTime;
import org.junit.jupiter.api.Test;

class SurgeArrivalsTest {
    private static final long M = SimTime.MICROS_PER_MINUTE;
    private static final long H = SimTime.MICROS_PER_HOUR;

    @Test
    void countInTheSurgeWindowIsMultiplied() {
        // 10/s, ×5 on [2h, 2h10m): 30,000 expected inside, 10/s × (4h − 10m) = 138,000 outside.
        long[] t = times(spec("{type: surge, base: {type: poisson, rate: 10/s},"
                + " surges: [{at: 2h, duration: 10m, multiplier: 5}]}"), 1, 4 * H);
        long inside = count(t, 2 * H, 2 * H + 10 * M);
        assertPoisson(10 * 5 * 600, inside, "in the surge");
        assertPoisson(10 * (4 * 3600 - 600), t.length - inside, "outside the surge");
    }

    @Test
    void repeatingSurgesAndAZeroMultiplierOutage() {
        // An outage (×0) for 5 minutes every hour from 0:30, and a ×3 surge every 2 h from 1:00 for 20 m,
        // overlapping nothing.
        long[] t = times(spec("{type: surge, base: {type: poisson, rate: 20/s}, surges: ["
                + "{at: 30m, duration: 5m, multiplier: 0, every: 1h}, {at: 1h, duration: 20m, multiplier: 3, every: 2h}]}"),
                2, 6 * H);
        for (int h = 0; h < 6; h++) {
            assertEquals(0, count(t, h * H + 30 * M, h * H + 35 * M), "outage in hour " + h);
        }
        for (int h = 1; h < 6; h += 2) {
            assertPoisson(20 * 3 * 1200, count(t, h * H + 0 * M, h * H + 20 * M), "surge at hour " + h);
        }
        // Everything else runs at the base rate: 6 h − 6×5 m − 3×20 m = 4.5 h.
        long surged = 0;
        for (int h = 1; h < 6; h += 2) surged += count(t, h * H, h * H + 20 * M);
        assertPoisson(20 * 4.5 * 3600, t.length - surged, "at the base rate");
    }

    @Test
    void overlappingSurgesMultiply() {
        long[] t = times(spec("{type: surge, base: {type: poisson, rate: 10/s}, surges: ["
                + "{at: 10m, duration: 20m, multiplier: 2}, {at: 20m, duration: 20m, multiplier: 3}]}"), 3, H);
        assertPoisson(10 * 600, count(t, 0, 10 * M), "base");
        assertPoisson(20 * 600, count(t, 10 * M, 20 * M), "first only");
        assertPoisson(60 * 600, count(t, 20 * M, 30 * M), "both");
        assertPoisson(30 * 600, count(t, 30 * M, 40 * M), "second only");
        assertPoisson(10 * 1200, count(t, 40 * M, H), "base again");
    }

    @Test
    void surgesComposeWithAnyRateDrivenBase() {
        // On a piecewise base (5/s then 50/s), a ×4 surge straddling the segment boundary.
        long[] t = times(spec("{type: surge, base: {type: piecewise, segments: [{until: 30m, rate: 5/s},"
                + " {until: 1h, rate: 50/s}]}, surges: [{at: 20m, duration: 20m, multiplier: 4}]}"), 4, H);
        assertPoisson(5 * 4 * 600, count(t, 20 * M, 30 * M), "surge on segment 0");
        assertPoisson(50 * 4 * 600, count(t, 30 * M, 40 * M), "surge on segment 1");
        assertPoisson(50 * 1200, count(t, 40 * M, H), "segment 1 after");
        // On a diurnal base: the surge multiplies the smooth rate; over the hour around the peak,
        // 2/s · 3600 s · (1 + a·s) · 5 with a = 1/2, s = sin(π/24)/(π/24).
        double s = Math.sin(Math.PI / 24) / (Math.PI / 24);
        t = times(spec("{type: surge, base: {type: diurnal, mean: 2/s, peak_to_trough: 3, peak_at: \"12:00\"},"
                + " surges: [{at: 11h30m, duration: 1h, multiplier: 5}]}".replace("11h30m", "690m")), 5, 24 * H);
        assertPoisson(2 * 3600 * (1 + 0.5 * s) * 5, count(t, 11 * H + 30 * M, 12 * H + 30 * M), "surged peak hour");
    }

    @Test
    void sameSeedSameTimes() {
        String s = "{type: surge, base: {type: mmpp, states: [{rate: 50/s, mean_sojourn: 1s}, {rate: 5/s, mean_sojourn: 2s}]},"
                + " surges: [{at: 1m, duration: 1m, multiplier: 2}]}";
        assertArrayEquals(times(spec(s), 6, 10 * M), times(spec(s), 6, 10 * M));
    }
}

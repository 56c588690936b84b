package dev.fleetsim.models.workload;

import static dev.fleetsim.models.workload.ArrivalTestSupport.assertPoisson;
import static dev.fleetsim.models.workload.ArrivalTestSupport.count;
import static dev.fleetsim.models.workload.ArrivalTestSupport.spec;
import static dev.fleetsim.models.workload.ArrivalTestSupport.times;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.SimTime;
import org.junit.jupiter.api.Test;

/**
 * λ(t) = 2/s · w(day) · (1 + a·cos(2π(t − 14:00)/1d)) with a = (3 − 1)/(3 + 1) = 1/2, w = 0.5 on
 * Saturday and Sunday (days 5, 6). Hand-derived expectations:
 * <ul>
 *   <li>a day's count has mean 2/s · 86,400 s · w (the cosine integrates to 0 over a day);
 *   <li>the hour centred on the peak, [13:30, 14:30), has mean 2/s · 3600 s · w · (1 + a·s) and the
 *       hour centred on the trough, [01:30, 02:30), 2/s · 3600 s · w · (1 − a·s), where
 *       s = sin(π/24)/(π/24) is the cosine's average over ±30 min; their ratio is
 *       (1 + a·s)/(1 − a·s) ≈ 2.989, the peak-to-trough ratio smoothed over an hour.
 * </ul>
 * Each count is Poisson (the process is an NHPP), so each is checked within 4·√mean.
 */
class DiurnalArrivalsTest {
    private static final long H = SimTime.MICROS_PER_HOUR;
    private static final long DAY = SimTime.MICROS_PER_DAY;
    private static final double A = 0.5;
    private static final double S = Math.sin(Math.PI / 24) / (Math.PI / 24);

    private static final long[] WEEK = times(
            spec("{type: diurnal, mean: 2/s, peak_to_trough: 3, peak_at: \"14:00\", weekend_factor: 0.5}"), 1, 7 * DAY);

    @Test
    void meanPreservedEachDayAndWeekendFactorOnDaysFiveAndSix() {
        for (int d = 0; d < 7; d++) {
            double w = d >= 5 ? 0.5 : 1;
            assertPoisson(2 * 86_400 * w, count(WEEK, d * DAY, (d + 1) * DAY), "day " + d);
        }
    }

    @Test
    void peakHourOverTroughHourIsTheRatio() {
        long peakTotal = 0;
        long troughTotal = 0;
        for (int d = 0; d < 7; d++) {
            double w = d >= 5 ? 0.5 : 1;
            long peak = count(WEEK, d * DAY + 13 * H + H / 2, d * DAY + 14 * H + H / 2);
            long trough = count(WEEK, d * DAY + H + H / 2, d * DAY + 2 * H + H / 2);
            assertPoisson(2 * 3600 * w * (1 + A * S), peak, "peak hour of day " + d);
            assertPoisson(2 * 3600 * w * (1 - A * S), trough, "trough hour of day " + d);
            if (d < 5) {
                peakTotal += peak;
                troughTotal += trough;
            }
        }
        // Over the 5 weekdays: means 53,949 and 18,051; the ratio's sd is about r·√(1/P + 1/T) ≈ 0.026.
        double expected = (1 + A * S) / (1 - A * S);
        double ratio = peakTotal / (double) troughTotal;
        double sd = expected * Math.sqrt(1 / (5 * 7200 * (1 + A * S)) + 1 / (5 * 7200 * (1 - A * S)));
        assertTrue(Math.abs(ratio - expected) <= 4 * sd, "ratio " + ratio + ", expected " + expected + " ± 4·" + sd);
    }

    @Test
    void peakTimeOfDayShiftsTheCycle() {
        // Peak at 02:00 instead: the hour around 02:00 is now the busy one.
        long[] t = times(spec("{type: diurnal, mean: 2/s, peak_to_trough: 3, peak_at: \"02:00\"}"), 2, DAY);
        assertPoisson(2 * 3600 * (1 + A * S), count(t, H + H / 2, 2 * H + H / 2), "hour around 02:00");
        assertPoisson(2 * 3600 * (1 - A * S), count(t, 13 * H + H / 2, 14 * H + H / 2), "hour around 14:00");
    }

    @Test
    void ratioOneIsPoissonAtTheMean() {
        long[] t = times(spec("{type: diurnal, mean: 5/s, peak_to_trough: 1, peak_at: \"09:30\"}"), 3, DAY);
        for (int h = 0; h < 24; h += 6) {
            assertPoisson(5 * 3600 * 6, count(t, h * H, (h + 6) * H), "hours " + h + "-" + (h + 6));
        }
    }

    @Test
    void theWindowCeilingBoundsTheRateEverywhere() {
        DiurnalRate rate = new DiurnalRate(100, 10, 14 * H + 7 * SimTime.MICROS_PER_MINUTE, 0.25);
        for (long t = 0; t < 7 * DAY; t += 7 * SimTime.MICROS_PER_SECOND + 13) {
            rate.seek(t);
            assertTrue(rate.rateAt(t) <= rate.ceiling() * (1 + 1e-12), "at " + t);
            assertTrue(rate.windowEnd() > t && rate.windowEnd() <= t + DiurnalRate.WINDOW);
        }
        // Peak and trough values on a weekday: mean·(1 ± a) with a = (10 - 1)/(10 + 1) = 9/11.
        rate = new DiurnalRate(100, 10, 14 * H + 7 * SimTime.MICROS_PER_MINUTE, 0.25);
        rate.seek(2 * H + 7 * SimTime.MICROS_PER_MINUTE);
        assertEquals(100 * (1 - 9.0 / 11), rate.rateAt(2 * H + 7 * SimTime.MICROS_PER_MINUTE), 1e-9);
        rate.seek(14 * H + 7 * SimTime.MICROS_PER_MINUTE);
        assertEquals(100 * (1 + 9.0 / 11), rate.ceiling(), 1e-9);
        assertEquals(100 * (1 + 9.0 / 11), rate.rateAt(14 * H + 7 * SimTime.MICROS_PER_MINUTE), 1e-9);
        // Saturday: a quarter of that.
        rate.seek(5 * DAY + 14 * H + 7 * SimTime.MICROS_PER_MINUTE);
        assertEquals(25 * (1 + 9.0 / 11), rate.rateAt(5 * DAY + 14 * H + 7 * SimTime.MICROS_PER_MINUTE), 1e-9);
    }

    @Test
    void sameSeedSameTimes() {
        String s = "{type: diurnal, mean: 1/s, peak_to_trough: 4, peak_at: \"18:00\"}";
        assertArrayEquals(times(spec(s), 8, 6 * H), times(spec(s), 8, 6 * H));
    }
}

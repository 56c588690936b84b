package dev.fleetsim.models.workload;

import static dev.fleetsim.models.workload.ArrivalTestSupport.assertPoisson;
import static dev.fleetsim.models.workload.ArrivalTestSupport.count;
import static dev.fleetsim.models.workload.ArrivalTestSupport.spec;
import static dev.fleetsim.models.workload.ArrivalTestSupport.times;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.core.kernel.SimTime;
import org.junit.jupiter.api.Test;

class PiecewiseArrivalsTest {
    private static final long H = SimTime.MICROS_PER_HOUR;

    @Test
    void countsPerSegmentRepeatingTheCycle() {
        // 10/s for 1 h, 30/s for 2 h, nothing for 1 h; a 4 h cycle, run twice.
        long[] t = times(spec("{type: piecewise, segments: [{until: 1h, rate: 10/s}, {until: 3h, rate: 30/s},"
                + " {until: 4h, rate: 0/s}]}"), 1, 8 * H);
        for (int cycle = 0; cycle < 2; cycle++) {
            long c = cycle * 4 * H;
            assertPoisson(10 * 3600, count(t, c, c + H), "cycle " + cycle + " segment 0");
            assertPoisson(30 * 7200, count(t, c + H, c + 3 * H), "cycle " + cycle + " segment 1");
            assertEquals(0, count(t, c + 3 * H, c + 4 * H), "cycle " + cycle + " segment 2 (rate 0)");
        }
    }

    @Test
    void withoutRepeatTheLastRateHolds() {
        long[] t = times(spec("{type: piecewise, repeat: false, segments: [{until: 1h, rate: 50/s},"
                + " {until: 2h, rate: 5/s}]}"), 2, 6 * H);
        assertPoisson(50 * 3600, count(t, 0, H), "segment 0");
        assertPoisson(5 * 3600 * 5, count(t, H, 6 * H), "last segment, held");
        // Hold a zero rate to stop arrivals after the last segment.
        t = times(spec("{type: piecewise, repeat: false, segments: [{until: 30m, rate: 20/s},"
                + " {until: 31m, rate: 0/s}]}"), 2, 6 * H);
        assertPoisson(20 * 1800, t.length, "all before 30m");
        assertEquals(0, count(t, 30 * SimTime.MICROS_PER_MINUTE, 6 * H));
    }

    @Test
    void aSingleSegmentIsThePoissonProcessDrawForDraw() {
        long end = SimTime.seconds(600);
        assertArrayEquals(times(spec("{type: poisson, rate: 7/s}"), 9, end),
                times(spec("{type: piecewise, repeat: false, segments: [{until: 1h, rate: 7/s}]}"), 9, end));
    }

    @Test
    void sameSeedSameTimes() {
        String s = "{type: piecewise, segments: [{until: 10s, rate: 100/s}, {until: 20s, rate: 1/s}]}";
        assertArrayEquals(times(spec(s), 4, 5 * SimTime.MICROS_PER_MINUTE), times(spec(s), 4, 5 * SimTime.MICROS_PER_MINUTE));
    }
}

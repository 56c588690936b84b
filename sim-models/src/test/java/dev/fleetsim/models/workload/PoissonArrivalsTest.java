package dev.fleetsim.models.workload;

import static dev.fleetsim.models.workload.ArrivalTestSupport.assertPoisson;
import static dev.fleetsim.models.workload.ArrivalTestSupport.spec;
import static dev.fleetsim.models.workload.ArrivalTestSupport.times;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.models.scenario.ArrivalsSpec;
import dev.fleetsim.models.scenario.units.Rate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

class PoissonArrivalsTest {

    @Test
    void meanRateOverALongRun() {
        // 100/s for 10,000 s: N ~ Poisson(1e6).
        long[] t = times(new ArrivalsSpec.Poisson(new Rate(100)), 1, SimTime.seconds(10_000));
        assertPoisson(1_000_000, t.length, "arrivals");
    }

    @Test
    void gapsAreExponentialByInversionDrawForDraw() {
        // The same uniforms, by hand: gap = -ln(1 - U) / rate, rounded to the microsecond.
        RandomStream byHand = new RandomStreams(5).stream("arrivals/test", 0);
        long[] t = times(new ArrivalsSpec.Poisson(new Rate(40)), 5, SimTime.seconds(100));
        long now = 0;
        for (int i = 0; i < 1000; i++) {
            now += Math.round(-Math.log1p(-byHand.nextDouble()) / 40 * 1e6);
            assertEquals(now, t[i], "arrival " + i);
        }
    }

    @Test
    void noArrivalAtOrAfterTheEndTime() {
        long end = SimTime.seconds(50);
        long[] t = times(new ArrivalsSpec.Poisson(new Rate(1000)), 2, end);
        assertTrue(t[t.length - 1] < end);
    }

    @Test
    void sameSeedSameTimesOtherSeedOtherTimes() {
        ArrivalsSpec s = spec("{type: poisson, rate: 20/s}");
        long end = SimTime.seconds(100);
        assertArrayEquals(times(s, 3, end), times(s, 3, end));
        assertFalse(Arrays.equals(times(s, 3, end), times(s, 4, end)));
    }
}

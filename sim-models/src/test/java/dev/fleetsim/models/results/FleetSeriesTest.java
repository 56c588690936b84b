package dev.fleetsim.models.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FleetSeriesTest {

    @Test
    void levelsAreKeptAndCountsBecomePerMinuteIncreases() {
        FleetSeries.Recorder r = new FleetSeries.Recorder();
        double[] inService = {2, 3, 5};
        double[] totals = {0, 4, 4};
        for (int m = 0; m < 3; m++) {
            MinuteGauges g = r.forFleet("web");
            g.level(MinuteGauges.IN_SERVICE, inService[m]);
            g.count(MinuteGauges.SPOT_INTERRUPTIONS, totals[m]);
            r.endMinute();
        }
        FleetSeries s = r.build();
        assertArrayEquals(new double[] {2, 3, 5}, s.values("web", MinuteGauges.IN_SERVICE));
        assertArrayEquals(new double[] {0, 4, 0}, s.values("web", MinuteGauges.SPOT_INTERRUPTIONS));
        assertEquals(List.of("web"), s.fleets());
    }

    @Test
    void aGaugeFirstWrittenLateReadsZeroBeforeAndFleetsWithoutGaugesAreAbsent() {
        FleetSeries.Recorder r = new FleetSeries.Recorder();
        for (int m = 0; m < 40; m++) {
            r.forFleet("pool"); // writes nothing
            MinuteGauges g = r.forFleet("fn");
            if (m >= 30) g.level(MinuteGauges.CONCURRENCY, m);
            r.endMinute();
        }
        FleetSeries s = r.build();
        double[] c = s.values("fn", MinuteGauges.CONCURRENCY);
        assertEquals(40, c.length);
        assertEquals(0, c[29]);
        assertEquals(39, c[39]);
        assertTrue(s.has("fn", MinuteGauges.CONCURRENCY));
        assertFalse(s.has("pool", MinuteGauges.IN_SERVICE));
        assertEquals(List.of("fn"), s.fleets());
    }

    @Test
    void aRunningTotalThatDropsCountsFromZero() {
        FleetSeries.Recorder r = new FleetSeries.Recorder();
        double[] totals = {5, 1, 3};
        for (double t : totals) {
            r.forFleet("f").count(MinuteGauges.COLD_STARTS, t);
            r.endMinute();
        }
        assertArrayEquals(new double[] {5, 1, 2}, r.build().values("f", MinuteGauges.COLD_STARTS));
    }
}

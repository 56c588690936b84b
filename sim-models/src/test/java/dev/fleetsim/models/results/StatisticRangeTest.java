package dev.fleetsim.models.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatisticRangeTest {

    @Test
    void fractionsSavingsAndEverythingElse() {
        assertEquals(StatisticRange.FRACTION, StatisticRange.of("cold_start_ratio"));
        assertEquals(StatisticRange.FRACTION, StatisticRange.of("windows.peak.error_ratio"));
        assertEquals(StatisticRange.FRACTION, StatisticRange.of("fleets.web.wait_probability"));
        assertEquals(StatisticRange.FRACTION, StatisticRange.of("fleets.web.utilization"));
        assertEquals(StatisticRange.FRACTION, StatisticRange.of("commitments.coverage"));
        assertEquals(StatisticRange.ANY, StatisticRange.of("commitments.savings_usd"), "over-commitment saves less than 0");
        assertEquals(StatisticRange.NON_NEGATIVE, StatisticRange.of("fleets.web.spot_savings_usd"), "Spot never costs more");
        assertEquals(StatisticRange.NON_NEGATIVE, StatisticRange.of("latency_ms.p99"));
        // A Spot pool's name has dots of its own: the last segment decides.
        assertEquals(StatisticRange.NON_NEGATIVE, StatisticRange.of("fleets.web.pools.c6g.large/az1.interruptions"));
    }
}

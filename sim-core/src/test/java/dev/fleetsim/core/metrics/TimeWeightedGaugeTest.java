package dev.fleetsim.core.metrics;

import static dev.fleetsim.core.metrics.Statistic.AVERAGE;
import static dev.fleetsim.core.metrics.Statistic.MAXIMUM;
import static dev.fleetsim.core.metrics.Statistic.MINIMUM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.SimTime;
import org.junit.jupiter.api.Test;

class TimeWeightedGaugeTest {
    private static final long S = SimTime.MICROS_PER_SECOND;

    @Test
    void onePeriodGetsOneSampleTheTimeWeightedMean() {
        MetricSeries m = new MetricSeries(10);
        TimeWeightedGauge g = new TimeWeightedGauge(m);
        g.set(0, 2.0);
        g.set(30 * S, 4.0);
        m.advanceTo(60 * S);

        assertEquals(1, m.sampleCount(0));
        assertEquals(3.0, m.datapoint(0, AVERAGE));
        assertEquals(3.0, m.datapoint(0, MINIMUM));
        assertEquals(3.0, m.datapoint(0, MAXIMUM));
    }

    @Test
    void aShortSpikeWeighsByItsDuration() {
        MetricSeries m = new MetricSeries(10);
        TimeWeightedGauge g = new TimeWeightedGauge(m);
        g.set(0, 0.0);
        g.set(45 * S, 100.0);
        m.advanceTo(60 * S);
        assertEquals(25.0, m.datapoint(0, AVERAGE)); // 100 × 15 s / 60 s
    }

    @Test
    void aValueHeldAcrossPeriodsFeedsEachOfThem() {
        MetricSeries m = new MetricSeries(10);
        TimeWeightedGauge g = new TimeWeightedGauge(m);
        g.set(0, 5.0);
        g.set(150 * S, 1.0);
        m.advanceTo(180 * S);

        assertEquals(5.0, m.datapoint(0, AVERAGE));
        assertEquals(5.0, m.datapoint(1, AVERAGE));
        assertEquals(3.0, m.datapoint(2, AVERAGE)); // 5 for 30 s, then 1 for 30 s
    }

    @Test
    void undefinedTimeIsLeftOutAndAFullyUndefinedPeriodIsMissing() {
        MetricSeries m = new MetricSeries(10);
        TimeWeightedGauge g = new TimeWeightedGauge(m);
        assertFalse(g.isDefined());
        assertTrue(Double.isNaN(g.value()));
        g.set(15 * S, 8.0);
        g.set(30 * S, 2.0);
        g.clear(45 * S);
        g.set(150 * S, 2.0);
        m.advanceTo(180 * S);

        assertEquals(5.0, m.datapoint(0, AVERAGE)); // (8 × 15 + 2 × 15) / 30 over the defined 30 s
        assertFalse(m.hasDatapoint(1));
        assertEquals(2.0, m.datapoint(2, AVERAGE));
    }

    @Test
    void whoeverClosesThePeriodGetsTheGaugesContribution() {
        MetricSeries m = new MetricSeries(10);
        TimeWeightedGauge g = new TimeWeightedGauge(m);
        g.set(0, 7.0);
        m.advanceTo(60 * S); // e.g. an alarm evaluating at the boundary, before the gauge moves
        assertEquals(7.0, m.datapoint(0, AVERAGE));
        g.set(60 * S, 1.0); // a change at the boundary belongs to the next period
        m.advanceTo(120 * S);
        assertEquals(1.0, m.datapoint(1, AVERAGE));
    }

    @Test
    void misuseIsRejected() {
        MetricSeries m = new MetricSeries(10);
        TimeWeightedGauge g = new TimeWeightedGauge(m);
        g.set(50 * S, 1.0);
        assertThrows(IllegalArgumentException.class, () -> g.set(40 * S, 2.0));
        assertThrows(IllegalArgumentException.class, () -> g.set(60 * S, Double.NaN));
        assertThrows(IllegalStateException.class, () -> new TimeWeightedGauge(m));
    }
}

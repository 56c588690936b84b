package dev.fleetsim.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplicationTallyTest {

    @Test
    void studentIntervalMatchesAHandComputation() {
        ReplicationTally t = new ReplicationTally("x");
        for (double v : new double[] {1, 2, 3, 4, 5}) t.add(v);
        Summary s = t.summary();
        // mean 3, sample sd sqrt(2.5), t(0.975, 4) = 2.776445
        double half = 2.776445 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(5, s.n());
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(3.0 - half, s.ci95Low(), 1e-5);
        assertEquals(3.0 + half, s.ci95High(), 1e-5);
        assertEquals(1, s.min());
        assertEquals(5, s.max());
        assertTrue(s.intervalContains(2.0));
        assertFalse(s.intervalContains(0.5));
    }

    @Test
    void anIntervalIsCutToTheValuesTheStatisticCanTake() {
        ReplicationTally t = new ReplicationTally("drops");
        for (double v : new double[] {0, 0, 9}) t.add(v); // mean 3, the t-interval reaches far below 0
        Summary raw = t.summary();
        assertTrue(raw.ci95Low() < 0);
        Summary cut = raw.within(0, Double.POSITIVE_INFINITY);
        assertEquals(0.0, cut.ci95Low());
        assertEquals(raw.ci95High(), cut.ci95High());
        assertEquals(raw.mean(), cut.mean());
        Summary fraction = raw.within(0, 1);
        assertEquals(1.0, fraction.ci95High());
        ReplicationTally one = new ReplicationTally("one");
        one.add(5);
        assertFalse(one.summary().within(0, 1).hasInterval(), "no interval stays no interval");
    }

    @Test
    void constantSampleHasAZeroWidthInterval() {
        ReplicationTally t = new ReplicationTally("c");
        for (int i = 0; i < 4; i++) t.add(0.1);
        Summary s = t.summary();
        assertEquals(0.1, s.ci95Low(), 1e-12);
        assertEquals(0.1, s.ci95High(), 1e-12);
    }

    @Test
    void oneReplicationHasNoInterval() {
        ReplicationTally t = new ReplicationTally("one");
        t.add(7);
        Summary s = t.summary();
        assertEquals(7, s.mean());
        assertFalse(s.hasInterval());
        assertThrows(IllegalArgumentException.class, () -> t.add(Double.NaN));
    }
}

package dev.fleetsim.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeWeightedAverageTest {

    @Test
    void averagesAPiecewiseConstantQuantity() {
        TimeWeightedAverage a = new TimeWeightedAverage(0, 2);
        a.update(10, 4); // 2 over [0,10)
        a.update(30, 1); // 4 over [10,30)
        // 1 over [30,40): area = 20 + 80 + 10 = 110 over 40
        assertEquals(110.0 / 40, a.average(40), 1e-12);
        assertEquals(4, a.max());
        assertEquals(1, a.current());
    }

    @Test
    void resetExcludesTheWarmup() {
        TimeWeightedAverage a = new TimeWeightedAverage(0, 100);
        a.update(50, 3);
        a.reset(60);
        a.update(70, 5);
        // after reset: 3 over [60,70), 5 over [70,80)
        assertEquals(4.0, a.average(80), 1e-12);
        assertEquals(5, a.max());
        assertEquals(3, new TimeWeightedAverage(5, 3).average(5), "empty interval gives the value");
        assertThrows(IllegalArgumentException.class, () -> a.update(10, 1));
    }
}

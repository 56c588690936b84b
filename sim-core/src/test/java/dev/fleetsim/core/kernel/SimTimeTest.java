package dev.fleetsim.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SimTimeTest {
    @Test
    void convertsAtTheEdges() {
        assertEquals(90_000_000L, SimTime.seconds(90));
        assertEquals(250_000L, SimTime.millis(250));
        assertEquals(1_500_000L, SimTime.fromSeconds(1.5));
        assertEquals(1L, SimTime.fromSeconds(0.0000006), "rounds to the nearest microsecond");
        assertEquals(2.5, SimTime.toSeconds(2_500_000L));
        assertEquals(0.25, SimTime.toMillis(250L));
    }

    @Test
    void rejectsNegativeAndNonFiniteDurations() {
        assertThrows(IllegalArgumentException.class, () -> SimTime.fromSeconds(-1));
        assertThrows(IllegalArgumentException.class, () -> SimTime.fromSeconds(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SimTime.fromSeconds(Double.POSITIVE_INFINITY));
        assertThrows(ArithmeticException.class, () -> SimTime.seconds(Long.MAX_VALUE));
    }
}

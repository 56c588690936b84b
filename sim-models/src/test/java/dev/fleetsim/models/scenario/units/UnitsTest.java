package dev.fleetsim.models.scenario.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void parsesDurations() {
        assertEquals(250_000L, SimDuration.parse("250ms").micros());
        assertEquals(90_000_000L, SimDuration.parse("90s").micros());
        assertEquals(300_000_000L, SimDuration.parse("5m").micros());
        assertEquals(300_000_000L, SimDuration.parse("5min").micros());
        assertEquals(7_200_000_000L, SimDuration.parse("2h").micros());
        assertEquals(14 * 86_400_000_000L, SimDuration.parse("14d").micros());
        assertEquals(1_500_000L, SimDuration.parse("1.5s").micros());
        assertEquals(7L, SimDuration.parse("7us").micros());
        assertEquals("90s", SimDuration.parse("1.5m").toString());
        assertEquals("250ms", SimDuration.parse("0.25s").toString());
    }

    @Test
    void rejectsDurationsWithoutUnitsOrWithSigns() {
        for (String bad : new String[] {"90", "-5s", "5 parsecs", "", "s"}) {
            UnitFormatException e = assertThrows(UnitFormatException.class, () -> SimDuration.parse(bad));
            assertEquals(SimDuration.EXPECTED, e.expected());
        }
    }

    @Test
    void parsesRates() {
        assertEquals(800.0, Rate.parse("800/s").perSecond());
        assertEquals(200.0, Rate.parse("12000/min").perSecond());
        assertEquals(200.0, Rate.parse("12000/m").perSecond());
        assertEquals(1.0, Rate.parse("3600/h").perSecond());
        assertEquals(1.0, Rate.parse("86400/d").perSecond());
        assertEquals(0.5, Rate.parse("0.5/s").perSecond());
        assertThrows(UnitFormatException.class, () -> Rate.parse("800"));
        assertThrows(UnitFormatException.class, () -> Rate.parse("800/fortnight"));
    }
}

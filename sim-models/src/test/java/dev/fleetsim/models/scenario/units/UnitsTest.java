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
        assertEquals(250_000L, SimDuration.parse("250 ms").micros(), "a space before the unit is allowed (documented)");
        assertEquals(5.0, Rate.parse("5 /s").perSecond());
        assertEquals(2L << 30, DataSize.parse("2 GB").bytes());
    }

    @Test
    void rejectsDurationsWithoutUnitsOrWithSigns() {
        for (String bad : new String[] {"90", "5 parsecs", "", "s", "-5"}) {
            UnitFormatException e = assertThrows(UnitFormatException.class, () -> SimDuration.parse(bad));
            assertEquals(SimDuration.EXPECTED, e.expected());
        }
        // A negative duration has its unit: the sign is what is wrong.
        UnitFormatException e = assertThrows(UnitFormatException.class, () -> SimDuration.parse("-5s"));
        assertEquals("expected a duration >= 0, found '-5s'", e.getMessage());
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

    @Test
    void parsesSizesInBinaryUnits() {
        assertEquals(512L << 20, DataSize.parse("512MB").bytes());
        assertEquals(2L << 30, DataSize.parse("2GB").bytes());
        assertEquals(2L << 30, DataSize.parse("2GiB").bytes());
        assertEquals(1536L << 20, DataSize.parse("1.5GB").bytes());
        assertEquals(10240.0, DataSize.parse("10GB").megabytes());
        assertEquals("512MB", DataSize.parse("512MB").toString());
        assertEquals("2GB", DataSize.parse("2048MB").toString());
        UnitFormatException e = assertThrows(UnitFormatException.class, () -> DataSize.parse("512"));
        assertEquals(DataSize.EXPECTED, e.expected());
        assertThrows(UnitFormatException.class, () -> DataSize.parse("5 parsecs"));
    }

    @Test
    void parsesFractionsAsNumbersOrPercentages() {
        assertEquals(0.001, Fraction.parse("0.1%").value(), 1e-15);
        assertEquals(0.5, Fraction.parse("50%").value());
        assertEquals(0.5, Fraction.parse("0.5").value());
        assertEquals(1.0, Fraction.parse("100%").value());
        UnitFormatException e = assertThrows(UnitFormatException.class, () -> Fraction.parse("50"));
        assertEquals("a fraction between 0 and 1, or a percentage like 50%", e.expected());
        assertThrows(UnitFormatException.class, () -> Fraction.parse("150%"));
        assertThrows(UnitFormatException.class, () -> Fraction.parse("half"));
    }
}

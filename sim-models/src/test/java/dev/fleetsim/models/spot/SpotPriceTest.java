package dev.fleetsim.models.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.distribution.DataFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spot prices over time: the step function, its integral, and the CSV it is read from. */
class SpotPriceTest {
    private static final long H = SimTime.MICROS_PER_HOUR;
    private static final Map<String, Double> ON_DEMAND = Map.of("c6g.large", 0.068, "m6g.large", 0.077);

    @TempDir
    Path dir;

    @Test
    void anInstancePaysThePriceInForceSecondBySecond() {
        SpotPrice p = SpotPrice.steps(0.02, new long[] {H, 3 * H}, new double[] {0.03, 0.01});
        assertEquals(0.02, p.at(0));
        assertEquals(0.03, p.at(H));
        assertEquals(0.01, p.at(10 * H));
        // From 0:30 to 3:30: half an hour at 0.02, two at 0.03, half an hour at 0.01.
        assertEquals(0.5 * 0.02 + 2 * 0.03 + 0.5 * 0.01, p.usd(H / 2, 3 * H + H / 2), 1e-15);
        assertEquals(0, p.usd(H, H));
        assertEquals(5 * 0.04, SpotPrice.constant(0.04).usd(-H, 4 * H), 1e-15);
    }

    @Test
    void aPoolUsesItsOwnRowsOrItsTypesWildcardRowsAndItsFractionPriceBefore() throws IOException {
        Path f = write("""
                # observed in us-east-1
                time,instance_type,zone,price_per_hour
                0s,c6g.large,*,0.025
                6h,c6g.large,*,0.030
                2h,c6g.large,2,0.020
                """);
        SpotPriceHistory h = SpotPriceHistory.read(f, "p.csv", ON_DEMAND, 3);
        SpotPrice z1 = h.price("c6g.large", 1, 0.0238);
        assertEquals(0.025, z1.at(0));
        assertEquals(0.030, z1.at(6 * H));
        SpotPrice z2 = h.price("c6g.large", 2, 0.0238);
        assertEquals(0.0238, z2.at(H), "its own rows start at 2h; before, the fraction price");
        assertEquals(0.020, z2.at(2 * H));
        assertEquals(0.04, h.price("m6g.large", 1, 0.04).at(5 * H), "no rows: constant");
    }

    @Test
    void badFilesAreRefusedWithTheLineAndColumn() throws IOException {
        assertError("time,type,price\n", "p.csv:1:1: expected the header time,instance_type,zone,price_per_hour, found 'time,type,price'");
        assertError("time,instance_type,zone,price_per_hour\n0s,c5.large,1,0.03\n",
                "p.csv:2:4: expected one of the group's instance types");
        assertError("time,instance_type,zone,price_per_hour\n0s,c6g.large,4,0.03\n",
                "p.csv:2:14: expected a zone from 1 to 3 or *, found '4'");
        assertError("time,instance_type,zone,price_per_hour\n2h,c6g.large,1,0.03\n1h,c6g.large,1,0.02\n",
                "p.csv:3:1: expected times of c6g.large zone 1 not to go back, found 1h after a later time");
        assertError("time,instance_type,zone,price_per_hour\n0s,c6g.large,1,0.09\n",
                "p.csv:2:16: expected a Spot price at most c6g.large's On-Demand price 0.068 (AWS caps Spot at On-Demand), found 0.09");
        assertError("time,instance_type,zone,price_per_hour\nsoon,c6g.large,1,0.03\n",
                "p.csv:2:1: expected a time from the start of the run, like 0s, 6h or 1d12h, found 'soon'");
    }

    private void assertError(String csv, String expected) throws IOException {
        Path f = write(csv);
        DataFileException e = assertThrows(DataFileException.class, () -> SpotPriceHistory.read(f, "p.csv", ON_DEMAND, 3));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    private Path write(String csv) throws IOException {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, csv);
        return f;
    }
}

package dev.fleetsim.models.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.scenario.Ec2InstanceTypeSpec;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final InstanceCatalog catalog = InstanceCatalog.builtIn();

    @Test
    void holdsTheRequiredFamiliesAndSizes() {
        for (String family : List.of("t3", "t4g", "m5", "m6i", "m6g", "m7g", "c5", "c6i", "c6g", "c7g", "r5", "r6g")) {
            for (String size : List.of("large", "xlarge", "2xlarge", "4xlarge")) {
                boolean burstable = family.startsWith("t");
                if (burstable && size.equals("4xlarge")) {
                    continue; // there is no t3.4xlarge or t4g.4xlarge
                }
                assertTrue(catalog.find(family + "." + size).isPresent(), family + "." + size);
            }
        }
        assertEquals(46, catalog.names().size());
    }

    @Test
    void readsNumbersFromTheDataFile() {
        InstanceType c6g = catalog.find("c6g.large").orElseThrow();
        assertEquals(2, c6g.vcpus());
        assertEquals(4, c6g.memoryGib());
        assertEquals("arm64", c6g.architecture());
        assertEquals(0.068, c6g.pricePerHour());
        assertEquals(1.23, c6g.speed());
        InstanceType m5 = catalog.find("m5.4xlarge").orElseThrow();
        assertEquals(16, m5.vcpus());
        assertEquals(1.0, m5.speed());
        assertEquals(0.768, m5.pricePerHour());
        assertEquals(0.08, catalog.ebsPricePerGbMonth());
    }

    @Test
    void scenarioOverridesReplaceCatalogNumbers() {
        InstanceType t = catalog.resolve(new Ec2InstanceTypeSpec("c6g.large", null, 1.1, 0.07));
        assertEquals(2, t.vcpus());
        assertEquals(1.1, t.speed());
        assertEquals(0.07, t.pricePerHour());
        InstanceType custom = catalog.resolve(new Ec2InstanceTypeSpec("my.type", 3, 0.5, 0.2));
        assertEquals(3, custom.vcpus());
        assertEquals(0.5, custom.speed());
    }

    @Test
    void malformedDataNamesFileAndLine() {
        String types = "# comment\ntype,vcpus,memory_gib,architecture,speed,price_per_hour_usd\nx.large,2,8,arm64,fast,0.1\n";
        String ebs = "volume_type,usd_per_gb_month\ngp3,0.08\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InstanceCatalog.parse(new StringReader(types), "types.csv", new StringReader(ebs), "ebs.csv"));
        assertTrue(e.getMessage().startsWith("types.csv:3: "), e.getMessage());
    }
}

package dev.fleetsim.models.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetsim.models.results.ResultValues;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The sweep's JSON nests every point's results like fleetsim run does, whatever keys a point has. */
class SweepOutputTest {

    @Test
    void aResultOnlyLaterPointsHaveStaysInsideItsParentObject() throws Exception {
        SweepPlan plan = new SweepPlan(SweepMode.GRID, List.of(SweepAxis.parse("pc=0,40")), 1);
        SweepManifest m = new SweepManifest("s", "h", List.of(), SweepMode.GRID, plan.axes(), 1, 1, 2, Shard.ALL);
        ResultValues first = new ResultValues();
        first.put(1.0, "cost_usd", "total");
        first.put(1.0, "cost_usd", "by_purchase_option", "on-demand");
        first.put(5.0, "fleets", "api", "cold_starts");
        ResultValues second = new ResultValues();
        second.put(2.0, "cost_usd", "total");
        second.put(1.5, "cost_usd", "by_purchase_option", "on-demand");
        second.put(0.5, "cost_usd", "by_purchase_option", "provisioned"); // only at the second point
        second.put(3.0, "fleets", "api", "cold_starts");
        Map<Long, TaskResult> results = new TreeMap<>(Map.of(0L, TaskResult.of(0, 0, 0, first), 1L, TaskResult.of(1, 1, 0, second)));
        String json = new SweepOutput(SweepTable.of(m, plan, results), null).json();
        JsonNode doc = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(json);
        JsonNode cost = doc.get("points").get(1).get("results").get("cost_usd");
        assertEquals(2.0, cost.get("total").get("mean").asDouble());
        assertEquals(0.5, cost.get("by_purchase_option").get("provisioned").get("mean").asDouble());
        assertEquals(1.5, cost.get("by_purchase_option").get("on-demand").get("mean").asDouble());
    }
}

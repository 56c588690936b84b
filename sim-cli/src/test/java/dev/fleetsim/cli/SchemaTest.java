package dev.fleetsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void committedSchemaMatchesTheRecords() throws IOException {
        Path committed = CliTestSupport.scenarios().resolve("fleetsim.schema.json");
        CliTestSupport.Result r = CliTestSupport.run("schema");
        assertEquals(0, r.exit());
        assertEquals(Files.readString(committed), r.out(),
                "scenarios/fleetsim.schema.json is stale: refresh it with ./fleetsim schema > scenarios/fleetsim.schema.json");
    }

    @Test
    void schemaDescribesFieldsUnitsAndTypes() throws IOException {
        JsonNode s = new ObjectMapper().readTree(CliTestSupport.run("schema").out());
        assertEquals("[\"name\",\"horizon\",\"workloads\",\"fleets\"]", s.get("required").toString());
        assertEquals(false, s.get("additionalProperties").asBoolean());
        assertEquals("#/$defs/duration", s.get("properties").get("horizon").get("$ref").asText());
        assertTrue(s.get("$defs").get("duration").get("pattern").asText().contains("ms"));
        JsonNode fleet = s.get("$defs").get("FleetSpec").get("oneOf").get(0);
        assertEquals("fixed-pool", fleet.get("properties").get("type").get("const").asText());
        assertEquals("[\"type\",\"name\",\"servers\"]", fleet.get("required").toString());
        JsonNode workload = s.get("$defs").get("WorkloadSpec");
        assertTrue(workload.get("properties").has("service_time"), "snake_case property names");
    }

    @Test
    void everyFieldOfTheSchemaIsInTheScenarioReference() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(CliTestSupport.scenarios().resolve("fleetsim.schema.json")));
        String reference = Files.readString(CliTestSupport.scenarios().resolveSibling("docs").resolve("scenario-reference.md"));
        Set<String> names = new TreeSet<>();
        collectPropertyNames(schema, names);
        assertTrue(names.size() > 200, "the walk finds the fields: " + names.size());
        List<String> missing = names.stream()
                // documented on their own (`name`) or as part of a dotted path (`scaling_rate.burst`, `parameters[].path`)
                .filter(n -> !Pattern.compile("`([a-z_\\[\\]]+\\.)*" + n + "(\\[\\])?(\\.[a-z_\\[\\]]+)*`").matcher(reference).find())
                .toList();
        assertEquals(List.of(), missing, "fields of the schema missing from docs/scenario-reference.md");
    }

    private static void collectPropertyNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("properties") && e.getValue().isObject()) {
                    e.getValue().fieldNames().forEachRemaining(names::add);
                }
                collectPropertyNames(e.getValue(), names);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectPropertyNames(n, names));
        }
    }
}

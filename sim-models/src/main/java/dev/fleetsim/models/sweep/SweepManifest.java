package dev.fleetsim.models.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetsim.models.scenario.YamlEnum;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What identifies a sweep, stored beside its task files: the scenario (its name and a hash of
 * its text and overrides), the axes, mode, replications and seed, and which shard this directory
 * holds. Resuming refuses a directory of another sweep; merging refuses shards of different
 * sweeps.
 */
public record SweepManifest(String scenario, String scenarioSha256, List<String> overrides, SweepMode mode,
        List<SweepAxis> axes, int replications, long seed, long tasks, Shard shard, String file) {
    public static final String FILE = "sweep-manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param file the scenario file as the sweep command named it, so that {@code merge} can print
     *             the command that finishes a shard; null when not known (older manifests). Not
     *             part of what identifies the sweep.
     */
    public SweepManifest {
        overrides = List.copyOf(overrides);
        axes = List.copyOf(axes);
    }

    public SweepManifest(String scenario, String scenarioSha256, List<String> overrides, SweepMode mode,
            List<SweepAxis> axes, int replications, long seed, long tasks, Shard shard) {
        this(scenario, scenarioSha256, overrides, mode, axes, replications, seed, tasks, shard, null);
    }

    /**
     * The {@code fleetsim sweep} command that runs (or, with {@code --resume}, finishes) this
     * manifest's shard in {@code dir}: the scenario file, the {@code --set} overrides (seed and
     * replications included), the parameters and mode, the shard. The parameters are given with
     * {@code --param} unless a value holds a comma, which only the scenario's {@code sweep:}
     * section can express (then they come from there).
     */
    public String command(String dir) {
        StringBuilder sb = new StringBuilder("fleetsim sweep ").append(file != null ? shellWord(file) : "FILE");
        overrides.forEach(o -> sb.append(" --set ").append(shellWord(o)));
        boolean commas = axes.stream().anyMatch(a -> a.values().stream().anyMatch(v -> v.contains(",")));
        if (!commas) {
            axes.forEach(a -> sb.append(" --param ").append(shellWord(a.path() + "=" + String.join(",", a.values()))));
        }
        sb.append(" --mode ").append(mode.yamlName());
        sb.append(" --shard ").append(shard).append(" --out ").append(shellWord(dir)).append(" --resume");
        return sb.toString();
    }

    /** {@code text} as one shell word: bare if it is plain, else in single quotes. */
    static String shellWord(String text) {
        if (!text.isEmpty() && text.matches("[A-Za-z0-9_./:=,@%+-]+")) {
            return text;
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** Whether {@code other} is the same sweep (its shard aside). */
    public boolean sameSweep(SweepManifest other) {
        return scenario.equals(other.scenario) && scenarioSha256.equals(other.scenarioSha256)
                && overrides.equals(other.overrides) && mode == other.mode && axes.equals(other.axes)
                && replications == other.replications && seed == other.seed && tasks == other.tasks;
    }

    public SweepManifest withShard(Shard s) {
        return new SweepManifest(scenario, scenarioSha256, overrides, mode, axes, replications, seed, tasks, s, file);
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        root.put("scenario", scenario);
        root.put("scenario_sha256", scenarioSha256);
        ArrayNode o = root.putArray("overrides");
        overrides.forEach(o::add);
        root.put("mode", mode.yamlName());
        ArrayNode a = root.putArray("axes");
        for (SweepAxis axis : axes) {
            ObjectNode n = a.addObject();
            n.put("path", axis.path());
            ArrayNode v = n.putArray("values");
            axis.values().forEach(v::add);
        }
        root.put("replications", replications);
        root.put("seed", seed);
        root.put("tasks", tasks);
        root.put("shard", shard.toString());
        if (file != null) {
            root.put("file", file);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads {@link #toJson()}'s form; {@code where} names the file in errors. */
    public static SweepManifest fromJson(String text, String where) {
        try {
            JsonNode n = JSON.readTree(text);
            List<String> overrides = new ArrayList<>();
            n.get("overrides").forEach(x -> overrides.add(x.asText()));
            List<SweepAxis> axes = new ArrayList<>();
            for (JsonNode a : n.get("axes")) {
                List<String> values = new ArrayList<>();
                a.get("values").forEach(x -> values.add(x.asText()));
                axes.add(new SweepAxis(a.get("path").asText(), values));
            }
            return new SweepManifest(n.get("scenario").asText(), n.get("scenario_sha256").asText(), overrides,
                    YamlEnum.parse(SweepMode.class, n.get("mode").asText()), axes, n.get("replications").asInt(), n.get("seed").asLong(),
                    n.get("tasks").asLong(), Shard.parse(n.get("shard").asText()), n.hasNonNull("file") ? n.get("file").asText() : null);
        } catch (IOException | RuntimeException e) {
            throw new SweepException(where + ": expected a sweep manifest written by fleetsim sweep, found something else");
        }
    }
}

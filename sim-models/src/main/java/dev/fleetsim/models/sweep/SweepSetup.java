package dev.fleetsim.models.sweep;

import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioLoader;
import dev.fleetsim.models.scenario.ScenarioSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A sweep ready to run: the base scenario, its plan and the scenario of every point, each
 * loaded and validated before any task runs, so a bad value fails at once and names its point.
 */
public final class SweepSetup {
    private final ScenarioSpec base;
    private final SweepPlan plan;
    private final List<ScenarioSpec> points;
    private final SweepManifest manifest;

    private SweepSetup(ScenarioSpec base, SweepPlan plan, List<ScenarioSpec> points, SweepManifest manifest) {
        this.base = base;
        this.plan = plan;
        this.points = points;
        this.manifest = manifest;
    }

    /**
     * @param file      how errors name the scenario
     * @param text      the scenario's text
     * @param overrides {@code --set} overrides applied to every point (seed and replications included)
     * @param axes      {@code --param} axes; empty: the scenario's {@code sweep:} section
     * @param mode      grid or zip; null: the scenario's (grid by default)
     */
    public static SweepSetup load(String file, String text, List<String> overrides, List<SweepAxis> axes, SweepMode mode) {
        ScenarioLoader loader = new ScenarioLoader();
        ScenarioSpec base = loader.load(file, text, overrides);
        List<SweepAxis> useAxes = !axes.isEmpty() ? axes : base.sweep() != null ? base.sweep().axes() : List.of();
        SweepMode useMode = mode != null ? mode : base.sweep() != null ? base.sweep().mode() : SweepMode.GRID;
        SweepPlan plan = new SweepPlan(useMode, useAxes, base.replications());
        List<ScenarioSpec> points = new ArrayList<>(plan.points().size());
        for (int p = 0; p < plan.points().size(); p++) {
            List<String> all = new ArrayList<>(overrides);
            all.addAll(plan.overrides(p));
            try {
                points.add(loader.load(file, text, all));
            } catch (ScenarioException e) {
                throw new SweepException("point " + p + " (" + String.join(", ", plan.overrides(p)) + "): "
                        + e.problems().get(0).oneLine());
            }
        }
        SweepManifest manifest = new SweepManifest(base.name(), sha256(text), overrides, useMode, useAxes,
                base.replications(), base.seed(), plan.taskCount(), Shard.ALL, file);
        return new SweepSetup(base, plan, List.copyOf(points), manifest);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ScenarioSpec base() {
        return base;
    }

    public SweepPlan plan() {
        return plan;
    }

    /** The scenario of point {@code p}. */
    public ScenarioSpec point(int p) {
        return points.get(p);
    }

    /** The manifest of the whole sweep (shard 1/1). */
    public SweepManifest manifest() {
        return manifest;
    }
}

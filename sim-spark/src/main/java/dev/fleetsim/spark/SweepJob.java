package dev.fleetsim.spark;

import dev.fleetsim.models.sweep.SweepAxis;
import dev.fleetsim.models.sweep.SweepMode;
import dev.fleetsim.models.sweep.SweepSetup;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What every Spark task needs to rebuild the sweep on its executor: the scenario's name and text,
 * the overrides, the axes and the mode, as plain strings (the scenario records are not
 * serialisable, and shipping text keeps executors independent of the driver's objects).
 * Relative file paths inside the scenario (traces, data files) resolve against {@code file}'s
 * directory on the executor, so on a cluster they must exist there too.
 */
public record SweepJob(String file, String text, ArrayList<String> overrides, ArrayList<String> axisPaths,
        ArrayList<ArrayList<String>> axisValues, String mode) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static SweepJob of(String file, String text, List<String> overrides, List<SweepAxis> axes, SweepMode mode) {
        ArrayList<String> paths = new ArrayList<>();
        ArrayList<ArrayList<String>> values = new ArrayList<>();
        for (SweepAxis a : axes) {
            paths.add(a.path());
            values.add(new ArrayList<>(a.values()));
        }
        return new SweepJob(file, text, new ArrayList<>(overrides), paths, values, mode == null ? null : mode.yamlName());
    }

    /** Loads and validates the sweep (driver and executors alike). */
    public SweepSetup setup() {
        List<SweepAxis> axes = new ArrayList<>();
        for (int i = 0; i < axisPaths.size(); i++) {
            axes.add(new SweepAxis(axisPaths.get(i), axisValues.get(i)));
        }
        return SweepSetup.load(file, text, overrides, axes, mode == null ? null : dev.fleetsim.models.scenario.YamlEnum.parse(SweepMode.class, mode));
    }
}

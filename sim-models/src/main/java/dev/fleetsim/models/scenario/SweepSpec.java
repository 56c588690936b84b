package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.sweep.SweepAxis;
import dev.fleetsim.models.sweep.SweepException;
import dev.fleetsim.models.sweep.SweepMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters {@code fleetsim sweep} varies when none are given with {@code --param}; ignored
 * by {@code run}. Documented in docs/scenario-reference.md (Sweeps).
 *
 * @param mode       grid (every combination, the default) or zip (k-th values together)
 * @param parameters the swept fields and their values
 */
public record SweepSpec(
        @JsonPropertyDescription("grid (default: every combination) or zip (the k-th values together; equal lengths).") SweepMode mode,
        @Required @JsonPropertyDescription("Swept fields: [{path, values}] or [{path, range: FROM..TO:STEP}].")
                List<Parameter> parameters) {

    public SweepSpec {
        mode = mode == null ? SweepMode.GRID : mode;
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /**
     * One swept field.
     *
     * @param path   the field, as {@code --set} writes it: {@code fleets[web].capacity.max}
     * @param values the values it takes, as YAML scalars
     * @param range  or {@code FROM..TO:STEP}, both ends included
     */
    public record Parameter(
            @Required @JsonPropertyDescription("The field, as --set writes it, like fleets[web].warm_pool.min_size.") String path,
            @JsonPropertyDescription("The values it takes, like [0, 2, 4].") List<String> values,
            @JsonPropertyDescription("Or a numeric range FROM..TO:STEP, ends included, like 30..80:10.") String range) {

        SweepAxis axis() {
            return new SweepAxis(path, values != null ? values : SweepAxis.range(path, range));
        }
    }

    public void validate(String path, Findings f) {
        f.require(!parameters.isEmpty(), path + ".parameters", "expected at least one parameter, like [{path: fleets[web].capacity.max, values: [10, 20]}], found none");
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            String at = path + ".parameters[" + i + "]";
            if (!f.present(p, at, "a parameter, like {path: fleets[web].capacity.max, values: [10, 20]}")
                    || !f.present(p.path(), at + ".path", "the field to sweep, like fleets[web].capacity.max")) {
                continue;
            }
            if (!f.require((p.values() == null) != (p.range() == null), at,
                    "expected either values or range, found " + (p.values() == null ? "neither" : "both"))) {
                continue;
            }
            try {
                p.axis();
            } catch (SweepException e) {
                f.add(p.values() != null ? at + ".values" : at + ".range", e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
            }
        }
    }

    /** The axes, in order. */
    public List<SweepAxis> axes() {
        List<SweepAxis> out = new ArrayList<>();
        parameters.forEach(p -> out.add(p.axis()));
        return out;
    }
}

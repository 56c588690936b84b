package dev.fleetsim.models.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a bound scenario for what binding cannot: required fields, ranges, names that must be
 * unique, references that must resolve. Nested specs validate themselves; this class checks the
 * top level and what ties the parts together.
 */
final class ScenarioValidator {
    private static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    List<Findings.Finding> validate(ScenarioSpec s) {
        Findings f = new Findings();
        f.require(s.name() != null && !s.name().isBlank(), "name", "expected a scenario name, found nothing");
        if (f.present(s.horizon(), "horizon", "a duration with a unit, like 2h")) {
            f.require(s.horizon().micros() > 0, "horizon", "expected a horizon > 0, found " + s.horizon());
            f.require(s.warmup().micros() < s.horizon().micros(), "warmup",
                    "expected a warm-up shorter than the horizon (" + s.horizon() + "), found " + s.warmup());
        }
        f.require(s.replications() >= 1, "replications", "expected an integer >= 1, found " + s.replications());
        Set<String> windowNames = new java.util.LinkedHashSet<>();
        for (int i = 0; i < s.windows().size(); i++) {
            WindowSpec w = s.windows().get(i);
            String p = "windows[" + i + "]";
            if (!f.present(w, p, "a window, like {name: morning_ramp, from: 7h, to: 10h, every: 1d}")) {
                continue;
            }
            if (checkName(f, w.name(), p, "window") && !windowNames.add(w.name())) {
                f.add(p + ".name", "duplicate window name '" + w.name() + "'");
            }
            w.validate(p, f, s.warmup(), s.horizon());
        }
        if (s.slo() != null) {
            s.slo().validate("slo", f);
            String w = s.slo().window();
            if (w != null && !windowNames.contains(w)) {
                String hint = Suggestions.closest(w, windowNames);
                f.add("slo.window", "expected the name of a window (" + (windowNames.isEmpty() ? "none defined under windows"
                        : String.join(", ", windowNames)) + "), found '" + w + "'"
                        + (hint != null ? " (did you mean '" + hint + "'?)" : ""));
            }
        }
        if (s.sweep() != null) {
            s.sweep().validate("sweep", f);
        }
        for (int i = 0; i < s.commitments().size(); i++) {
            CommitmentSpec c = s.commitments().get(i);
            String p = "commitments[" + i + "]";
            if (f.present(c, p, "a commitment, like {type: compute-savings-plan, usd_per_hour: 2, term: 1yr, payment: no-upfront}")) {
                c.validate(p, f);
                if (c instanceof CommitmentSpec.ReservedInstance ri && ri.instanceType() != null) {
                    f.require(dev.fleetsim.models.ec2.InstanceCatalog.builtIn().find(ri.instanceType()).isPresent(),
                            p + ".instance_type", "expected an instance type from the catalog (its On-Demand price sets the fee), found '"
                                    + ri.instanceType() + "'");
                }
            }
        }
        f.require(!s.fleets().isEmpty(), "fleets", "expected at least one fleet, found none");
        f.require(!s.workloads().isEmpty(), "workloads", "expected at least one workload, found none");

        Set<String> fleetNames = new HashSet<>();
        for (int i = 0; i < s.fleets().size(); i++) {
            FleetSpec fleet = s.fleets().get(i);
            String p = "fleets[" + i + "]";
            if (checkName(f, fleet.name(), p, "fleet") && !fleetNames.add(fleet.name())) {
                f.add(p + ".name", "duplicate fleet name '" + fleet.name() + "'");
            }
            fleet.validate(p, f);
        }
        LambdaSpec.validateAccount(s.fleets(), f);
        Set<String> workloadNames = new HashSet<>();
        for (int i = 0; i < s.workloads().size(); i++) {
            WorkloadSpec w = s.workloads().get(i);
            String p = "workloads[" + i + "]";
            if (checkName(f, w.name(), p, "workload") && !workloadNames.add(w.name())) {
                f.add(p + ".name", "duplicate workload name '" + w.name() + "'");
            }
            if (f.present(w.arrivals(), p + ".arrivals", "an arrival process")) {
                w.arrivals().validate(p + ".arrivals", f);
            }
            if (f.present(w.serviceTime(), p + ".service_time", "a distribution")) {
                w.serviceTime().validate(p + ".service_time", f);
            }
            if (w.retry() != null) {
                w.retry().validate(p + ".retry", f);
            }
            if (w.timeout() != null) {
                f.require(w.timeout().micros() > 0, p + ".timeout", "expected a timeout > 0, found " + w.timeout());
            }
            if (f.present(w.target(), p + ".target", "the name of a fleet") && !fleetNames.contains(w.target())) {
                String hint = Suggestions.closest(w.target(), fleetNames);
                List<String> known = new ArrayList<>(fleetNames);
                Collections.sort(known);
                f.add(p + ".target", "expected the name of a fleet (" + String.join(", ", known) + "), found '"
                        + w.target() + "'" + (hint != null ? " (did you mean '" + hint + "'?)" : ""));
            }
        }
        return f.list();
    }

    private static boolean checkName(Findings f, String name, String path, String what) {
        if (!f.require(name != null && !name.isBlank(), path + ".name", "expected a " + what + " name, found nothing")) {
            return false;
        }
        return f.require(name.matches(NAME_PATTERN), path + ".name", "expected a " + what
                + " name of letters, digits, '.', '_' or '-', found '" + name + "'");
    }
}

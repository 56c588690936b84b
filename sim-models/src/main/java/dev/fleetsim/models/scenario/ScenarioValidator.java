package dev.fleetsim.models.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a bound scenario for what binding cannot: required fields, ranges, names that must be
 * unique, references that must resolve. Findings carry the field path; the loader adds positions.
 */
final class ScenarioValidator {

    record Finding(String path, String message) {}

    private final List<Finding> findings = new ArrayList<>();

    List<Finding> validate(ScenarioSpec s) {
        findings.clear();
        require(s.name() != null && !s.name().isBlank(), "name", "expected a scenario name, found nothing");
        require(s.horizon() != null, "horizon", "expected a duration with a unit, like 2h, found nothing");
        if (s.horizon() != null) {
            require(s.horizon().micros() > 0, "horizon", "expected a horizon > 0, found " + s.horizon());
            require(s.warmup().micros() < s.horizon().micros(), "warmup",
                    "expected a warm-up shorter than the horizon (" + s.horizon() + "), found " + s.warmup());
        }
        require(s.replications() >= 1, "replications", "expected an integer >= 1, found " + s.replications());
        require(!s.fleets().isEmpty(), "fleets", "expected at least one fleet, found none");
        require(!s.workloads().isEmpty(), "workloads", "expected at least one workload, found none");

        Set<String> fleetNames = new HashSet<>();
        for (int i = 0; i < s.fleets().size(); i++) {
            FleetSpec f = s.fleets().get(i);
            String p = "fleets[" + i + "]";
            if (checkName(f.name(), p, "fleet") && !fleetNames.add(f.name())) {
                findings.add(new Finding(p + ".name", "duplicate fleet name '" + f.name() + "'"));
            }
            if (f instanceof FleetSpec.FixedPool pool) {
                require(pool.servers() != null, p + ".servers", "expected the number of servers, found nothing");
                if (pool.servers() != null) {
                    require(pool.servers() >= 1, p + ".servers", "expected an integer >= 1, found " + pool.servers());
                }
            }
        }
        Set<String> workloadNames = new HashSet<>();
        for (int i = 0; i < s.workloads().size(); i++) {
            WorkloadSpec w = s.workloads().get(i);
            String p = "workloads[" + i + "]";
            if (checkName(w.name(), p, "workload") && !workloadNames.add(w.name())) {
                findings.add(new Finding(p + ".name", "duplicate workload name '" + w.name() + "'"));
            }
            require(w.arrivals() != null, p + ".arrivals", "expected an arrival process, found nothing");
            if (w.arrivals() instanceof ArrivalsSpec.Poisson poisson) {
                require(poisson.rate() != null, p + ".arrivals.rate", "expected a rate with a unit, like 800/s, found nothing");
                if (poisson.rate() != null) {
                    require(poisson.rate().perSecond() > 0, p + ".arrivals.rate",
                            "expected a rate > 0, found " + poisson.rate());
                }
            }
            require(w.serviceTime() != null, p + ".service_time", "expected a distribution, found nothing");
            if (w.serviceTime() != null) {
                require(w.serviceTime().mean() != null, p + ".service_time",
                        "expected the distribution's " + (w.serviceTime() instanceof DistributionSpec.Constant ? "value" : "mean")
                                + ", found nothing");
                if (w.serviceTime() instanceof DistributionSpec.Exponential e && e.mean() != null) {
                    require(e.mean().micros() > 0, p + ".service_time.mean", "expected a mean > 0, found " + e.mean());
                }
            }
            if (w.target() == null) {
                findings.add(new Finding(p + ".target", "expected the name of a fleet, found nothing"));
            } else if (!fleetNames.contains(w.target())) {
                String hint = Suggestions.closest(w.target(), fleetNames);
                findings.add(new Finding(p + ".target", "expected the name of a fleet (" + String.join(", ", sorted(fleetNames))
                        + "), found '" + w.target() + "'" + (hint != null ? " (did you mean '" + hint + "'?)" : "")));
            }
        }
        return List.copyOf(findings);
    }

    private boolean checkName(String name, String path, String what) {
        if (name == null || name.isBlank()) {
            findings.add(new Finding(path + ".name", "expected a " + what + " name, found nothing"));
            return false;
        }
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            findings.add(new Finding(path + ".name", "expected a " + what
                    + " name of letters, digits, '.', '_' or '-', found '" + name + "'"));
            return false;
        }
        return true;
    }

    private void require(boolean ok, String path, String message) {
        if (!ok) {
            findings.add(new Finding(path, message));
        }
    }

    private static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        java.util.Collections.sort(l);
        return l;
    }
}

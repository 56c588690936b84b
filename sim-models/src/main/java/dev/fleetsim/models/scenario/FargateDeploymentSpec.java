package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * A rolling update of an ECS service (the ECS deployment type), started at {@code at}: new tasks
 * replace the old ones while the service keeps at least {@code minimum_healthy_percent} of
 * desired healthy and runs at most {@code maximum_percent} of desired.
 */
public record FargateDeploymentSpec(
        @Required @JsonPropertyDescription("When the deployment starts (simulation time).") SimDuration at,
        @JsonPropertyDescription("Healthy tasks kept during the deployment, percent of desired, 0 to 100 (default 100).")
                Integer minimumHealthyPercent,
        @JsonPropertyDescription("Tasks allowed during the deployment, percent of desired, 100 to 200 (default 200).")
                Integer maximumPercent) {

    public FargateDeploymentSpec {
        minimumHealthyPercent = minimumHealthyPercent == null ? 100 : minimumHealthyPercent;
        maximumPercent = maximumPercent == null ? 200 : maximumPercent;
    }

    public void validate(String path, Findings f) {
        f.present(at, path + ".at", "the start time of the deployment, like 2h");
        boolean ok = f.require(minimumHealthyPercent >= 0 && minimumHealthyPercent <= 100,
                path + ".minimum_healthy_percent", "expected a percentage from 0 to 100, found " + minimumHealthyPercent)
                & f.require(maximumPercent >= 100 && maximumPercent <= 200, path + ".maximum_percent",
                        "expected a percentage from 100 to 200, found " + maximumPercent);
        if (ok) {
            f.require(maximumPercent > minimumHealthyPercent, path + ".maximum_percent", "expected a maximum_percent above "
                    + "minimum_healthy_percent (" + minimumHealthyPercent + "), or the deployment cannot replace any task, found "
                    + maximumPercent);
        }
    }
}

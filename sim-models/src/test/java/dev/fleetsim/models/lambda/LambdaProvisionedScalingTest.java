package dev.fleetsim.models.lambda;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Target tracking on ProvisionedConcurrencyUtilization through Application Auto Scaling
 * (aws-behaviour.md 4.6): with about 100 invocations in flight and a 0.7 target, provisioned
 * concurrency settles near 100 / 0.7 ≈ 143 and most invocations run on provisioned environments.
 */
class LambdaProvisionedScalingTest {

    @Test
    void targetTrackingSettlesProvisionedConcurrencyAtLoadOverTarget() {
        Report r = LambdaHarness.run("name: pc\nhorizon: 3h\nwarmup: 2h\nreplications: 2\nseed: 3\n"
                + "workloads:\n  - {name: w, arrivals: {type: poisson, rate: 100/s}, service_time: {type: constant, value: 1s}, target: f}\n"
                + "fleets:\n  - name: f\n    type: lambda\n    provisioned_concurrency: {count: 10, max: 400}\n"
                + "    scaling: [{type: target-tracking, metric: provisioned_concurrency_utilization, target: 0.7}]\n");
        Summary configured = r.statistics().get(List.of("fleets", "f", "provisioned_configured_at_end"));
        assertTrue(configured.min() >= 125 && configured.max() <= 165, "provisioned concurrency at the end: " + configured);
        Summary actions = r.statistics().get(List.of("fleets", "f", "scaling_actions"));
        assertTrue(actions.min() >= 4, "scaled out in steps of at most 1/0.7: " + actions);
        // In the measured hour almost nothing cold-starts: the provisioned environments carry the load.
        assertTrue(r.statistics().get(List.of("cold_start_ratio")).mean() < 0.001);
    }
}

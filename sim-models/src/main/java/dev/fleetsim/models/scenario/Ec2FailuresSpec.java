package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * Instance failures and their replacement by health checks (aws-behaviour.md 2.6, modelling choice
 * M6). An in-service instance fails after an exponential time with mean {@code mtbf}; from then
 * on it answers nothing. EC2 status checks run every {@code status_check_interval} from launch and
 * mark it unhealthy after {@code unhealthy_checks} consecutive failures; the load balancer's own
 * checks stop routing to it sooner or later (see {@link LoadBalancerSpec}); the group starts the
 * replacement {@code replacement_delay} after marking it unhealthy.
 *
 * @param mtbf                mean time between failures of one instance
 * @param statusCheckInterval EC2 status-check period (M6: 60 s)
 * @param unhealthyChecks     consecutive failed status checks that make it unhealthy (M6: 2)
 * @param replacementDelay    from unhealthy to the start of the replacement (M6: within 10 s,
 *                            default uniform 0–10 s)
 */
public record Ec2FailuresSpec(
        @Required @JsonPropertyDescription("Mean time between failures of one in-service instance (exponential).")
                SimDuration mtbf,
        @JsonPropertyDescription("EC2 status-check period (default 60s, M6).") SimDuration statusCheckInterval,
        @JsonPropertyDescription("Consecutive failed status checks before the group marks the instance unhealthy (default 2, M6).")
                Integer unhealthyChecks,
        @JsonPropertyDescription("Time from unhealthy to the start of the replacement (default uniform 0s to 10s, M6).")
                DistributionSpec replacementDelay) {

    public static final SimDuration DEFAULT_STATUS_CHECK_INTERVAL = SimDuration.ofSeconds(60);
    public static final int DEFAULT_UNHEALTHY_CHECKS = 2;
    public static final DistributionSpec DEFAULT_REPLACEMENT_DELAY =
            new DistributionSpec.Uniform(SimDuration.ofSeconds(0), SimDuration.ofSeconds(10));

    public Ec2FailuresSpec {
        statusCheckInterval = statusCheckInterval == null ? DEFAULT_STATUS_CHECK_INTERVAL : statusCheckInterval;
        unhealthyChecks = unhealthyChecks == null ? DEFAULT_UNHEALTHY_CHECKS : unhealthyChecks;
        replacementDelay = replacementDelay == null ? DEFAULT_REPLACEMENT_DELAY : replacementDelay;
    }

    public void validate(String path, Findings f) {
        if (f.present(mtbf, path + ".mtbf", "a mean time between failures, like 30d")) {
            f.require(mtbf.micros() >= SimDuration.ofSeconds(1).micros(), path + ".mtbf",
                    "expected an mtbf of at least 1s, found " + mtbf);
        }
        f.require(statusCheckInterval.micros() >= SimDuration.ofSeconds(1).micros(), path + ".status_check_interval",
                "expected an interval of at least 1s, found " + statusCheckInterval);
        f.require(unhealthyChecks >= 1 && unhealthyChecks <= 10, path + ".unhealthy_checks",
                "expected an integer from 1 to 10, found " + unhealthyChecks);
        replacementDelay.validate(path + ".replacement_delay", f);
    }
}

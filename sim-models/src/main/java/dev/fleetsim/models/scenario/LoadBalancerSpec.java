package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * The Application Load Balancer target group in front of an {@code ec2-asg} group.
 *
 * @param algorithm            routing algorithm; ALB's default is round robin
 * @param deregistrationDelay  how long a deregistering target may finish its in-flight requests
 *                             (ALB target-group attribute, 0–3600 s, default 300 s)
 * @param queueLimit           requests the balancer itself may hold while every target is full
 *                             (a surge queue, as Classic Load Balancers have; ALB has none, so the
 *                             default is 0 and a request finding no room gets a 503, counted dropped)
 * @param healthCheckInterval  target health-check interval (ALB default 30 s, 5–300 s)
 * @param unhealthyThreshold   consecutive failed checks before a target is unhealthy (ALB default 2, 2–10)
 * @param healthyThreshold     consecutive passed checks before a new target takes traffic (ALB default 5,
 *                             2–10); used by fargate tasks (M19: interval × healthy threshold)
 */
public record LoadBalancerSpec(
        @JsonPropertyDescription("round-robin (default, as ALB) or least-outstanding-requests.") Algorithm algorithm,
        @JsonPropertyDescription("Time a deregistering target may drain in-flight requests, 0s to 3600s (default 300s).")
                SimDuration deregistrationDelay,
        @JsonPropertyDescription("Requests the balancer holds in FIFO order while every target is full (default 0: ALB has no queue; the request is dropped).")
                Integer queueLimit,
        @JsonPropertyDescription("Target health-check interval, 5s to 300s (default 30s).") SimDuration healthCheckInterval,
        @JsonPropertyDescription("Consecutive failed health checks that make a target unhealthy, 2 to 10 (default 2).")
                Integer unhealthyThreshold,
        @JsonPropertyDescription("Consecutive passed health checks before a new target takes traffic, 2 to 10 (default 5); fargate tasks wait interval x healthy_threshold.")
                Integer healthyThreshold) {

    public static final SimDuration DEFAULT_DEREGISTRATION_DELAY = SimDuration.ofSeconds(300);
    public static final SimDuration DEFAULT_HEALTH_CHECK_INTERVAL = SimDuration.ofSeconds(30);
    public static final int DEFAULT_UNHEALTHY_THRESHOLD = 2;
    /** ALB target groups' HealthyThresholdCount default. */
    public static final int DEFAULT_HEALTHY_THRESHOLD = 5;
    /** A sanity bound on the balancer queue (the ring grows on demand up to it). */
    public static final int MAX_QUEUE_LIMIT = 100_000_000;

    /** Every field at its default. */
    public static final LoadBalancerSpec DEFAULT = new LoadBalancerSpec(null, null, null, null, null, null);

    public LoadBalancerSpec {
        algorithm = algorithm == null ? Algorithm.ROUND_ROBIN : algorithm;
        deregistrationDelay = deregistrationDelay == null ? DEFAULT_DEREGISTRATION_DELAY : deregistrationDelay;
        queueLimit = queueLimit == null ? 0 : queueLimit;
        healthCheckInterval = healthCheckInterval == null ? DEFAULT_HEALTH_CHECK_INTERVAL : healthCheckInterval;
        unhealthyThreshold = unhealthyThreshold == null ? DEFAULT_UNHEALTHY_THRESHOLD : unhealthyThreshold;
        healthyThreshold = healthyThreshold == null ? DEFAULT_HEALTHY_THRESHOLD : healthyThreshold;
    }

    public void validate(String path, Findings f) {
        f.require(deregistrationDelay.micros() <= SimDuration.ofSeconds(3600).micros(), path + ".deregistration_delay",
                "expected a delay from 0s to 3600s, found " + deregistrationDelay);
        f.require(queueLimit >= 0 && queueLimit <= MAX_QUEUE_LIMIT, path + ".queue_limit",
                "expected an integer from 0 to " + MAX_QUEUE_LIMIT + ", found " + queueLimit);
        f.require(healthCheckInterval.micros() >= SimDuration.ofSeconds(5).micros()
                && healthCheckInterval.micros() <= SimDuration.ofSeconds(300).micros(), path + ".health_check_interval",
                "expected an interval from 5s to 300s, found " + healthCheckInterval);
        f.require(unhealthyThreshold >= 2 && unhealthyThreshold <= 10, path + ".unhealthy_threshold",
                "expected an integer from 2 to 10, found " + unhealthyThreshold);
        f.require(healthyThreshold >= 2 && healthyThreshold <= 10, path + ".healthy_threshold",
                "expected an integer from 2 to 10, found " + healthyThreshold);
    }

    /** How long a new target's health checks take to pass: interval × healthy threshold. */
    public long healthyAfterMicros() {
        return healthCheckInterval.micros() * healthyThreshold;
    }

    /** How the balancer picks a target. */
    public enum Algorithm implements YamlEnum {
        /** Each healthy target in turn, whatever its load (ALB's default). */
        ROUND_ROBIN,
        /** The healthy target with the fewest requests in flight (queued or in service). */
        LEAST_OUTSTANDING_REQUESTS;

        @Override
        public String toString() {
            return yamlName();
        }
    }
}

package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * A lifecycle hook (aws-behaviour.md 2.7): the instance waits in Pending:Wait (launch) or
 * Terminating:Wait (terminate) until the hook's action completes, which takes {@code duration},
 * or until {@code heartbeat_timeout} runs out, when {@code default_result} applies. Heartbeats are
 * not modelled: a long action is modelled by a longer timeout.
 *
 * @param duration         time the hook's action takes to call CompleteLifecycleAction (CONTINUE)
 * @param heartbeatTimeout 30 s to 7200 s, default 3600 s
 * @param defaultResult    what happens at the timeout; default abandon. On launch, abandon
 *                         terminates the instance (and the group launches a replacement);
 *                         continue puts it in service. On terminate, both let it go.
 */
public record Ec2LifecycleHookSpec(
        @Required @JsonPropertyDescription("Time the hook's action takes before it completes the lifecycle action.")
                DistributionSpec duration,
        @JsonPropertyDescription("Time after which default_result applies, 30s to 7200s (default 3600s).")
                SimDuration heartbeatTimeout,
        @JsonPropertyDescription("abandon (default) or continue: applied when the heartbeat timeout runs out.")
                DefaultResult defaultResult) {

    public static final SimDuration DEFAULT_HEARTBEAT_TIMEOUT = SimDuration.ofSeconds(3600);

    public Ec2LifecycleHookSpec {
        heartbeatTimeout = heartbeatTimeout == null ? DEFAULT_HEARTBEAT_TIMEOUT : heartbeatTimeout;
        defaultResult = defaultResult == null ? DefaultResult.ABANDON : defaultResult;
    }

    public void validate(String path, Findings f) {
        if (f.present(duration, path + ".duration", "a distribution, like {type: constant, value: 30s}")) {
            duration.validate(path + ".duration", f);
        }
        f.require(heartbeatTimeout.micros() >= SimDuration.ofSeconds(30).micros()
                && heartbeatTimeout.micros() <= SimDuration.ofSeconds(7200).micros(), path + ".heartbeat_timeout",
                "expected a timeout from 30s to 7200s, found " + heartbeatTimeout);
    }

    /** The result a hook reports when its heartbeat timeout runs out. */
    public enum DefaultResult implements YamlEnum {
        ABANDON,
        CONTINUE;

        @Override
        public String toString() {
            return yamlName();
        }
    }
}

package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * Queue-driven batch work on an {@code ec2-asg} group, the pattern AWS recommends for Spot: the
 * group's requests are jobs in a queue (an SQS queue read by workers), each worker slot takes
 * one job at a time, and a job cut off by an interruption, a failure or a scale-in returns to the
 * queue having lost the work since its last checkpoint.
 *
 * @param checkpointInterval how often a running job saves its progress, in the worker's own time;
 *                           none (the default) means a cut job starts again from the beginning
 */
public record JobQueueSpec(
        @JsonPropertyDescription("How often a running job saves its progress (default: never; a cut job restarts from scratch).")
                SimDuration checkpointInterval) {

    /** Checkpoint interval in microseconds; 0 without checkpoints. */
    public long checkpointMicros() {
        return checkpointInterval == null ? 0 : checkpointInterval.micros();
    }

    public void validate(String path, Findings f) {
        if (checkpointInterval != null) {
            f.require(checkpointInterval.micros() > 0, path + ".checkpoint_interval",
                    "expected a duration > 0 (leave it out for no checkpoints), found " + checkpointInterval);
        }
    }
}

package dev.fleetsim.models.ec2;

import dev.fleetsim.models.results.ResultValues;

/**
 * What a group serving a job queue counts in the measurement window: jobs completed, jobs cut
 * off and returned to the queue, and the worker time they lost (the work since each job's last
 * checkpoint). Events count when they happen inside the window.
 */
final class JobTally {
    private boolean measuring = true;
    private long completed;
    private long requeued;
    private long lostMicros;

    void completed() {
        if (measuring) completed++;
    }

    /** A running job was cut off; {@code lostWorkerMicros} of its worker time since the last checkpoint are lost. */
    void requeued(long lostWorkerMicros) {
        if (measuring) {
            requeued++;
            lostMicros += lostWorkerMicros;
        }
    }

    void startMeasurement() {
        completed = requeued = lostMicros = 0;
        measuring = true;
    }

    void endMeasurement() {
        measuring = false;
    }

    /**
     * Adds {@code jobs.completed}, {@code jobs.requeued}, {@code jobs.lost_work_hours} and {@code
     * jobs.cost_per_job_usd} (the fleet's cost in the window over the jobs completed in it; 0
     * when none completed) under {@code fleets.NAME}.
     */
    void report(ResultValues out, String name, double costUsd) {
        out.put(completed, "fleets", name, "jobs", "completed");
        out.put(requeued, "fleets", name, "jobs", "requeued");
        out.put(lostMicros / 3.6e9, "fleets", name, "jobs", "lost_work_hours");
        out.put(completed == 0 ? 0 : costUsd / completed, "fleets", name, "jobs", "cost_per_job_usd");
    }
}

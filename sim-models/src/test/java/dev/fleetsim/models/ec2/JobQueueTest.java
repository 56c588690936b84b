package dev.fleetsim.models.ec2;

import static dev.fleetsim.models.ec2.Ec2TestSupport.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.results.ResultValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queue-driven batch work: one job per worker slot, checkpoints, requeue on interruption. */
class JobQueueTest {

    private static Ec2TestSupport.Harness workers(int n, String rate, String checkpoint, long seed) {
        return new Ec2TestSupport.Harness(Ec2TestSupport.spec("""
                instance_types: [{type: test.1, vcpus: 1, speed: 1.0, price_per_hour: 0.10}]
                capacity: {min: 0, max: 100, desired: %d}
                availability_zones: 1
                boot_time: {type: constant, value: 30s}
                purchase: {on_demand_percent_above_base: 0}
                spot: {interruption_rate: %s, price_fraction: 0.5}
                job_queue: %s
                """.formatted(n, rate, checkpoint)), seed);
    }

    /**
     * One ten-hour job on one Spot worker interrupted about hourly, checkpointing every 10
     * minutes. Each reclaim of the worker running it loses (run time mod 10 min) and sends it back
     * to the queue; the next worker resumes from the last checkpoint the moment it is in service.
     * So the completion time and the lost work follow by hand from the reclaim times.
     */
    @Test
    void anInterruptedJobLosesTheWorkSinceItsLastCheckpointAndResumesOnTheNextWorker() {
        var h = workers(1, "1/h", "{checkpoint_interval: 10m}", 3);
        long checkpoint = s(600);
        long work = s(10 * 3600);
        long arrival = s(1);
        Map<Instance, Long> reclaims = new HashMap<>();
        h.group.spot().observe(new SpotInterruptions.Observer() {
            @Override
            public void reclaimed(Instance i) {
                reclaims.put(i, h.loop.now());
            }
        });
        h.requestAt(1, 10 * 3600);
        h.runTo(200 * 3600);

        // The workers that ran the job, in order; each but the last was cut at its reclaim.
        List<Instance> ran = new ArrayList<>();
        reclaims.keySet().stream().filter(i -> i.requestsStarted() > 0).forEach(ran::add);
        h.group.liveInstances().stream().filter(i -> i.requestsStarted() > 0).forEach(ran::add);
        ran.sort(Comparator.comparingLong(Instance::inServiceAt));
        long saved = 0;
        long lost = 0;
        for (Instance i : ran.subList(0, ran.size() - 1)) {
            long run = reclaims.get(i) - Math.max(i.inServiceAt(), arrival);
            saved += run / checkpoint * checkpoint;
            lost += run % checkpoint;
        }
        assertTrue(ran.size() >= 4, "the job was cut " + (ran.size() - 1) + " times");
        assertEquals(1, h.stats.served(), "the job finished exactly once");
        assertEquals(0, h.stats.interrupted(), "a job is never lost, only sent back");
        long completion = ran.get(ran.size() - 1).inServiceAt() + (work - saved);
        double latency = h.stats.latency().maxMicros();
        assertEquals(completion - arrival, latency, 1e-3 * latency, "completion time, to the histogram's precision");

        h.group.endMeasurement(s(200 * 3600));
        ResultValues out = new ResultValues();
        h.group.report(out);
        assertEquals(ran.size() - 1, out.get("fleets", "web", "jobs", "requeued"));
        assertEquals(lost / 3.6e9, out.get("fleets", "web", "jobs", "lost_work_hours"), 1e-9);
        assertEquals(1, out.get("fleets", "web", "jobs", "completed"));
        assertEquals(out.get("fleets", "web", "cost_usd"), out.get("fleets", "web", "jobs", "cost_per_job_usd"), 1e-12);
    }

    @Test
    void withoutCheckpointsACutJobStartsAgainAndWaitingJobsTakeFreeSlotsInArrivalOrder() {
        var h = workers(2, "0/h", "{}", 1);
        for (int k = 0; k < 4; k++) {
            h.requestAt(1 + k, 100); // two run at once, two wait in the queue, none on an instance
        }
        h.runTo(50);
        assertEquals(2, h.group.metrics().waiting(), "jobs wait in the queue, not on a worker");
        h.runTo(1000);
        assertEquals(4, h.stats.served());
        // FIFO: jobs 3 and 4 start when 1 and 2 finish (at 101 and 102) and take 100 s each.
        assertEquals(s(202 - 4), h.stats.latency().maxMicros(), 1e-3 * s(198));
    }
}

package dev.fleetsim.models.ec2;

import dev.fleetsim.models.billing.CostLedger;
import dev.fleetsim.models.results.MinuteGauges;
import dev.fleetsim.models.results.ResultValues;

/**
 * What a group reports: its measurement window, its bill, its results under {@code fleets.NAME},
 * and its per-minute chart data. It reads the group's parts; it changes nothing in the group.
 */
final class GroupResults {
    private final String name;
    private final GroupMetrics metrics;
    private final Ec2Billing billing;
    private final GroupSpot spot;
    private final JobTally jobs;
    private final GroupSize size;
    private long measureStart;
    private long measureEnd = Long.MAX_VALUE;
    /** Interruptions before the window, so the charted running total never drops when the tally resets. */
    private long interruptionsBeforeWindow;

    GroupResults(String name, GroupMetrics metrics, Ec2Billing billing, GroupSpot spot, JobTally jobs, GroupSize size,
            long start) {
        this.name = name;
        this.metrics = metrics;
        this.billing = billing;
        this.spot = spot;
        this.jobs = jobs;
        this.size = size;
        this.measureStart = start;
    }

    void startMeasurement(long time) {
        measureStart = time;
        metrics.startMeasurement(time);
        billing.startMeasurement(time);
        interruptionsBeforeWindow += spot.interruptions();
        spot.startMeasurement(time);
        if (jobs != null) {
            jobs.startMeasurement();
        }
    }

    void endMeasurement(long time, Iterable<Instance> alive) {
        measureEnd = time;
        metrics.endMeasurement(time);
        billing.endMeasurement(time, alive);
        spot.endMeasurement(time);
        if (jobs != null) {
            jobs.endMeasurement();
        }
        metrics.advanceTo(time);
    }

    void bill(CostLedger ledger) {
        ledger.accrue("ec2", "on-demand", billing.onDemandUsd());
        if (!spot.pools().isEmpty()) {
            ledger.accrue("ec2", "spot", billing.spotUsd());
        }
        ledger.accrue("ebs", "storage", billing.ebsUsd());
        ledger.usage().addAll(billing.usage());
    }

    /**
     * Adds {@code [fleets, NAME, …]}: mean_capacity and peak_capacity (InService instances),
     * instance_hours (billed, On-Demand and Spot), utilization (busy slot-time / slot-time in
     * service), mean_wait_ms and wait_probability (queueing before service), scaling_actions,
     * launches, terminations, warm_pool_starts, failures, replacements, dropped, interrupted,
     * cost_usd (instances and EBS), and the Spot results: spot_interruptions, and for groups that
     * may use Spot, spot_instance_hours, spot_savings_usd, mean_replacement_ms and
     * pools.POOL.interruptions; for a job queue, jobs.completed, jobs.requeued, jobs.lost_work_hours
     * and jobs.cost_per_job_usd.
     */
    void report(ResultValues out) {
        metrics.report(out, name);
        out.put(billing.instanceHours(), "fleets", name, "instance_hours");
        out.put(size.activitiesBetween(measureStart, measureEnd), "fleets", name, "scaling_actions");
        spot.report(out, name, billing);
        double cost = billing.onDemandUsd() + billing.spotUsd() + billing.ebsUsd();
        out.put(cost, "fleets", name, "cost_usd");
        if (jobs != null) {
            jobs.report(out, name, cost);
        }
    }

    /**
     * In service, pending, warm pool, members by purchase option and Spot interruptions, for the
     * report's charts; members in capacity units (instances without weights).
     */
    void sampleMinute(MinuteGauges gauges, GroupMembers members, WarmPool pool) {
        int inService = metrics.inService();
        gauges.level(MinuteGauges.IN_SERVICE, inService);
        gauges.level(MinuteGauges.PENDING, members.units() - inService);
        if (pool != null) {
            gauges.level(MinuteGauges.WARM_POOL, pool.instances().size());
        }
        if (!spot.pools().isEmpty()) {
            int onSpot = 0;
            for (Instance i : members.list()) {
                if (i.isSpot()) onSpot += i.weight();
            }
            gauges.level(MinuteGauges.SPOT, onSpot);
            gauges.level(MinuteGauges.ON_DEMAND, members.units() - onSpot);
            gauges.count(MinuteGauges.SPOT_INTERRUPTIONS, interruptionsBeforeWindow + spot.interruptions());
        }
    }
}

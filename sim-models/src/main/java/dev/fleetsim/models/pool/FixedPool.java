package dev.fleetsim.models.pool;

import dev.fleetsim.core.kernel.Event;
import dev.fleetsim.core.kernel.Scheduler;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.stats.TimeWeightedAverage;
import dev.fleetsim.models.billing.CostLedger;
import dev.fleetsim.models.fleet.Fleet;
import dev.fleetsim.models.fleet.RequestQueue;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.results.ResultValues;

/**
 * A fixed pool of {@code c} identical servers in front of one unbounded FIFO queue: the G/G/c
 * station. It is the reference fleet whose answers queueing theory gives exactly (Erlang C for
 * Poisson arrivals and exponential service), and the floor the AWS fleets build on.
 *
 * <p>Allocation-free in steady state: each server owns its completion event; the queue is a
 * growable ring of primitive arrays.
 */
public final class FixedPool implements Fleet {
    private final String name;
    private final Scheduler scheduler;
    private final RequestStats stats;
    private final int servers;
    private final Server[] idle;
    private int idleCount;
    private final TimeWeightedAverage busy;
    private long measureStart;
    private double utilization;
    private double measuredHours;
    private long measuredStarts;
    private long measuredWaits;
    private long measuredWaitMicros;

    // FIFO ring of waiting requests: arrival time, service demand, client deadline.
    private final RequestQueue queue = new RequestQueue(64, 64);

    private final double pricePerServerHour;

    public FixedPool(String name, Scheduler scheduler, int servers, double pricePerServerHour, RequestStats stats) {
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be >= 1: " + servers);
        }
        this.name = name;
        this.pricePerServerHour = pricePerServerHour;
        this.scheduler = scheduler;
        this.servers = servers;
        this.stats = stats;
        this.idle = new Server[servers];
        for (int i = 0; i < servers; i++) {
            idle[i] = new Server();
        }
        this.idleCount = servers;
        this.busy = new TimeWeightedAverage(scheduler.now(), 0);
    }

    @Override
    public void arrive(long serviceMicros, long timeoutMicros) {
        long now = scheduler.now();
        stats.arrived(now);
        long deadline = timeoutMicros >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + timeoutMicros;
        if (idleCount > 0) {
            idle[--idleCount].start(now, serviceMicros, deadline);
            busy.update(now, servers - idleCount);
        } else {
            queue.add(now, serviceMicros, deadline, null);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return "fixed-pool";
    }

    @Override
    public double capacity() {
        return servers;
    }

    @Override
    public void startMeasurement(long time) {
        busy.reset(time);
        measureStart = time;
    }

    @Override
    public void endMeasurement(long time) {
        utilization = busy.average(time) / servers;
        measuredHours = SimTime.toSeconds(time - measureStart) / 3600.0;
    }

    @Override
    public void bill(CostLedger ledger) {
        ledger.accrue("fixed-pool", "on-demand", costUsd());
    }

    /** Cost of the measured window: every server, every second of it. */
    public double costUsd() {
        return servers * measuredHours * pricePerServerHour;
    }

    @Override
    public void report(ResultValues out) {
        out.put(servers, "fleets", name, "mean_capacity");
        out.put(servers, "fleets", name, "peak_capacity");
        out.put(servers * measuredHours, "fleets", name, "instance_hours");
        out.put(utilization, "fleets", name, "utilization");
        out.put(meanWaitMicros() / 1000.0, "fleets", name, "mean_wait_ms");
        out.put(waitProbability(), "fleets", name, "wait_probability");
        out.put(0, "fleets", name, "scaling_actions");
        out.put(0, "fleets", name, "spot_interruptions");
        out.put(costUsd(), "fleets", name, "cost_usd");
    }

    public int servers() {
        return servers;
    }

    public int queueLength() {
        return queue.size();
    }

    /** Mean queueing delay of measured requests that started service, in microseconds. */
    public double meanWaitMicros() {
        return measuredStarts == 0 ? 0 : measuredWaitMicros / (double) measuredStarts;
    }

    /** Fraction of measured requests that started service that had to wait. */
    public double waitProbability() {
        return measuredStarts == 0 ? 0 : measuredWaits / (double) measuredStarts;
    }

    /** Time-weighted number of busy servers (reset it at the end of the warm-up). */
    public TimeWeightedAverage busy() {
        return busy;
    }

    /**
     * One server; it is its own completion event. Client timeouts are checked lazily, without a
     * timer per request: a queued request whose client has already given up is skipped when it
     * reaches the head of the queue (the client is gone, so the work is not done), and a request
     * that finishes after its deadline counts as timed out rather than served (the server did
     * the work, but nobody was waiting for the answer).
     */
    private final class Server implements Event {
        private long arrival;
        private long deadline;

        void start(long arrivalTime, long serviceMicros, long deadlineTime) {
            arrival = arrivalTime;
            deadline = deadlineTime;
            long now = scheduler.now();
            if (stats.measured(arrivalTime)) {
                measuredStarts++;
                if (now > arrivalTime) {
                    measuredWaits++;
                    measuredWaitMicros += now - arrivalTime;
                }
            }
            scheduler.scheduleAfter(serviceMicros, this);
        }

        @Override
        public void fire() {
            long now = scheduler.now();
            if (now > deadline) {
                stats.timedOut(arrival);
            } else {
                stats.served(arrival, now);
            }
            while (!queue.isEmpty()) {
                long a = queue.headArrival();
                long s = queue.headService();
                long d = queue.headDeadline();
                queue.pop();
                if (now >= d) {
                    stats.timedOut(a);
                    continue;
                }
                start(a, s, d);
                return;
            }
            {
                idle[idleCount++] = this;
                busy.update(now, servers - idleCount);
            }
        }
    }

    @Override
    public String toString() {
        return "FixedPool[servers=" + servers + ", idle=" + idleCount + ", queued=" + queue.size() + "]";
    }
}

package dev.fleetsim.models.ec2;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.random.RandomStreams;
import dev.fleetsim.core.stats.ReplicationTally;
import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.distribution.SamplerFactory;
import dev.fleetsim.models.results.RequestStats;
import dev.fleetsim.models.scenario.ArrivalsSpec;
import dev.fleetsim.models.scenario.DistributionSpec;
import dev.fleetsim.models.scenario.Ec2AsgSpec;
import dev.fleetsim.models.scenario.units.Rate;
import dev.fleetsim.models.scenario.units.SimDuration;
import dev.fleetsim.models.workload.ArrivalProcess;
import dev.fleetsim.models.workload.Arrivals;
import dev.fleetsim.models.workload.Workload;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fixed-size group reproduces the M/M/c queue (Erlang C) when it is configured as one: c
 * instances of one slot each, least-outstanding-requests balancing, no instance queue
 * ({@code instance_queue_limit: 0}) and a balancer queue ({@code load_balancer.queue_limit}).
 * Then a request goes to an idle instance whenever there is one (least outstanding picks an
 * instance with 0 in flight) and otherwise waits in one shared FIFO queue, taken by whichever
 * instance frees first: exactly the M/M/c discipline. (Per-instance queues would not be: round
 * robin into them is c separate queues, and least outstanding into them is join-shortest-queue.)
 */
class ErlangCTest {

    /** Erlang C: probability that an arrival waits in M/M/c. */
    static double erlangC(double lambda, double mu, int c) {
        double a = lambda / mu;
        double rho = a / c;
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term / (1 - rho);
        return top / (sum + top);
    }

    @ParameterizedTest(name = "lambda={0}/s mu=1/{1}ms c={2}")
    @CsvSource({
        // lambda/s, mean service ms, instances, horizon s, replications   (rho)
        "30,   100, 4,  6000, 20",   // 0.75
        "90,   100, 10, 6000, 20",   // 0.90
    })
    void meanWaitAndWaitProbabilityMatchErlangC(double lambda, long serviceMs, int c, long horizonS, int reps) {
        double mu = 1000.0 / serviceMs;
        double pWait = erlangC(lambda, mu, c);
        double meanWaitMs = 1000.0 * pWait / (c * mu - lambda);
        Ec2AsgSpec spec = Ec2TestSupport.spec(Ec2TestSupport.ONE_SLOT + """

                capacity: {min: %d, max: %d}
                boot_time: {type: constant, value: 0s}
                instance_queue_limit: 0
                load_balancer: {algorithm: least-outstanding-requests, queue_limit: 10000000}
                """.formatted(c, c));
        ReplicationTally wait = new ReplicationTally("mean wait ms");
        ReplicationTally prob = new ReplicationTally("P(wait)");
        SamplerFactory samplers = new SamplerFactory(Path.of("."));
        RandomStreams streams = new RandomStreams(20261125L);
        long horizon = SimTime.seconds(horizonS);
        long warmup = horizon / 20;
        for (int r = 0; r < reps; r++) {
            EventLoop loop = new EventLoop();
            RequestStats stats = new RequestStats(warmup);
            AutoScalingGroup group = AutoScalingGroups.create(spec, loop, streams, r, stats, samplers);
            Workload workload = new Workload(
                    samplers.sampler(new DistributionSpec.Exponential(SimDuration.ofMillis(serviceMs)), streams.stream("service/w", r)),
                    group, Workload.NO_TIMEOUT);
            ArrivalProcess arrivals = Arrivals.create(new ArrivalsSpec.Poisson(new Rate(lambda)), loop,
                    streams.stream("arrivals/w", r), workload, horizon);
            arrivals.start();
            loop.runUntil(warmup);
            group.startMeasurement(warmup);
            loop.runUntil(horizon);
            group.endMeasurement(horizon);
            wait.add(group.meanWaitMicros() / 1000.0);
            prob.add(group.waitProbability());
        }
        Summary w = wait.summary();
        Summary p = prob.summary();
        assertTrue(w.halfWidth() < 0.05 * w.mean(), () -> "mean wait interval too wide: " + interval(w));
        assertTrue(w.intervalContains(meanWaitMs), () -> "Erlang C mean wait " + meanWaitMs + " ms outside " + interval(w));
        assertTrue(p.intervalContains(pWait), () -> "Erlang C P(wait) " + pWait + " outside " + interval(p));
    }

    private static String interval(Summary s) {
        return String.format("%.4f [%.4f, %.4f]", s.mean(), s.ci95Low(), s.ci95High());
    }
}

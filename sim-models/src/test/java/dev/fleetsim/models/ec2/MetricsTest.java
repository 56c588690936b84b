package dev.fleetsim.models.ec2;

import static dev.fleetsim.models.ec2.Ec2TestSupport.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetsim.core.metrics.MetricSeries;
import dev.fleetsim.core.metrics.Statistic;
import dev.fleetsim.models.ec2.Ec2TestSupport.Harness;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scaling.ScalingMetric;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metric series scaling policies read, and the results the group reports. */
class MetricsTest {
    private static final String GROUP = Ec2TestSupport.ONE_SLOT + """

            capacity: {min: 0, max: 4, desired: 2}
            boot_time: {type: constant, value: 0s}
            """;

    private static double value(Harness h, ScalingMetric m, long period) {
        MetricSeries series = h.target.metric(m);
        series.advanceTo(h.loop.now());
        return series.datapoint(period, Statistic.AVERAGE);
    }

    @Test
    void cpuIsBusySlotsOverSlotsOfTheGroup() {
        Harness h = new Harness(GROUP);
        h.requestAt(0, 60); // one of two instances busy for all of minute 0
        h.requestAt(60, 30); // then half of minute 1
        h.runTo(180);
        assertEquals(50.0, value(h, ScalingMetric.CPU, 0), 1e-9);
        assertEquals(25.0, value(h, ScalingMetric.CPU, 1), 1e-9);
        assertEquals(0.0, value(h, ScalingMetric.CPU, 2), 1e-9);
    }

    @Test
    void warmingInstancesAreLeftOutOfTheCpuAggregate() {
        Harness h = new Harness(GROUP.replace("desired: 2", "desired: 1") + "default_instance_warmup: 120s");
        h.desiredAt(0, 2); // a second instance, in service at 0 s, warming until 120 s
        h.requestAt(1, 0.6); // instance 0
        h.requestAt(2, 300); // instance 1, busy from 2 s to 302 s
        h.runTo(240);
        assertEquals(1.0, value(h, ScalingMetric.CPU, 0), 1e-9, "only instance 0: 0.6 s busy of 60 s");
        assertEquals(0.0, value(h, ScalingMetric.CPU, 1), 1e-9);
        assertEquals(50.0, value(h, ScalingMetric.CPU, 2), 1e-9, "instance 1 counts from 120 s");
    }

    @Test
    void requestCountPerTargetIsRequestsOverHealthyTargets() {
        Harness h = new Harness(GROUP);
        for (int k = 0; k < 120; k++) {
            h.requestAt(0.5 * k, 0.01);
        }
        h.runTo(180);
        MetricSeries series = h.target.metric(ScalingMetric.REQUEST_COUNT_PER_TARGET);
        series.advanceTo(h.loop.now());
        assertEquals(60.0, series.datapoint(0, Statistic.AVERAGE), 1e-9);
        assertEquals(60.0, series.datapoint(0, Statistic.SUM), 1e-9);
        assertFalse(series.hasDatapoint(1), "ALB publishes nothing for a minute without requests");
    }

    @Test
    void backlogIsWaitingRequestsPerInstance() {
        Harness h = new Harness(GROUP.replace("desired: 2", "desired: 1"));
        for (int k = 0; k < 3; k++) {
            h.requestAt(0, 60);
        }
        h.runTo(240);
        assertEquals(2.0, value(h, ScalingMetric.BACKLOG_PER_INSTANCE, 0), 1e-9);
        assertEquals(1.0, value(h, ScalingMetric.BACKLOG_PER_INSTANCE, 1), 1e-9);
        assertEquals(0.0, value(h, ScalingMetric.BACKLOG_PER_INSTANCE, 2), 1e-9);
    }

    @Test
    void otherPeriodsArePublishedOnRequest() {
        Harness h = new Harness(GROUP);
        MetricSeries tens = h.target.metric(ScalingMetric.CPU, s(10), 30);
        assertEquals(tens, h.target.metric(ScalingMetric.CPU, s(10), 20), "shared");
        assertThrows(UnsupportedOperationException.class, () -> h.target.metric(ScalingMetric.CPU, s(10), 100));
        h.requestAt(0, 15);
        h.runTo(30);
        tens.advanceTo(s(30));
        assertEquals(50.0, tens.datapoint(0, Statistic.AVERAGE), 1e-9);
        assertEquals(25.0, tens.datapoint(1, Statistic.AVERAGE), 1e-9);
    }

    @Test
    void listenersHearEveryClosedMinute() {
        Harness h = new Harness(GROUP);
        List<Long> closed = new ArrayList<>();
        h.group.addPeriodListener(ScalingMetric.CPU, (series, p) -> closed.add(p));
        h.runTo(185);
        h.group.advanceMetricsTo(s(185));
        assertEquals(List.of(0L, 1L, 2L), closed);
    }

    @Test
    void reportHasTheFleetContract() {
        Harness h = new Harness(GROUP);
        h.group.startMeasurement(0);
        h.requestAt(0, 1800); // one of two slots busy for half the hour
        h.desiredAt(3000, 3);
        h.runTo(3600);
        h.group.endMeasurement(s(3600));
        ResultValues out = new ResultValues();
        h.group.report(out);
        assertEquals((2 * 3000 + 3 * 600) / 3600.0, out.get("fleets", "web", "mean_capacity"), 1e-9);
        assertEquals(3, out.get("fleets", "web", "peak_capacity"));
        assertEquals(1800.0 / (2 * 3000 + 3 * 600), out.get("fleets", "web", "utilization"), 1e-9);
        assertEquals(1, out.get("fleets", "web", "scaling_actions"));
        assertEquals(1, out.get("fleets", "web", "launches"));
        assertEquals(0, out.get("fleets", "web", "spot_interruptions"));
        assertEquals(3.0, h.group.desiredCapacity());
        assertEquals(1, h.group.scalingActivities().size());
    }
}

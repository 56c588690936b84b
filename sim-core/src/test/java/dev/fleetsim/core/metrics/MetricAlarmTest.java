package dev.fleetsim.core.metrics;

import static dev.fleetsim.core.metrics.AlarmState.ALARM;
import static dev.fleetsim.core.metrics.AlarmState.INSUFFICIENT_DATA;
import static dev.fleetsim.core.metrics.AlarmState.OK;
import static dev.fleetsim.core.metrics.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;
import static dev.fleetsim.core.metrics.ComparisonOperator.GREATER_THAN_THRESHOLD;
import static dev.fleetsim.core.metrics.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD;
import static dev.fleetsim.core.metrics.ComparisonOperator.LESS_THAN_THRESHOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fleetsim.core.kernel.SimTime;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricAlarmTest {
    private static final long S = SimTime.MICROS_PER_SECOND;
    private static final long MIN = SimTime.MICROS_PER_MINUTE;

    /** One sample per minute: values[i] at minute i; NaN leaves the minute missing. */
    private static MetricSeries perMinute(double... values) {
        MetricSeries m = new MetricSeries(32);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                m.record(i * MIN, values[i]);
            }
        }
        return m;
    }

    private static MetricAlarm.Builder highCpu(MetricSeries m) {
        return MetricAlarm.on(m).threshold(GREATER_THAN_THRESHOLD, 50.0).evaluationPeriods(3);
    }

    /** States after evaluating at each whole minute from..to. */
    private static List<AlarmState> statesAtMinutes(MetricAlarm alarm, int from, int to) {
        List<AlarmState> states = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            states.add(alarm.evaluate(k * MIN));
        }
        return states;
    }

    @Test
    void aNewAlarmIsInsufficientDataAndStaysSoWithoutData() {
        MetricAlarm alarm = highCpu(new MetricSeries(10)).build();
        assertEquals(INSUFFICIENT_DATA, alarm.state());
        assertEquals(MetricAlarm.NEVER, alarm.stateChangedAt());
        assertEquals(INSUFFICIENT_DATA, alarm.evaluate(180 * S));
        assertFalse(alarm.changedOnLastEvaluation());
        assertEquals(MetricAlarm.NEVER, alarm.stateChangedAt());
    }

    @Test
    void threeOfThreeNeedsThreeConsecutiveBreachingMinutes() {
        MetricAlarm alarm = highCpu(perMinute(60, 60, 40, 60, 60, 60)).build();

        assertEquals(OK, alarm.evaluate(1 * MIN)); // one recent breach is not trusted yet
        assertTrue(alarm.changedOnLastEvaluation());
        assertEquals(INSUFFICIENT_DATA, alarm.previousState());
        assertEquals(1 * MIN, alarm.stateChangedAt());

        assertEquals(List.of(OK, OK, OK, OK), statesAtMinutes(alarm, 2, 5));
        assertEquals(OK, alarm.evaluate(6 * MIN - 1)); // minute 5 is not complete yet
        assertEquals(ALARM, alarm.evaluate(6 * MIN));
        assertTrue(alarm.changedOnLastEvaluation());
        assertEquals(OK, alarm.previousState());
        assertEquals(6 * MIN, alarm.stateChangedAt());

        assertEquals(ALARM, alarm.evaluate(6 * MIN + 30 * S));
        assertFalse(alarm.changedOnLastEvaluation());
        assertEquals(6 * MIN, alarm.stateChangedAt());
    }

    @Test
    void twoOfThreeNeedNotBeConsecutive() {
        MetricAlarm alarm = highCpu(perMinute(60, 40, 60, 40)).datapointsToAlarm(2).build();
        assertEquals(List.of(OK, OK, ALARM, OK), statesAtMinutes(alarm, 1, 4));
        assertEquals(4 * MIN, alarm.stateChangedAt());
        assertEquals(ALARM, alarm.previousState());
    }

    @Test
    void fifteenOfFifteenLowAlarm() {
        double[] v = new double[31];
        Arrays.fill(v, 30.0);
        v[15] = 60.0; // one minute above the low threshold resets the count
        MetricSeries m = new MetricSeries(40);
        for (int i = 0; i < v.length; i++) {
            m.record(i * MIN, v[i]);
        }
        MetricAlarm low = MetricAlarm.on(m).threshold(LESS_THAN_THRESHOLD, 45.0).evaluationPeriods(15).build();
        assertEquals(20, low.evaluationRange());
        assertEquals(15, low.datapointsToAlarm());

        for (int k = 1; k <= 14; k++) {
            assertEquals(OK, low.evaluate(k * MIN), "minute " + k);
        }
        assertEquals(ALARM, low.evaluate(15 * MIN));
        assertEquals(OK, low.evaluate(16 * MIN));
        for (int k = 17; k <= 30; k++) {
            assertEquals(OK, low.evaluate(k * MIN), "minute " + k);
        }
        assertEquals(ALARM, low.evaluate(31 * MIN));
        assertEquals(31 * MIN, low.stateChangedAt());
    }

    /**
     * The metric reports three minutes, then stops. States at minutes 3..8 (the range is 5
     * minutes, so the last real point leaves it at minute 8).
     */
    @ParameterizedTest(name = "{0} after breaching data: {1}")
    @CsvSource({
        "MISSING,       ALARM ALARM ALARM ALARM ALARM INSUFFICIENT_DATA",
        "IGNORE,        ALARM ALARM ALARM ALARM ALARM ALARM",
        "BREACHING,     ALARM ALARM ALARM ALARM ALARM ALARM",
        "NOT_BREACHING, ALARM ALARM ALARM OK    OK    OK",
    })
    void treatMissingDataWhenABreachingMetricStops(TreatMissingData treat, String expected) {
        MetricAlarm alarm = highCpu(perMinute(60, 60, 60)).treatMissingData(treat).build();
        assertEquals(states(expected), statesAtMinutes(alarm, 3, 8));
    }

    @ParameterizedTest(name = "{0} after healthy data: {1}")
    @CsvSource({
        "MISSING,       OK OK OK OK OK INSUFFICIENT_DATA",
        "IGNORE,        OK OK OK OK OK OK",
        "BREACHING,     OK OK OK OK OK ALARM",
        "NOT_BREACHING, OK OK OK OK OK OK",
    })
    void treatMissingDataWhenAHealthyMetricStops(TreatMissingData treat, String expected) {
        MetricAlarm alarm = highCpu(perMinute(40, 40, 40)).treatMissingData(treat).build();
        assertEquals(states(expected), statesAtMinutes(alarm, 3, 8));
    }

    @Test
    void aDatapointIsInvisibleUntilItsLagHasPassed() {
        MetricSeries m = perMinute(60, 60, 60, 60);
        MetricAlarm alarm = highCpu(m).treatMissingData(TreatMissingData.NOT_BREACHING)
                .datapointLagMicros(30 * S).build();
        assertEquals(OK, alarm.evaluate(3 * MIN));              // minute 2 not ingested: 2 real + 1 fill
        assertEquals(OK, alarm.evaluate(3 * MIN + 30 * S - 1));
        assertEquals(ALARM, alarm.evaluate(3 * MIN + 30 * S));
        assertEquals(3 * MIN + 30 * S, alarm.stateChangedAt());

        MetricAlarm noLag = highCpu(perMinute(60, 60, 60))
                .treatMissingData(TreatMissingData.NOT_BREACHING).build();
        assertEquals(ALARM, noLag.evaluate(3 * MIN));
    }

    @Test
    void aLateDatapointIsMadeUpFromAnOlderRealOne() {
        // Minute 2's datapoint arrives 100 s after it ends; at minute 4 the range
        // [-, X, X, late, X] still holds three real points.
        MetricAlarm alarm = highCpu(perMinute(60, 60, 60, 60))
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .datapointLag(p -> p == 2 ? 100 * S : 0)
                .build();
        assertEquals(OK, alarm.evaluate(3 * MIN));
        assertEquals(ALARM, alarm.evaluate(4 * MIN));
    }

    @Test
    void theStatisticDecidesWhatIsCompared() {
        MetricSeries m = new MetricSeries(10);
        for (int i = 0; i < 3; i++) {
            m.record(i * MIN, 10.0);
            m.record(i * MIN + 30 * S, 90.0);
        }
        assertEquals(OK, highCpu(m).threshold(GREATER_THAN_THRESHOLD, 60.0).build().evaluate(3 * MIN));
        assertEquals(ALARM, highCpu(m).threshold(GREATER_THAN_THRESHOLD, 60.0)
                .statistic(Statistic.MAXIMUM).build().evaluate(3 * MIN));
        assertEquals(ALARM, highCpu(m).threshold(GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 2.0)
                .statistic(Statistic.SAMPLE_COUNT).build().evaluate(3 * MIN));
        assertEquals(OK, highCpu(m).threshold(GREATER_THAN_THRESHOLD, 100.0)
                .statistic(Statistic.SUM).build().evaluate(3 * MIN));
    }

    @Test
    void comparisonOperatorsAtTheThreshold() {
        assertFalse(GREATER_THAN_THRESHOLD.breaches(50.0, 50.0));
        assertTrue(GREATER_THAN_OR_EQUAL_TO_THRESHOLD.breaches(50.0, 50.0));
        assertFalse(LESS_THAN_THRESHOLD.breaches(50.0, 50.0));
        assertTrue(LESS_THAN_OR_EQUAL_TO_THRESHOLD.breaches(50.0, 50.0));
        assertTrue(GREATER_THAN_THRESHOLD.breaches(50.5, 50.0));
        assertTrue(LESS_THAN_THRESHOLD.breaches(49.5, 50.0));
    }

    @Test
    void aGaugeFedSeriesDrivesTheAlarm() {
        MetricSeries cpu = new MetricSeries(10);
        TimeWeightedGauge gauge = new TimeWeightedGauge(cpu);
        MetricAlarm alarm = highCpu(cpu).build();
        gauge.set(0, 80.0);
        assertEquals(List.of(OK, OK, ALARM), statesAtMinutes(alarm, 1, 3)); // nothing but the gauge fed it
        gauge.set(3 * MIN + 30 * S, 10.0); // minute 3 averages 45
        assertEquals(OK, alarm.evaluate(4 * MIN));
        assertEquals(45.0, cpu.datapoint(3, Statistic.AVERAGE));
    }

    @Test
    void settingsAreValidated() {
        MetricSeries m = new MetricSeries(10);
        assertThrows(IllegalArgumentException.class, () -> MetricAlarm.on(m).evaluationPeriods(3).build());
        assertThrows(IllegalArgumentException.class, () -> highCpu(m).evaluationPeriods(0).build());
        assertThrows(IllegalArgumentException.class, () -> highCpu(m).datapointsToAlarm(4).build());
        assertThrows(IllegalArgumentException.class, () -> highCpu(m).evaluationRange(2).build());
        assertThrows(IllegalArgumentException.class, () -> highCpu(m).threshold(GREATER_THAN_THRESHOLD, Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> highCpu(new MetricSeries(4)).build()); // range 5 > 4
        assertThrows(IllegalArgumentException.class, () -> highCpu(m).datapointLagMicros(-1));
        assertEquals(4, highCpu(new MetricSeries(4)).evaluationRange(4).build().evaluationRange());

        MetricAlarm alarm = highCpu(m).build();
        alarm.evaluate(2 * MIN);
        assertThrows(IllegalArgumentException.class, () -> alarm.evaluate(1 * MIN));
    }

    @Test
    void defaultsFollowTheDocumentedRules() {
        assertEquals(3, MetricAlarm.defaultEvaluationRange(1));
        assertEquals(5, MetricAlarm.defaultEvaluationRange(3));
        assertEquals(7, MetricAlarm.defaultEvaluationRange(5));
        assertEquals(20, MetricAlarm.defaultEvaluationRange(15));
        assertEquals(60 * S, MetricAlarm.evaluationCadence(60 * S));
        assertEquals(60 * S, MetricAlarm.evaluationCadence(300 * S));
        assertEquals(10 * S, MetricAlarm.evaluationCadence(30 * S));
        assertEquals(10 * S, MetricAlarm.evaluationCadence(10 * S));

        MetricAlarm alarm = highCpu(new MetricSeries(10)).build();
        assertEquals(Statistic.AVERAGE, alarm.statistic());
        assertEquals(3, alarm.datapointsToAlarm());
        assertEquals(TreatMissingData.MISSING, alarm.treatMissingData());
    }

    @Test
    void evaluatingAllocatesNothing() {
        var bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        var mx = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());

        MetricSeries cpu = new MetricSeries(10 * S, 40);
        TimeWeightedGauge gauge = new TimeWeightedGauge(cpu);
        MetricAlarm alarm = MetricAlarm.on(cpu).threshold(GREATER_THAN_THRESHOLD, 50.0)
                .evaluationPeriods(15).datapointLagMicros(5 * S).build();
        long t = 0;
        for (int i = 0; i < 100_000; i++) {
            t += 1_000_000;
            gauge.set(t, (i % 100));
            alarm.evaluate(t);
        }
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 200_000; i++) {
            t += 1_000_000;
            gauge.set(t, (i % 100));
            alarm.evaluate(t);
        }
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 4096, "gauge + alarm allocated " + allocated + " bytes");
    }

    private static List<AlarmState> states(String s) {
        List<AlarmState> out = new ArrayList<>();
        for (String token : s.trim().split("\\s+")) {
            out.add(AlarmState.valueOf(token));
        }
        return out;
    }
}

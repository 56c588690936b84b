package dev.fleetsim.models.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.results.ResultValues;
import dev.fleetsim.models.scenario.ScalingPolicySpec;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import umontreal.ssj.rng.MRG32k3a;

/**
 * Predictive scaling against hand-derived answers (aws-behaviour.md §2.9; M8). The load history
 * is written directly (as the group's period listener would), in the policy's load unit: CPU
 * percent × in-service instances, so with target 50 a load of 1000 needs ceil(1000 / 50) = 20.
 */
class PredictiveScalingTest {
    private static final long MIN = SimTime.MICROS_PER_MINUTE;
    private static final long HOUR = SimTime.MICROS_PER_HOUR;

    private final EventLoop loop = new EventLoop();

    /** 1000 from 09:00 to 10:00 every day, 200 otherwise. */
    private static double dailyPeak(long minute) {
        long hourOfDay = Math.floorMod(minute / 60 - (minute < 0 && minute % 60 != 0 ? 1 : 0), 24L);
        return hourOfDay == 9 ? 1000 : 200;
    }

    private static ScalingPolicySpec.Predictive spec(PredictiveMode mode, MaxCapacityBreach breach, Integer buffer) {
        return new ScalingPolicySpec.Predictive("pred", ScalingMetric.CPU, 50.0, mode, SimDuration.ofSeconds(300), breach,
                buffer, null, null);
    }

    /** A started controller with only {@code p}. */
    private PredictivePolicy start(FakeTarget t, ScalingPolicySpec.Predictive spec, long seedMinutes,
            LongToDoubleFunction load) {
        PredictivePolicy p = ScalingPolicies.predictive("pred", spec, t, loop);
        for (long m = -seedMinutes; m < 0; m++) {
            p.history().record(m, load.applyAsDouble(m));
        }
        new ScalingController(t, loop, List.of(), List.of(), List.of(), List.of(p)).start();
        return p;
    }

    /** Records minute k's load at the end of minute k, as the metric period closes. */
    private void feed(PredictivePolicy p, long minutes, LongToDoubleFunction load) {
        for (long k = 0; k < minutes; k++) {
            long minute = k;
            loop.scheduleAt((k + 1) * MIN, () -> p.history().record(minute, load.applyAsDouble(minute)));
        }
    }

    @Test
    void noForecastBeforeTwentyFourHoursOfHistory() {
        FakeTarget t = new FakeTarget(loop, 1, 40, 4);
        PredictivePolicy p = start(t, spec(PredictiveMode.FORECAST_AND_SCALE, null, null), 0,
                PredictiveScalingTest::dailyPeak);
        feed(p, 30 * 60, PredictiveScalingTest::dailyPeak);
        // Hour 24's event at 23:55 sees 1435 minutes: no forecast, nothing changes (09:00 day 0
        // passes without a raise). Hour 25's event at 24:55 sees 1495: the first forecast.
        loop.runUntil(24 * HOUR);
        assertEquals(List.of(), p.report().hours());
        assertEquals(List.of(), t.activities);
        loop.runUntil(25 * HOUR);
        assertEquals(25, p.report().hours().get(0).hour());
        // A forecast exists from then on, one row an hour; the first is about 200 -> 4.
        assertEquals(4, p.report().hours().get(0).forecastCapacity());
    }

    @Test
    void capacityIsRaisedTheBufferBeforeTheForecastPeakAndNeverLowered() {
        FakeTarget t = new FakeTarget(loop, 1, 40, 4);
        PredictivePolicy p = start(t, spec(PredictiveMode.FORECAST_AND_SCALE, null, null), 2 * 1440,
                PredictiveScalingTest::dailyPeak);
        feed(p, 12 * 60, PredictiveScalingTest::dailyPeak);
        loop.runUntil(9 * HOUR - 300 * SimTime.MICROS_PER_SECOND - 1);
        assertEquals(4, t.desired);
        loop.runUntil(12 * HOUR);
        // 09:00 - 300 s = 08:55: ceil(1000 / 50) = 20; at 09:55 the forecast falls to 4, desired stays.
        assertEquals(List.of(9 * 3600L - 300), t.activitySeconds());
        assertEquals(20, t.activities.get(0).to());
        assertEquals("pred", t.activities.get(0).policy());
        assertEquals(20, t.desired);
        assertEquals(4, p.floor());
    }

    @Test
    void theControllerNeverScalesInBelowThePredictiveFloor() {
        Proposal in = Proposal.in("tt", 5, "low cpu");
        assertEquals(8, ScalingController.respectFloor(in, 12, 8, "pred").capacity());
        assertEquals(Proposal.NONE, ScalingController.respectFloor(in, 8, 8, "pred"));
        assertEquals(Proposal.NONE, ScalingController.respectFloor(in, 8, 10, "pred"));
        Proposal raise = ScalingController.respectFloor(Proposal.NONE, 6, 10, "pred");
        assertTrue(raise.isOut());
        assertEquals(10, raise.capacity());
        Proposal out = Proposal.out("tt", 30, "high cpu");
        assertEquals(out, ScalingController.respectFloor(out, 12, 20, "pred")); // the larger wins
    }

    @Test
    void forecastOnlyChangesNothingButRecordsWhatItWouldHaveDone() {
        FakeTarget t = new FakeTarget(loop, 1, 40, 4);
        PredictivePolicy p = start(t, spec(PredictiveMode.FORECAST_ONLY, null, null), 2 * 1440,
                PredictiveScalingTest::dailyPeak);
        feed(p, 12 * 60, PredictiveScalingTest::dailyPeak);
        loop.runUntil(12 * HOUR);
        assertEquals(List.of(), t.activities);
        assertEquals(4, t.desired);
        assertEquals(0, p.floor());
        ForecastReport r = p.report();
        long above = r.hours().stream().filter(ForecastReport.Hour::askedForMore).count();
        assertEquals(1, above); // hour 9 only: 20 > 4
        ResultValues v = new ResultValues();
        r.report(v, "web", 0, 12 * HOUR);
        assertEquals(1, v.get("fleets", "web", "predictive", "hours_above_desired"));
        assertEquals(11, v.get("fleets", "web", "predictive", "forecast_hours")); // hours 1..11 (hour 0's event was at -300 s)
        assertTrue(v.get("fleets", "web", "predictive", "mape") < 1e-6);
    }

    @Test
    void honorClampsTheForecastToMax() {
        FakeTarget t = new FakeTarget(loop, 1, 10, 4);
        PredictivePolicy p = start(t, spec(PredictiveMode.FORECAST_AND_SCALE, MaxCapacityBreach.HONOR, null), 2 * 1440,
                PredictiveScalingTest::dailyPeak);
        loop.runUntil(10 * HOUR);
        assertEquals(10, t.desired);
        assertEquals(10, t.max);
        assertEquals(0, p.report().maxRaises());
    }

    @Test
    void increaseRaisesMaxToTheForecastPlusTheBuffer() {
        FakeTarget t = new FakeTarget(loop, 1, 10, 4);
        PredictivePolicy p = start(t, spec(PredictiveMode.FORECAST_AND_SCALE, MaxCapacityBreach.INCREASE, 10), 2 * 1440,
                PredictiveScalingTest::dailyPeak);
        loop.runUntil(10 * HOUR);
        // ceil(20 x 1.1) = 22; desired to the forecast, 20. The raised max stays.
        assertEquals(22, t.max);
        assertEquals(20, t.desired);
        assertEquals(1, p.report().maxRaises());
        loop.runUntil(20 * HOUR);
        assertEquals(22, t.max);
    }

    /** A weekly pattern: a daily sine, and on weekdays traffic triples from 07:00 to 09:00. */
    private static double weekly(long minute) {
        long m = Math.floorMod(minute, 7 * 1440L);
        double day = m / 1440.0;
        double hourOfDay = (m % 1440) / 60.0;
        double base = 300 + 100 * Math.sin(2 * Math.PI * hourOfDay / 24);
        boolean weekday = day < 5;
        return weekday && hourOfDay >= 7 && hourOfDay < 9 ? 3 * base : base;
    }

    @Test
    void onAPurelyPeriodicLoadTheForecastErrorIsSmall() {
        FakeTarget t = new FakeTarget(loop, 1, 100, 4);
        PredictivePolicy p = start(t, spec(PredictiveMode.FORECAST_ONLY, null, null), 14 * 1440,
                PredictiveScalingTest::weekly);
        feed(p, 4 * 1440, PredictiveScalingTest::weekly);
        loop.runUntil(4 * 24 * HOUR);
        double mape = ForecastReport.mape(p.report().hoursWithin(0, 4 * 24 * HOUR));
        assertTrue(mape < 5, "MAPE " + mape);
    }

    @Test
    void theSeasonalForecasterFollowsATrend() {
        // Daily shape growing 10 a day, 14 days of history: the next day's forecast is within 1%.
        LoadHistory h = new LoadHistory();
        LongToDoubleFunction load = m -> 500 + 10 * (m / 1440.0) + 100 * Math.sin(2 * Math.PI * (m % 1440) / 1440.0);
        for (long m = 0; m < 14 * 1440; m++) {
            h.record(m, load.applyAsDouble(m));
        }
        double[] f = new SeasonalForecaster().forecast(h, 14 * 24, 48);
        for (int k = 0; k < 48; k++) {
            long hour = 14 * 24 + k;
            double actual = 0;
            for (int i = 0; i < 60; i++) {
                actual += load.applyAsDouble(hour * 60 + i) / 60;
            }
            assertEquals(actual, f[k], actual * 0.01, "hour " + hour);
        }
    }

    @Test
    void theLoadIsTheMetricTimesTheInServiceCapacity() {
        // CPU 40% on 5 in service = 200 percent-instances; request count 600 per target on 5 =
        // 3000 requests a minute; a minute without requests is load 0, one without CPU is missing.
        FakeTarget t = new FakeTarget(loop, 1, 40, 5);
        PredictivePolicy cpu = start(t, spec(PredictiveMode.FORECAST_ONLY, null, null), 0, m -> 0);
        PredictivePolicy rc = ScalingPolicies.predictive("rc", new ScalingPolicySpec.Predictive("rc",
                ScalingMetric.REQUEST_COUNT_PER_TARGET, 1000.0, null, null, null, null, null, null), t, loop);
        new ScalingController(t, loop, List.of(), List.of(), List.of(), List.of(rc)).start();
        t.feed(ScalingMetric.CPU, 2, k -> k == 0 ? 40 : Double.NaN);
        t.feed(ScalingMetric.REQUEST_COUNT_PER_TARGET, 2, k -> k == 0 ? 600 : Double.NaN);
        loop.runUntil(2 * MIN);
        t.metric(ScalingMetric.CPU).advanceTo(2 * MIN);
        t.metric(ScalingMetric.REQUEST_COUNT_PER_TARGET).advanceTo(2 * MIN);
        assertEquals(1, cpu.history().minutes());
        assertEquals(200, cpu.history().hourlyMean(0), 1e-9);
        assertEquals(2, rc.history().minutes());
        assertEquals(1500, rc.history().hourlyMean(0), 1e-9); // (3000 + 0) / 2
    }

    @Test
    void targetTrackingCannotScaleInBelowTheFloorButMayAfterIt(@TempDir Path dir) throws IOException {
        // Predictive on CPU learns only from a CSV (two days of dailyPeak before time 0; the fake
        // publishes no CPU, so the run adds nothing). Target tracking on request count sees a steady
        // 100 per target (target 500) and keeps asking to scale in. At 08:55 the forecast raises
        // 1 -> 20; during hour 9 (floor 20) target tracking's ask, 20 - floor(20 x 0.8) = 4, is
        // refused; at 09:55 the floor falls to 4, and the tick at that same instant (it runs after the
        // predictive event, which was scheduled earlier) scales in to 4.
        StringBuilder csv = new StringBuilder("minute,load\n");
        for (long m = -2 * 1440; m < 0; m++) {
            csv.append(m).append(',').append(dailyPeak(m)).append('\n');
        }
        Path file = dir.resolve("load.csv");
        Files.writeString(file, csv);
        FakeTarget t = new FakeTarget(loop, 1, 40, 4);
        t.feed(ScalingMetric.REQUEST_COUNT_PER_TARGET, 12 * 60, k -> 100);
        ScalingPolicies.attach(List.of(Specs.tt(ScalingMetric.REQUEST_COUNT_PER_TARGET, 500), new ScalingPolicySpec.Predictive("pred",
                ScalingMetric.CPU, 50.0, PredictiveMode.FORECAST_AND_SCALE, null, null, null, null, file)), t, loop,
                new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(9 * HOUR - 300 * SimTime.MICROS_PER_SECOND);
        assertEquals(20, t.desired);
        loop.runUntil(10 * HOUR - 301 * SimTime.MICROS_PER_SECOND);
        assertEquals(20, t.desired);
        loop.runUntil(10 * HOUR - 300 * SimTime.MICROS_PER_SECOND);
        assertEquals(4, t.desired);
        ScalingActivity last = t.activities.get(t.activities.size() - 1);
        assertEquals("target-tracking-request_count_per_target", last.policy());
        assertEquals(10 * 3600L - 300, last.timeMicros() / SimTime.MICROS_PER_SECOND);
    }
}

package dev.fleetsim.cli.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimeAxisTest {

    @Test
    void shortRunsHaveOnePointPerMinuteInMinutes() {
        TimeAxis t = new TimeAxis(90);
        assertEquals(1, t.bucket());
        assertEquals(90, t.points());
        assertEquals(1.0, t.x(0), "a minute's point sits at its end");
        assertEquals(90.0, t.x(89));
        assertEquals(2.5, t.xOfSeconds(150));
        assertEquals("time since start (min)", t.axis().getLabel());
    }

    @Test
    void longRunsGroupMinutesIntoAtMost1440PointsInHours() {
        TimeAxis t = new TimeAxis(3000); // 50 h
        assertEquals(3, t.bucket());
        assertEquals(1000, t.points());
        assertEquals("time since start (h)", t.axis().getLabel());
        assertEquals(0.05, t.x(0), 1e-12);
        double[] perMinute = new double[3000];
        perMinute[0] = 3;
        perMinute[1] = Double.NaN;
        perMinute[2] = 9;
        perMinute[5] = 4;
        double[] means = t.means(perMinute);
        double[] maxima = t.maxima(perMinute);
        double[] sums = t.sums(perMinute);
        assertArrayEquals(new double[] {6, 4 / 3.0}, new double[] {means[0], means[1]}, 1e-12, "NaN minutes ignored");
        assertArrayEquals(new double[] {9, 4}, new double[] {maxima[0], maxima[1]});
        assertArrayEquals(new double[] {12, 4}, new double[] {sums[0], sums[1]}, 1e-12, "NaN minutes ignored");
    }
}

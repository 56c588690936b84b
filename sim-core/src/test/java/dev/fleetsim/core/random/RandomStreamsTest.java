package dev.fleetsim.core.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

class RandomStreamsTest {

    private static double[] draw(RandomStream s, int n) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) u[i] = s.nextDouble();
        return u;
    }

    @Test
    void sameSeedAndNameGiveTheSameNumbersWhateverTheCreationOrder() {
        RandomStreams a = new RandomStreams(42);
        double[] arrivalsFirst = draw(a.stream("arrivals/web", 0), 5);
        draw(a.stream("boot/web-asg", 0), 5);

        RandomStreams b = new RandomStreams(42);
        draw(b.stream("boot/web-asg", 0), 5);
        draw(b.stream("something/else", 3), 5);
        assertArrayEquals(arrivalsFirst, draw(b.stream("arrivals/web", 0), 5));
    }

    @Test
    void namesSeedsAndReplicationsGiveDifferentNumbers() {
        RandomStreams s = new RandomStreams(42);
        double[] base = draw(s.stream("arrivals/web", 0), 3);
        assertNotEquals(base[0], draw(s.stream("arrivals/api", 0), 3)[0]);
        assertNotEquals(base[0], draw(new RandomStreams(43).stream("arrivals/web", 0), 3)[0]);
        assertNotEquals(base[0], draw(s.stream("arrivals/web", 1), 3)[0]);
    }

    @Test
    void replicationRIsSubstreamROfTheNamedStream() {
        RandomStreams s = new RandomStreams(7);
        MRG32k3a reference = new MRG32k3a();
        reference.setSeed(s.seedFor("arrivals/web"));
        reference.resetNextSubstream();
        reference.resetNextSubstream();
        assertArrayEquals(draw(reference, 10), draw(s.stream("arrivals/web", 2), 10));
    }

    @Test
    void derivedSeedsAreValidForMrg32k3a() {
        RandomStreams s = new RandomStreams(-1);
        for (int i = 0; i < 1000; i++) {
            long[] seed = s.seedFor("stream-" + i);
            for (int j = 0; j < 6; j++) {
                long m = j < 3 ? 4294967087L : 4294944443L;
                assertTrue(seed[j] >= 0 && seed[j] < m, "component " + j + " out of range");
            }
        }
        assertEquals(42, new RandomStreams(42).seed());
    }

    @Test
    void uniformsLookUniform() {
        RandomStream u = new RandomStreams(1).stream("u", 0);
        int n = 200_000;
        double sum = 0;
        int[] bins = new int[10];
        for (int i = 0; i < n; i++) {
            double x = u.nextDouble();
            sum += x;
            bins[(int) (x * 10)]++;
        }
        assertEquals(0.5, sum / n, 0.005);
        double chi2 = 0;
        for (int b : bins) chi2 += Math.pow(b - n / 10.0, 2) / (n / 10.0);
        assertTrue(chi2 < 27.9, "chi-square with 9 df at 0.001: " + chi2);
    }

    @Test
    void rejectsBadArguments() {
        RandomStreams s = new RandomStreams(1);
        assertThrows(IllegalArgumentException.class, () -> s.stream("", 0));
        assertThrows(IllegalArgumentException.class, () -> s.stream("x", -1));
    }
}

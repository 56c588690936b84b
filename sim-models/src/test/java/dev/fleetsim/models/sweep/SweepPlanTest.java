package dev.fleetsim.models.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetsim.models.results.ResultValues;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sweep points, ranges, shards and task records: the parts whose answers are known by hand. */
class SweepPlanTest {

    @Test
    void aGridIsTheCartesianProductWithTheFirstAxisSlowest() {
        SweepPlan plan = new SweepPlan(SweepMode.GRID,
                List.of(SweepAxis.parse("a=1,2"), SweepAxis.parse("b=x,y,z")), 4);
        assertEquals(6, plan.points().size());
        assertEquals(24, plan.taskCount());
        assertEquals(Map.of("a", "1", "b", "x"), plan.points().get(0));
        assertEquals(Map.of("a", "1", "b", "z"), plan.points().get(2));
        assertEquals(Map.of("a", "2", "b", "x"), plan.points().get(3));
        assertEquals(List.of("a=2", "b=z"), plan.overrides(5));
    }

    @Test
    void zipTakesTheKthValuesTogetherAndNeedsEqualLengths() {
        SweepPlan plan = new SweepPlan(SweepMode.ZIP, List.of(SweepAxis.parse("a=1,2,3"), SweepAxis.parse("b=10..30:10")), 1);
        assertEquals(3, plan.points().size());
        assertEquals(Map.of("a", "3", "b", "30"), plan.points().get(2));
        SweepException e = assertThrows(SweepException.class,
                () -> new SweepPlan(SweepMode.ZIP, List.of(SweepAxis.parse("a=1,2,3"), SweepAxis.parse("b=1,2")), 1));
        assertEquals("zip: expected every parameter to have 3 values (as a), found 2 for b", e.getMessage());
    }

    @Test
    void rangesIncludeBothEndsInExactDecimals() {
        assertEquals(List.of("30", "40", "50", "60", "70", "80"), SweepAxis.parse("t=30..80:10").values());
        assertEquals(List.of("0.1", "0.2", "0.3"), SweepAxis.parse("f=0.1..0.3:0.1").values());
        assertEquals(List.of("0", "2.5", "5"), SweepAxis.parse("x=0..5:2.5").values());
        SweepException e = assertThrows(SweepException.class, () -> SweepAxis.parse("t=80..30:10"));
        assertEquals("t: expected FROM <= TO and STEP > 0 in FROM..TO:STEP, found '80..30:10'", e.getMessage());
        e = assertThrows(SweepException.class, () -> SweepAxis.parse("novalue"));
        assertTrue(e.getMessage().startsWith("--param novalue: expected path=v1,v2,... or path=FROM..TO:STEP"), e.getMessage());
    }

    @Test
    void shardsSplitTheTasksIntoDisjointEqualParts() {
        int n = 3;
        Set<Long> seen = new HashSet<>();
        int[] sizes = new int[n];
        for (int k = 1; k <= n; k++) {
            Shard s = new Shard(k, n);
            for (long t = 0; t < 10; t++) {
                if (s.includes(t)) {
                    assertTrue(seen.add(t), "task " + t + " in one shard only");
                    sizes[k - 1]++;
                }
            }
        }
        assertEquals(10, seen.size());
        assertEquals(List.of(4, 3, 3), List.of(sizes[0], sizes[1], sizes[2]));
        assertEquals("--shard: expected K/N with 1 <= K <= N, found 4/3", assertThrows(SweepException.class, () -> Shard.parse("4/3")).getMessage());
    }

    @Test
    void aTaskResultReadsBackToTheSameDoubles() {
        ResultValues v = new ResultValues();
        v.put(0.1 + 0.2, "latency_ms", "p99");
        v.put(Double.NaN, "fleets", "web", "pools", "c6g.large/az1", "x");
        v.put(1e-300, "tiny");
        TaskResult r = TaskResult.of(7, 2, 1, v);
        TaskResult back = TaskResult.fromJson(r.toJson());
        assertEquals(r.task(), back.task());
        assertEquals(List.of("fleets", "web", "pools", "c6g.large/az1", "x"), back.values().get(1).getKey());
        for (int i = 0; i < r.values().size(); i++) {
            assertEquals(Double.doubleToLongBits(r.values().get(i).getValue()), Double.doubleToLongBits(back.values().get(i).getValue()));
        }
        assertEquals(null, TaskResult.fromJson("{\"task\": 1, \"values\": [[[\"a\"], "), "a torn write is not a result");
    }
}

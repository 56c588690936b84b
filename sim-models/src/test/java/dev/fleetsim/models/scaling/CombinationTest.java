package dev.fleetsim.models.scaling;

import static dev.fleetsim.models.scaling.Specs.tt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetsim.core.kernel.EventLoop;
import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.models.scenario.ScalingPolicySpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/** Several policies on one target (aws-behaviour.md §2.2, §2.9): out if any, in only if all agree. */
class CombinationTest {
    private static final long MIN = SimTime.MICROS_PER_MINUTE;

    /** A stand-in policy with a fixed answer. */
    private record Stub(String name, boolean vetoesScaleIn) implements DynamicPolicy {
        @Override
        public MetricFeed feed() {
            throw new UnsupportedOperationException("combining votes reads no metric");
        }

        @Override
        public long cadenceMicros() {
            return MIN;
        }

        @Override
        public Proposal evaluate(long now, long lastCapacityChangeAt) {
            throw new UnsupportedOperationException();
        }
    }

    private static Proposal decide(int desired, List<DynamicPolicy> policies, Proposal... votes) {
        boolean[] fresh = new boolean[votes.length];
        java.util.Arrays.fill(fresh, true);
        return ScalingController.combine(desired, policies, votes, fresh);
    }

    private static final Stub TT_A = new Stub("a", true);
    private static final Stub TT_B = new Stub("b", true);
    private static final Stub STEP = new Stub("s", false);

    @Test
    void outWinsOverIn() {
        Proposal d = decide(10, List.of(TT_A, TT_B), Proposal.out("a", 12, ""), Proposal.in("b", 4, ""));
        assertEquals(12, d.capacity());
        assertEquals("a", d.policy());
    }

    @Test
    void largestOutWins() {
        Proposal d = decide(10, List.of(TT_A, STEP), Proposal.out("a", 12, ""), Proposal.out("s", 15, ""));
        assertEquals(15, d.capacity());
    }

    @Test
    void inOnlyWhenEveryTrackingPolicyAgreesAndTheLargestWins() {
        assertEquals(Proposal.NONE, decide(10, List.of(TT_A, TT_B), Proposal.in("a", 4, ""), Proposal.NONE));
        Proposal d = decide(10, List.of(TT_A, TT_B), Proposal.in("a", 4, ""), Proposal.in("b", 6, ""));
        assertEquals(6, d.capacity());
        assertEquals("b", d.policy());
    }

    @Test
    void stepScaleInIsNotHeldBackByTargetTracking() {
        Proposal d = decide(10, List.of(TT_A, STEP), Proposal.NONE, Proposal.in("s", 8, ""));
        assertEquals(8, d.capacity());
    }

    @Test
    void tiesGoToTheNameThatSortsFirstWhateverTheOrder() {
        assertEquals("a", decide(10, List.of(TT_A, TT_B), Proposal.out("a", 12, ""), Proposal.out("b", 12, "")).policy());
        assertEquals("a", decide(10, List.of(TT_B, TT_A), Proposal.out("b", 12, ""), Proposal.out("a", 12, "")).policy());
    }

    @Test
    void aStandingVoteCannotTriggerAChangeAlone() {
        Proposal[] votes = {Proposal.in("a", 4, ""), Proposal.NONE};
        boolean[] fresh = {false, true};
        assertEquals(Proposal.NONE, ScalingController.combine(10, List.of(TT_A, STEP), votes, fresh));
    }

    /** cpu low from the start (20 vs target 50); requests low (500 vs 1000) until minute 12, then 2000. */
    private static FakeTarget run(List<ScalingPolicySpec> specs, int requestsFrom12) {
        EventLoop loop = new EventLoop();
        FakeTarget t = new FakeTarget(loop, 1, 20, 10);
        t.feed(ScalingMetric.CPU, 30, k -> 20);
        t.feed(ScalingMetric.REQUEST_COUNT_PER_TARGET, 30, k -> k < 12 ? 500 : requestsFrom12);
        ScalingPolicies.attach(specs, t, loop, new MRG32k3a(), ScalingOptions.NO_LAG);
        loop.runUntil(15 * MIN);
        return t;
    }

    @Test
    void oneSaysOutTheOtherInThenOutWhateverTheOrder() {
        // At 15:00 the cpu policy's low alarm has 15 low datapoints (-> 4) and the request policy's
        // high alarm 3 high ones (-> ceil(10 x 2000 / 1000) = 20): out, to 20.
        List<ScalingPolicySpec> specs = new ArrayList<>(List.of(tt(ScalingMetric.CPU, 50),
                tt(ScalingMetric.REQUEST_COUNT_PER_TARGET, 1000)));
        for (int round = 0; round < 2; round++) {
            FakeTarget t = run(specs, 2000);
            assertEquals(List.of(900L), t.activitySeconds());
            assertEquals(20, t.activities.get(0).to());
            assertEquals("target-tracking-request_count_per_target", t.activities.get(0).policy());
            Collections.reverse(specs);
        }
    }

    @Test
    void bothLowScalesInToTheLargerProposal() {
        // cpu: 10 - floor(10 x 0.6) = 4; requests (500 throughout): 10 - floor(10 x 0.5) = 5 -> 5.
        FakeTarget t = run(List.of(tt(ScalingMetric.CPU, 50), tt(ScalingMetric.REQUEST_COUNT_PER_TARGET, 1000)), 500);
        assertEquals(List.of(900L), t.activitySeconds());
        assertEquals(5, t.activities.get(0).to());
    }

    @Test
    void oneTrackingPolicyHoldingBlocksScaleIn() {
        // Requests 950: above the low threshold (900), below the target: that policy does not agree.
        FakeTarget t = run(List.of(tt(ScalingMetric.CPU, 50), tt(ScalingMetric.REQUEST_COUNT_PER_TARGET, 1000)), 950);
        assertEquals(List.of(), t.activities);
    }
}

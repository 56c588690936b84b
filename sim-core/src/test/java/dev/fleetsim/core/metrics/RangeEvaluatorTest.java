package dev.fleetsim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision rule against the CloudWatch user guide (S44, "How alarm state is evaluated when
 * data is missing" and "Avoiding premature transitions to alarm state"): N = 3, evaluation range
 * 5, most recent datapoint on the right; 0 = not breaching, X = breaching, - = missing.
 */
class RangeEvaluatorTest {

    @ParameterizedTest(name = "3 of 3, [{0}]: missing={1} ignore={2} breaching={3} notBreaching={4}")
    @CsvSource({
        "0 - X - X, OK,                OK,     OK,    OK",
        "0 - - - -, OK,                OK,     OK,    OK",
        "- - - - -, INSUFFICIENT_DATA, RETAIN, ALARM, OK",
        "0 X X - X, ALARM,             ALARM,  ALARM, ALARM",
        "- - X - -, ALARM,             RETAIN, ALARM, OK",
    })
    void userGuideTableThreeOfThree(String points, String missing, String ignore,
            String breaching, String notBreaching) {
        assertRow(points, 3, 3, missing, ignore, breaching, notBreaching);
    }

    @ParameterizedTest(name = "2 of 3, [{0}]: missing={1} ignore={2} breaching={3} notBreaching={4}")
    @CsvSource({
        "0 - X - X, ALARM, ALARM,  ALARM, ALARM",
        "0 0 X 0 X, ALARM, ALARM,  ALARM, ALARM",
        "0 - X - -, OK,    OK,     ALARM, OK",
        "- - - - 0, OK,    OK,     ALARM, OK",
        "- - - X -, ALARM, RETAIN, ALARM, OK",
    })
    void userGuideTableTwoOfThree(String points, String missing, String ignore,
            String breaching, String notBreaching) {
        assertRow(points, 3, 2, missing, ignore, breaching, notBreaching);
    }

    /** The premature-alarm section: a breaching point too recent to be trusted does not alarm. */
    @ParameterizedTest(name = "3 of 3, [{0}] with MISSING → {1}")
    @CsvSource({
        "- - - - X, OK",
        "- - - X -, OK",
        "- - - X 0, OK",
        "- - X - 0, OK",
        "X - - - -, ALARM", // oldest breaching point is 3 places old in the window [X, fill, fill]
    })
    void prematureAlarmNeedsTheBreachingPointToBeOldEnough(String points, String expected) {
        assertEquals(AlarmState.valueOf(expected),
                decide(points, 3, 3, TreatMissingData.MISSING, AlarmState.INSUFFICIENT_DATA));
    }

    @Test
    void withEnoughRealPointsOnlyTheMostRecentNCount() {
        // 2 of 3: the two old X are not among the 3 most recent real points.
        assertEquals(AlarmState.OK, decide("X X 0 - 0", 3, 2, TreatMissingData.BREACHING, AlarmState.ALARM));
        // ...but older real points stand in for missing recent ones.
        assertEquals(AlarmState.ALARM, decide("X X - - 0", 3, 2, TreatMissingData.NOT_BREACHING, AlarmState.OK));
    }

    @Test
    void fifteenOfFifteenWithOneRealPointShortIsOk() {
        // range 20: fourteen breaching points, the oldest only 14 places old, one fill.
        String points = "- - - - - - X X X X X X X X X X X X X X";
        assertEquals(AlarmState.OK, decide(points, 15, 15, TreatMissingData.MISSING, AlarmState.INSUFFICIENT_DATA));
        assertEquals(AlarmState.ALARM, decide(points, 15, 15, TreatMissingData.BREACHING, AlarmState.OK));
        assertEquals(AlarmState.ALARM, decide("- - - - - X X X X X X X X X X X X X X X", 15, 15,
                TreatMissingData.MISSING, AlarmState.OK));
    }

    private static void assertRow(String points, int n, int m, String missing, String ignore,
            String breaching, String notBreaching) {
        for (AlarmState current : AlarmState.values()) {
            assertEquals(expected(missing, current), decide(points, n, m, TreatMissingData.MISSING, current),
                    "MISSING from " + current);
            assertEquals(expected(ignore, current), decide(points, n, m, TreatMissingData.IGNORE, current),
                    "IGNORE from " + current);
            assertEquals(expected(breaching, current), decide(points, n, m, TreatMissingData.BREACHING, current),
                    "BREACHING from " + current);
            assertEquals(expected(notBreaching, current),
                    decide(points, n, m, TreatMissingData.NOT_BREACHING, current), "NOT_BREACHING from " + current);
        }
    }

    private static AlarmState expected(String cell, AlarmState current) {
        return cell.equals("RETAIN") ? current : AlarmState.valueOf(cell);
    }

    static AlarmState decide(String points, int n, int m, TreatMissingData treat, AlarmState current) {
        String[] tokens = points.trim().split("\\s+");
        byte[] slots = new byte[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            slots[i] = switch (tokens[i]) {
                case "-" -> RangeEvaluator.MISSING;
                case "0" -> RangeEvaluator.NOT_BREACHING;
                case "X" -> RangeEvaluator.BREACHING;
                default -> throw new IllegalArgumentException(tokens[i]);
            };
        }
        return RangeEvaluator.decide(slots, slots.length, n, m, treat, current);
    }
}

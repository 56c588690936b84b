package dev.fleetsim.models.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Five-field cron, including time zones and daylight-saving days. */
class CronScheduleTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant next(String cron, String from, ZoneId zone) {
        return CronSchedule.parse(cron).nextAtOrAfter(Instant.parse(from), zone);
    }

    @Test
    void weekdaysAtSevenInNewYork() {
        // 2024-01-01 is a Monday; 07:00 EST is 12:00 UTC.
        assertEquals(Instant.parse("2024-01-01T12:00:00Z"), next("0 7 * * MON-FRI", "2024-01-01T00:00:00Z", NEW_YORK));
        assertEquals(Instant.parse("2024-01-01T12:00:00Z"), next("0 7 * * MON-FRI", "2024-01-01T12:00:00Z", NEW_YORK));
        assertEquals(Instant.parse("2024-01-02T12:00:00Z"), next("0 7 * * MON-FRI", "2024-01-01T12:00:00.000001Z", NEW_YORK));
        // Friday 5th -> Monday 8th.
        assertEquals(Instant.parse("2024-01-08T12:00:00Z"), next("0 7 * * 1-5", "2024-01-05T12:01:00Z", NEW_YORK));
    }

    @Test
    void listsRangesStepsAndNames() {
        assertEquals(Instant.parse("2024-01-01T00:15:00Z"), next("*/15 * * * *", "2024-01-01T00:00:01Z", UTC));
        assertEquals(Instant.parse("2024-01-01T11:05:00Z"), next("5/30 9-17/2 * * *", "2024-01-01T09:36:00Z", UTC)); // 9, 11, ...
        assertEquals(Instant.parse("2024-01-01T09:35:00Z"), next("5/30 9-17/2 * * *", "2024-01-01T09:06:00Z", UTC));
        assertEquals(Instant.parse("2024-06-01T00:00:00Z"), next("0 0 1 jun,DEC *", "2024-01-01T00:00:00Z", UTC));
        assertEquals(Instant.parse("2024-01-07T00:00:00Z"), next("0 0 * * 7", "2024-01-01T00:00:00Z", UTC)); // 7 is Sunday
        assertEquals(Instant.parse("2024-01-07T00:00:00Z"), next("0 0 * * SUN", "2024-01-01T00:00:00Z", UTC));
    }

    @Test
    void dayOfMonthOrDayOfWeekWhenBothAreRestricted() {
        // Vixie cron: "the 15th, or any Friday". The first after Jan 1 is Friday Jan 5.
        assertEquals(Instant.parse("2024-01-05T00:00:00Z"), next("0 0 15 * FRI", "2024-01-01T00:00:00Z", UTC));
        // With day-of-week *, only the 15th.
        assertEquals(Instant.parse("2024-01-15T00:00:00Z"), next("0 0 15 * *", "2024-01-01T00:00:00Z", UTC));
        // Leap day.
        assertEquals(Instant.parse("2024-02-29T00:00:00Z"), next("0 0 29 2 *", "2024-01-01T00:00:00Z", UTC));
        assertEquals(Instant.parse("2028-02-29T00:00:00Z"), next("0 0 29 2 *", "2024-03-01T00:00:00Z", UTC));
    }

    @Test
    void springForwardRunsASkippedTimeOneGapLater() {
        // 2024-03-10 02:00 EST -> 03:00 EDT: 02:30 does not exist and runs at 03:30 EDT (07:30 UTC);
        // the day before it is 02:30 EST (07:30 UTC), the day after 02:30 EDT (06:30 UTC).
        assertEquals(Instant.parse("2024-03-09T07:30:00Z"), next("30 2 * * *", "2024-03-09T00:00:00Z", NEW_YORK));
        assertEquals(Instant.parse("2024-03-10T07:30:00Z"), next("30 2 * * *", "2024-03-09T07:31:00Z", NEW_YORK));
        assertEquals(Instant.parse("2024-03-11T06:30:00Z"), next("30 2 * * *", "2024-03-10T07:31:00Z", NEW_YORK));
        // Every-minute schedules keep firing once a minute through the gap.
        assertEquals(Instant.parse("2024-03-10T07:00:00Z"), next("* * * * *", "2024-03-10T06:59:30Z", NEW_YORK));
        assertEquals(Instant.parse("2024-03-10T07:01:00Z"), next("* * * * *", "2024-03-10T07:00:01Z", NEW_YORK));
    }

    @Test
    void fallBackRunsARepeatedTimeOnce() {
        // 2024-11-03 02:00 EDT -> 01:00 EST: 01:30 occurs twice; it runs at the first (05:30 UTC),
        // and next at 01:30 EST on the 4th (06:30 UTC).
        assertEquals(Instant.parse("2024-11-03T05:30:00Z"), next("30 1 * * *", "2024-11-03T00:00:00Z", NEW_YORK));
        assertEquals(Instant.parse("2024-11-04T06:30:00Z"), next("30 1 * * *", "2024-11-03T05:30:01Z", NEW_YORK));
    }

    @Test
    void problemsAreOneLineExpectedFound() {
        assertNull(CronSchedule.problem("0 7 * * MON-FRI"));
        assertEquals("expected five cron fields (minute hour day-of-month month day-of-week), found 4 in '0 7 * *'",
                CronSchedule.problem("0 7 * *"));
        assertEquals("expected a minute from 0 to 59, found '61' in '61 7 * * *'", CronSchedule.problem("61 7 * * *"));
        assertEquals("expected a day of week from 0 to 7 or SUN to SAT, found 'MOM' in '0 7 * * MOM-FRI'",
                CronSchedule.problem("0 7 * * MOM-FRI"));
        assertEquals("expected a range from low to high, found '5-2' in '0 5-2 * * *'", CronSchedule.problem("0 5-2 * * *"));
        assertEquals("expected a step of 1 or more after '/', found '0' in '*/0 * * * *'", CronSchedule.problem("*/0 * * * *"));
        assertEquals("expected a schedule that can fire, found no day of month in '0 0 31 2 *' that exists in its months",
                CronSchedule.problem("0 0 31 2 *"));
        assertEquals("expected five cron fields (minute hour day-of-month month day-of-week), found 0 in ''",
                CronSchedule.problem(""));
    }
}

package dev.fleetsim.models.scaling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;

/**
 * A five-field Unix cron recurrence, as EC2 Auto Scaling scheduled actions take it
 * (aws-behaviour.md §2.8): {@code minute hour day-of-month month day-of-week}.
 *
 * <h2>Syntax</h2>
 * Each field is a comma-separated list of items; an item is {@code *}, a value {@code v}, a range
 * {@code a-b}, each optionally with a step {@code /n} ({@code v/n} means from v to the field's
 * end). Ranges: minute 0–59, hour 0–23, day of month 1–31, month 1–12 or JAN–DEC, day of week
 * 0–7 or SUN–SAT (0 and 7 are Sunday). Names are case-insensitive.
 *
 * <h2>Semantics (Vixie cron)</h2>
 * A time matches when minute, hour and month match and the day matches: if both day fields are
 * restricted (neither starts with {@code *}), a day matching <em>either</em> fires; otherwise
 * both must match. Times are wall-clock times in the schedule's zone:
 * <ul>
 *   <li>a local time skipped by a daylight-saving change runs shifted by the gap (02:30 on a
 *       spring-forward night runs at 03:30), java.time's rule;</li>
 *   <li>a local time that occurs twice (fall back) runs once, at its first occurrence.</li>
 * </ul>
 * AWS documents neither DST case; these are the common cron behaviours.
 *
 * <p>Why not a library: cron-utils (com.cronutils:cron-utils) was evaluated; it pulls in slf4j
 * (a warning on every CLI run without a binding) and has an open DST bug in next-execution
 * (jmrozanec/cron-utils#446). Five Unix fields are about 200 lines with java.time doing the
 * zone arithmetic.
 */
public final class CronSchedule {
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    /** Long enough for any schedule that can fire at all: Feb 29 on a leap year recurs within 8 years. */
    private static final int SEARCH_YEARS = 9;

    private final String text;
    private final long minutes;
    private final long hours;
    private final long daysOfMonth;
    private final long months;
    private final long daysOfWeek;
    private final boolean domRestricted;
    private final boolean dowRestricted;

    private CronSchedule(String text, long[] fields, boolean domRestricted, boolean dowRestricted) {
        this.text = text;
        this.minutes = fields[0];
        this.hours = fields[1];
        this.daysOfMonth = fields[2];
        this.months = fields[3];
        long dow = fields[4];
        if ((dow & (1L << 7)) != 0) {
            dow = (dow | 1L) & ~(1L << 7); // 7 is Sunday too
        }
        this.daysOfWeek = dow;
        this.domRestricted = domRestricted;
        this.dowRestricted = dowRestricted;
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with a one-line "expected ..., found ..." message
     */
    public static CronSchedule parse(String text) {
        String t = text == null ? "" : text.trim();
        String[] parts = t.isEmpty() ? new String[0] : t.split("\\s+");
        if (parts.length != 5) {
            throw new IllegalArgumentException("expected five cron fields (minute hour day-of-month month day-of-week), found "
                    + parts.length + " in '" + text + "'");
        }
        long[] fields = new long[5];
        fields[0] = field(parts[0], 0, 59, null, "a minute from 0 to 59", text);
        fields[1] = field(parts[1], 0, 23, null, "an hour from 0 to 23", text);
        fields[2] = field(parts[2], 1, 31, null, "a day of month from 1 to 31", text);
        fields[3] = field(parts[3], 1, 12, MONTHS, "a month from 1 to 12 or JAN to DEC", text);
        fields[4] = field(parts[4], 0, 7, DAYS, "a day of week from 0 to 7 or SUN to SAT", text);
        CronSchedule c = new CronSchedule(t, fields, !parts[2].startsWith("*"), !parts[4].startsWith("*"));
        if (!c.canFire()) {
            throw new IllegalArgumentException("expected a schedule that can fire, found no day of month in '" + text
                    + "' that exists in its months");
        }
        return c;
    }

    /** What is wrong with {@code text} as a cron schedule, or null if it is valid. */
    public static String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The first firing at or after {@code from}, in {@code zone}; null if none within nine years
     * (which cannot happen for a parsed schedule).
     */
    public Instant nextAtOrAfter(Instant from, ZoneId zone) {
        ZonedDateTime start = from.atZone(zone);
        LocalDate date = start.toLocalDate();
        LocalDate limit = date.plusYears(SEARCH_YEARS);
        boolean firstDay = true;
        for (; !date.isAfter(limit); date = date.plusDays(1), firstDay = false) {
            if (!bit(months, date.getMonthValue()) || !dayMatches(date)) {
                continue;
            }
            // On a day without a zone transition local times map to instants in order, so the first
            // match is the answer and earlier times of the first day can be skipped. On a transition
            // day a shifted time may come out of order: take the earliest of the day.
            boolean transition = hasTransition(date, zone);
            int fromHour = firstDay && !transition ? start.getHour() : 0;
            Instant best = null;
            for (int h = fromHour; h < 24; h++) {
                if (!bit(hours, h)) {
                    continue;
                }
                int fromMinute = firstDay && !transition && h == start.getHour() ? start.getMinute() : 0;
                for (int m = fromMinute; m < 60; m++) {
                    if (!bit(minutes, m)) {
                        continue;
                    }
                    Instant at = ZonedDateTime.ofLocal(LocalDateTime.of(date, java.time.LocalTime.of(h, m)), zone, null)
                            .toInstant();
                    if (at.compareTo(from) >= 0) {
                        if (!transition) {
                            return at;
                        }
                        if (best == null || at.isBefore(best)) {
                            best = at;
                        }
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** Whether the day fields select {@code date} (Vixie's rule for two restricted day fields). */
    boolean dayMatches(LocalDate date) {
        boolean dom = bit(daysOfMonth, date.getDayOfMonth());
        boolean dow = bit(daysOfWeek, date.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : date.getDayOfWeek().getValue());
        return domRestricted && dowRestricted ? dom || dow : dom && dow;
    }

    private boolean canFire() {
        if (dowRestricted && domRestricted) {
            return true; // any chosen weekday fires within a week
        }
        for (Month m : Month.values()) {
            if (bit(months, m.getValue()) && (daysOfMonth & ((1L << (m.maxLength() + 1)) - 2)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTransition(LocalDate date, ZoneId zone) {
        if (zone.getRules().isFixedOffset()) {
            return false;
        }
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        ZoneOffsetTransition next = zone.getRules().nextTransition(dayStart.minusSeconds(1));
        return next != null && next.getInstant().isBefore(dayEnd.plusSeconds(1));
    }

    private static boolean bit(long set, int i) {
        return (set & (1L << i)) != 0;
    }

    private static long field(String field, int lo, int hi, String[] names, String expected, String whole) {
        long set = 0;
        for (String item : field.split(",", -1)) {
            set |= item(item, lo, hi, names, expected, whole);
        }
        return set;
    }

    private static long item(String item, int lo, int hi, String[] names, String expected, String whole) {
        int step = 1;
        String range = item;
        int slash = item.indexOf('/');
        if (slash >= 0) {
            range = item.substring(0, slash);
            String s = item.substring(slash + 1);
            if (!s.matches("[0-9]{1,4}") || Integer.parseInt(s) < 1) {
                throw bad("a step of 1 or more after '/'", s, whole);
            }
            step = Integer.parseInt(s);
        }
        int from;
        int to;
        if (range.equals("*")) {
            from = lo;
            to = hi;
        } else {
            int dash = range.indexOf('-');
            if (dash >= 0) {
                from = value(range.substring(0, dash), lo, hi, names, expected, whole);
                to = value(range.substring(dash + 1), lo, hi, names, expected, whole);
                if (to < from) {
                    throw bad("a range from low to high", range, whole);
                }
            } else {
                from = value(range, lo, hi, names, expected, whole);
                to = slash >= 0 ? hi : from;
            }
        }
        long set = 0;
        for (int v = from; v <= to; v += step) {
            set |= 1L << v;
        }
        return set;
    }

    private static int value(String s, int lo, int hi, String[] names, String expected, String whole) {
        if (names != null) {
            String upper = s.toUpperCase(Locale.ROOT);
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(upper)) {
                    return names == MONTHS ? i + 1 : i;
                }
            }
        }
        if (s.matches("[0-9]{1,2}")) {
            int v = Integer.parseInt(s);
            if (v >= lo && v <= hi) {
                return v;
            }
        }
        throw bad(expected, s, whole);
    }

    private static IllegalArgumentException bad(String expected, String found, String whole) {
        return new IllegalArgumentException("expected " + expected + ", found '" + found + "' in '" + whole + "'");
    }

    @Override
    public String toString() {
        return text;
    }
}

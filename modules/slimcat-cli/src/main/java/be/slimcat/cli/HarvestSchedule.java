// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a harvest runs: a time of day ({@code 02:30}, every day) or a five-field cron expression
 * ({@code minute hour day-of-month month day-of-week}, with {@code *}, lists, ranges and steps, e.g.
 * {@code 30 2 * * 1-5}). Day-of-week 0 and 7 are Sunday. As in cron, when both day-of-month and
 * day-of-week are restricted, a day matching either runs.
 */
final class HarvestSchedule {
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");
    private static final int MAX_MINUTES_AHEAD = 366 * 24 * 60 * 5;

    private final String text;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final BitSet months;
    private final BitSet weekdays;
    private final boolean anyDay;
    private final boolean anyWeekday;

    private HarvestSchedule(String text, BitSet minutes, BitSet hours, BitSet days, BitSet months, BitSet weekdays,
            boolean anyDay, boolean anyWeekday) {
        this.text = text;
        this.minutes = minutes;
        this.hours = hours;
        this.days = days;
        this.months = months;
        this.weekdays = weekdays;
        this.anyDay = anyDay;
        this.anyWeekday = anyWeekday;
    }

    /**
     * Parses a schedule.
     *
     * @throws UsageException when it is neither a time of day nor a valid cron expression
     */
    static HarvestSchedule parse(String text) {
        String t = text.trim();
        Matcher time = TIME.matcher(t);
        if (time.matches()) {
            return parse(Integer.parseInt(time.group(2)) + " " + Integer.parseInt(time.group(1)) + " * * *");
        }
        String[] f = t.split("\\s+");
        if (f.length != 5) {
            throw new UsageException("Not a schedule: '" + text + "' (give a time such as 02:30 or a cron expression"
                    + " such as '30 2 * * *')");
        }
        BitSet weekdays = field(f[4], 0, 7, text);
        if (weekdays.get(7)) {
            weekdays.set(0);
        }
        return new HarvestSchedule(t, field(f[0], 0, 59, text), field(f[1], 0, 23, text), field(f[2], 1, 31, text),
                field(f[3], 1, 12, text), weekdays, f[2].equals("*"), f[4].equals("*"));
    }

    /** The first minute strictly after {@code after} that matches. */
    ZonedDateTime next(ZonedDateTime after) {
        ZonedDateTime t = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        for (int i = 0; i < MAX_MINUTES_AHEAD; i++, t = t.plusMinutes(1)) {
            if (matches(t)) {
                return t;
            }
        }
        throw new UsageException("The schedule '" + text + "' never runs");
    }

    private boolean matches(ZonedDateTime t) {
        if (!minutes.get(t.getMinute()) || !hours.get(t.getHour()) || !months.get(t.getMonthValue())) {
            return false;
        }
        boolean day = days.get(t.getDayOfMonth());
        boolean weekday = weekdays.get(t.getDayOfWeek().getValue() % 7);
        if (anyDay || anyWeekday) {
            return day && weekday;
        }
        return day || weekday;
    }

    private static BitSet field(String spec, int min, int max, String text) {
        BitSet bits = new BitSet(max + 1);
        for (String part : spec.toLowerCase(Locale.ROOT).split(",")) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                step = number(part.substring(slash + 1), 1, max, text);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", 2);
                from = number(ends[0], min, max, text);
                to = number(ends[1], min, max, text);
            } else {
                from = number(range, min, max, text);
                to = slash >= 0 ? max : from;
            }
            if (from > to) {
                throw new UsageException("Not a schedule: '" + text + "' (range " + range + " runs backwards)");
            }
            for (int v = from; v <= to; v += step) {
                bits.set(v);
            }
        }
        return bits;
    }

    private static int number(String s, int min, int max, String text) {
        try {
            int v = Integer.parseInt(s);
            if (v < min || v > max) {
                throw new UsageException("Not a schedule: '" + text + "' (" + v + " is outside " + min + "-" + max + ")");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException("Not a schedule: '" + text + "' ('" + s + "' is not a number)");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}

// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class HarvestScheduleTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(BRUSSELS);
    }

    @Test
    void a_time_of_day_runs_every_day() {
        HarvestSchedule s = HarvestSchedule.parse("02:30");
        assertEquals(at("2026-11-23T02:30"), s.next(at("2026-11-22T10:00")));
        assertEquals(at("2026-11-22T02:30"), s.next(at("2026-11-22T02:29:59")));
        assertEquals(at("2026-11-23T02:30"), s.next(at("2026-11-22T02:30")));
    }

    @Test
    void cron_fields_with_lists_ranges_and_steps() {
        assertEquals(at("2026-11-23T02:30"), HarvestSchedule.parse("30 2 * * 1-5").next(at("2026-11-21T12:00")),
                "Saturday noon: the next weekday run is Monday");
        assertEquals(at("2026-11-22T10:15"), HarvestSchedule.parse("*/15 * * * *").next(at("2026-11-22T10:07")));
        assertEquals(at("2026-12-01T00:00"), HarvestSchedule.parse("0 0 1 * *").next(at("2026-11-22T10:07")));
        assertEquals(at("2026-11-22T18:00"), HarvestSchedule.parse("0 6,18 * * *").next(at("2026-11-22T10:07")));
        assertEquals(at("2026-11-29T03:00"), HarvestSchedule.parse("0 3 * * 7").next(at("2026-11-22T10:07")),
                "7 is Sunday, like 0");
    }

    @Test
    void day_of_month_or_day_of_week_as_in_cron() {
        // the 25th or any Monday, whichever comes first
        assertEquals(at("2026-11-23T04:00"), HarvestSchedule.parse("0 4 25 * 1").next(at("2026-11-22T10:00")));
    }

    @Test
    void bad_schedules_are_usage_errors() {
        assertThrows(UsageException.class, () -> HarvestSchedule.parse("25:00"));
        assertThrows(UsageException.class, () -> HarvestSchedule.parse("60 2 * * *"));
        assertThrows(UsageException.class, () -> HarvestSchedule.parse("nightly"));
        assertThrows(UsageException.class, () -> HarvestSchedule.parse("0 5-2 * * *"));
        assertThrows(UsageException.class, () -> HarvestSchedule.parse("0 0 31 2 *").next(at("2026-11-22T10:00")));
    }
}

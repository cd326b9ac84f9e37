package org.deskline.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deskline.dashboard.control.WeeklySeries.Sample;
import org.deskline.dashboard.control.WeeklySeries.Week;
import org.junit.jupiter.api.Test;

/** S7/T11 on the dashboard: weekly CSAT and SLA compliance. */
class WeeklySeriesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z"); // a Tuesday
    private static final java.time.ZoneId UTC = java.time.ZoneOffset.UTC;

    @Test
    void weeks_start_on_saturday_and_end_with_the_current_one() {
        List<LocalDate> weeks = WeeklySeries.weeks(NOW, UTC, 3);
        assertThat(weeks).containsExactly(LocalDate.parse("2026-11-14"), LocalDate.parse("2026-11-21"),
                LocalDate.parse("2026-11-28"));
    }

    @Test
    void s7_csat_averages_per_week_and_a_week_without_ratings_is_a_gap() {
        List<LocalDate> weeks = WeeklySeries.weeks(NOW, UTC, 3);
        List<Week> csat = WeeklySeries.average(weeks, UTC, List.of(
                new Sample(Instant.parse("2026-11-14T00:00:00Z"), 5),   // first moment of the first week
                new Sample(Instant.parse("2026-11-20T23:59:59Z"), 2),   // last moment of it
                new Sample(Instant.parse("2026-11-28T08:00:00Z"), 4),
                new Sample(Instant.parse("2026-11-13T23:59:59Z"), 1),   // before the window: ignored
                new Sample(Instant.parse("2026-12-05T00:00:00Z"), 1))); // after it: ignored
        assertThat(csat).extracting(Week::value).containsExactly(3.5, null, 4.0);
        assertThat(csat).extracting(Week::count).containsExactly(2L, 0L, 1L);
    }

    @Test
    void s7_compliance_is_the_percentage_of_clocks_kept() {
        List<LocalDate> weeks = WeeklySeries.weeks(NOW, UTC, 1);
        List<Week> kept = WeeklySeries.compliance(weeks, UTC, List.of(new Sample(NOW, 1), new Sample(NOW, 1),
                new Sample(NOW, 0)));
        assertThat(kept.get(0).value()).isEqualTo(66.7);
        assertThat(kept.get(0).count()).isEqualTo(3);
    }

    /**
     * Issue 20: weeks are the reader's. Friday 22:00 UTC is already Saturday 01:30 in Tehran, so a rating then falls
     * into Tehran's new week but into UTC's old one; the current week itself starts a day apart across the date line.
     */
    @Test
    void weeks_and_their_days_are_the_readers() {
        java.time.ZoneId tehran = java.time.ZoneId.of("Asia/Tehran");
        Instant fridayNightUtc = Instant.parse("2026-11-27T22:00:00Z");
        List<LocalDate> tehranWeeks = WeeklySeries.weeks(NOW, tehran, 2);
        assertThat(tehranWeeks).containsExactly(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-28"));
        assertThat(WeeklySeries.average(tehranWeeks, tehran, List.of(new Sample(fridayNightUtc, 4))))
                .extracting(Week::count).containsExactly(0L, 1L);
        assertThat(WeeklySeries.average(WeeklySeries.weeks(NOW, UTC, 2), UTC, List.of(new Sample(fridayNightUtc, 4))))
                .extracting(Week::count).containsExactly(1L, 0L);
        Instant saturdayMorningUtc = Instant.parse("2026-11-28T05:00:00Z"); // Friday 21:00 in Los Angeles
        assertThat(WeeklySeries.weeks(saturdayMorningUtc, java.time.ZoneId.of("America/Los_Angeles"), 1))
                .containsExactly(LocalDate.parse("2026-11-21"));
        assertThat(WeeklySeries.weeks(saturdayMorningUtc, UTC, 1)).containsExactly(LocalDate.parse("2026-11-28"));
    }
}

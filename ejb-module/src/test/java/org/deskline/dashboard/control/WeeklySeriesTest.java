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

    @Test
    void weeks_start_on_saturday_and_end_with_the_current_one() {
        List<LocalDate> weeks = WeeklySeries.weeks(NOW, 3);
        assertThat(weeks).containsExactly(LocalDate.parse("2026-11-14"), LocalDate.parse("2026-11-21"),
                LocalDate.parse("2026-11-28"));
    }

    @Test
    void s7_csat_averages_per_week_and_a_week_without_ratings_is_a_gap() {
        List<LocalDate> weeks = WeeklySeries.weeks(NOW, 3);
        List<Week> csat = WeeklySeries.average(weeks, List.of(
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
        List<LocalDate> weeks = WeeklySeries.weeks(NOW, 1);
        List<Week> kept = WeeklySeries.compliance(weeks, List.of(new Sample(NOW, 1), new Sample(NOW, 1),
                new Sample(NOW, 0)));
        assertThat(kept.get(0).value()).isEqualTo(66.7);
        assertThat(kept.get(0).count()).isEqualTo(3);
    }
}

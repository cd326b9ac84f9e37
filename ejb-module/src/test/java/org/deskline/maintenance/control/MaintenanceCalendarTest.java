package org.deskline.maintenance.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MaintenanceCalendarTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void m2_a_due_checkup_runs_once_and_the_next_is_six_months_later() {
        var run = MaintenanceCalendar.run(Instant.parse("2026-12-01T09:00:00Z"), 6, NOW);
        assertThat(run.due()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(run.next()).isEqualTo(Instant.parse("2027-06-01T09:00:00Z"));
        assertThat(run.missed()).isZero();
    }

    @Test
    void m2_m3_runs_missed_while_down_make_one_run_for_the_latest_and_the_next_is_after_now() {
        var run = MaintenanceCalendar.run(Instant.parse("2025-11-01T00:00:00Z"), 6, NOW);
        assertThat(run.due()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(run.next()).isEqualTo(Instant.parse("2027-05-01T00:00:00Z"));
        assertThat(run.missed()).isEqualTo(2);
        var monthly = MaintenanceCalendar.run(Instant.parse("2026-08-31T00:00:00Z"), 1, NOW);
        assertThat(monthly.due()).as("month ends are kept as close as the calendar allows")
                .isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(monthly.next()).isEqualTo(Instant.parse("2026-12-30T00:00:00Z"));
    }

    @Test
    void m3_a_yearly_update_and_a_schedule_not_due_yet() {
        var yearly = MaintenanceCalendar.run(Instant.parse("2025-12-01T12:00:00Z"), 12, NOW);
        assertThat(yearly.next()).isEqualTo(Instant.parse("2027-12-01T12:00:00Z"));
        assertThatThrownBy(() -> MaintenanceCalendar.run(NOW.plusSeconds(1), 6, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaintenanceCalendar.run(NOW, 0, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void m2_an_open_checkup_is_overdue_after_its_grace_only() {
        Instant due = Instant.parse("2026-11-01T00:00:00Z");
        assertThat(MaintenanceCalendar.overdue(due, Duration.ofDays(14), true, NOW)).isTrue();
        assertThat(MaintenanceCalendar.overdue(due, Duration.ofDays(14), false, NOW)).as("closed").isFalse();
        assertThat(MaintenanceCalendar.overdue(due, Duration.ofDays(31), true, NOW)).isFalse();
    }
}

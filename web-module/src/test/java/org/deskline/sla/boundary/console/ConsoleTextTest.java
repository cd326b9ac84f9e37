package org.deskline.sla.boundary.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.DurationText;
import org.deskline.sla.entity.CalendarOpening;
import org.junit.jupiter.api.Test;

/** S1/S2: what staff type into the plan and calendar editors, and how it reads back. */
class ConsoleTextTest {

    @Test
    void s1_durations_read_and_write_in_largest_units_first() {
        assertThat(DurationText.parse("1h 30m", "f", "S1")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("2d", "f", "S1")).isEqualTo(Duration.ofDays(2));
        assertThat(DurationText.parse(" 12s ", "f", "S1")).isEqualTo(Duration.ofSeconds(12));
        assertThat(DurationText.parse("1D4H", "f", "S1")).isEqualTo(Duration.ofHours(28));
        assertThat(DurationText.format(Duration.ofMinutes(90))).isEqualTo("1h 30m");
        assertThat(DurationText.format(Duration.ofSeconds(432000))).isEqualTo("5d");
        assertThat(DurationText.format(Duration.ofSeconds(-61))).isEqualTo("-1m 1s");
        for (Duration d : List.of(Duration.ofSeconds(1), Duration.ofHours(36), Duration.ofSeconds(90061))) {
            assertThat(DurationText.parse(DurationText.format(d), "f", "S1")).isEqualTo(d);
        }
        for (String bad : List.of("", "4", "h", "30m 1h", "1h 1h", "4 hours", "-1h")) {
            assertThatThrownBy(() -> DurationText.parse(bad, "targets.HIGH.response", "S1"))
                    .isInstanceOfSatisfying(DeskException.class, e -> {
                        assertThat(e.field()).isEqualTo("targets.HIGH.response");
                        assertThat(e.rule()).isEqualTo("S1");
                    });
        }
    }

    @Test
    void s2_a_weekday_is_a_list_of_intervals_and_empty_when_closed() {
        assertThat(WeekText.parse(DayOfWeek.MONDAY, "08:00-12:00, 13:00-16:30")).extracting(
                CalendarOpening::getFromMinute, CalendarOpening::getToMinute).containsExactly(
                org.assertj.core.groups.Tuple.tuple(480, 720), org.assertj.core.groups.Tuple.tuple(780, 990));
        assertThat(WeekText.parse(DayOfWeek.FRIDAY, " ")).isEmpty();
        List<CalendarOpening> night = WeekText.parse(DayOfWeek.SUNDAY, "22:00-24:00");
        assertThat(night.get(0).getToMinute()).isEqualTo(1440);
        assertThat(WeekText.format(night, DayOfWeek.SUNDAY)).isEqualTo("22:00-24:00");
        assertThat(WeekText.format(night, DayOfWeek.MONDAY)).isEmpty();
        for (String bad : List.of("8-12", "08:00", "25:00-26:00", "08:60-09:00", "24:30-24:45")) {
            assertThatThrownBy(() -> WeekText.parse(DayOfWeek.TUESDAY, bad))
                    .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.field())
                            .isEqualTo("openings.TUESDAY"));
        }
    }
}

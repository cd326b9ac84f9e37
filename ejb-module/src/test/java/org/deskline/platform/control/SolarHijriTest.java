package org.deskline.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 8: Persian pages show Solar Hijri dates. Known dates from the Iranian calendar. */
class SolarHijriTest {

    @ParameterizedTest(name = "{0} = {1}/{2}/{3}")
    @CsvSource({
            "2024-03-20, 1403, 1, 1",    // Nowruz 1403
            "2024-03-19, 1402, 12, 29",  // 1402 is not leap: Esfand has 29 days
            "2025-03-20, 1403, 12, 30",  // 1403 is leap: 30 Esfand
            "2025-03-21, 1404, 1, 1",
            "2026-03-21, 1405, 1, 1",
            "2026-12-01, 1405, 9, 10",   // 10 Azar 1405
            "2026-09-22, 1405, 6, 31",   // last day of Shahrivar (six 31-day months)
            "2026-09-23, 1405, 7, 1",    // Mehr 1
            "1979-02-11, 1357, 11, 22",  // 22 Bahman 1357
            "2000-01-01, 1378, 10, 11",
    })
    void converts_gregorian_days(LocalDate date, int year, int month, int day) {
        assertThat(SolarHijri.of(date)).isEqualTo(new SolarHijri(year, month, day));
        assertThat(new SolarHijri(year, month, day).toLocalDate()).isEqualTo(date);
    }

    @Test
    void every_day_of_a_century_converts_there_and_back_and_no_such_day_is_refused() {
        for (LocalDate day = LocalDate.of(1990, 1, 1); day.isBefore(LocalDate.of(2090, 1, 1)); day = day.plusDays(1)) {
            assertThat(SolarHijri.of(day).toLocalDate()).isEqualTo(day);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SolarHijri(1404, 12, 30).toLocalDate())
                .isInstanceOf(IllegalArgumentException.class); // 1404 is not leap
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SolarHijri(1405, 7, 31).toLocalDate())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_year_of_days_is_consecutive_and_leap_years_have_366() {
        LocalDate day = LocalDate.of(2026, 3, 21);
        SolarHijri previous = SolarHijri.of(day.minusDays(1));
        int days = 0;
        while (SolarHijri.of(day).year() == 1405) {
            SolarHijri now = SolarHijri.of(day);
            boolean next = now.day() == previous.day() + 1 && now.month() == previous.month();
            boolean newMonth = now.day() == 1 && (now.month() == previous.month() % 12 + 1);
            assertThat(next || newMonth).as(day + " follows " + previous).isTrue();
            previous = now;
            day = day.plusDays(1);
            days++;
        }
        assertThat(days).isEqualTo(SolarHijri.leap(1405) ? 366 : 365);
        assertThat(SolarHijri.leap(1403)).isTrue();
        assertThat(SolarHijri.leap(1402)).isFalse();
    }

    @Test
    void persian_digits() {
        assertThat(new SolarHijri(1405, 9, 10).persian()).isEqualTo("۱۴۰۵/۰۹/۱۰");
    }

    /** Issue 20: what a Persian keyboard types in a time or date field is read as the digits it means. */
    @Test
    void persian_and_arabic_indic_digits_read_as_latin_and_back() {
        assertThat(SolarHijri.latinDigits("۱۰:۳۰")).isEqualTo("10:30");
        assertThat(SolarHijri.latinDigits("١٠:٣٠")).isEqualTo("10:30");
        assertThat(SolarHijri.latinDigits("2031-03-11 ده")).isEqualTo("2031-03-11 ده");
        assertThat(SolarHijri.latinDigits(SolarHijri.persianDigits("0123456789"))).isEqualTo("0123456789");
    }
}

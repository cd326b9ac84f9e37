package org.deskline.sla.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** S2: the official holidays the default Tehran calendar ships with. */
class IranHolidaysTest {

    @Test
    void s2_the_fixed_holidays_fall_on_their_solar_hijri_days() {
        List<IcsHolidays.Holiday> y1405 = IranHolidays.of(1405);
        assertThat(y1405).extracting(IcsHolidays.Holiday::day).contains(
                LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 24),   // Nowruz 1-4 Farvardin
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2),     // 12 and 13 Farvardin
                LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 5),     // 14 and 15 Khordad
                LocalDate.of(2027, 2, 11),                              // 22 Bahman
                LocalDate.of(2027, 3, 20));                             // 29 Esfand
        assertThat(y1405).allSatisfy(h -> assertThat(h.day()).isBetween(LocalDate.of(2026, 3, 21),
                LocalDate.of(2027, 3, 20)));
    }

    @Test
    void s2_the_lunar_holidays_come_from_the_documented_file_and_a_shared_day_keeps_both_names() {
        assertThat(IranHolidays.lunarYears()).contains(1405, 1406);
        List<IcsHolidays.Holiday> y1405 = IranHolidays.of(1405);
        assertThat(y1405).anySatisfy(h -> {
            assertThat(h.day()).isEqualTo(LocalDate.of(2026, 6, 25));
            assertThat(h.name()).contains("Ashura");
        });
        // 18 Dhu al-Hijjah 1447 and 14 Khordad 1405 are one day
        assertThat(y1405).filteredOn(h -> h.day().equals(LocalDate.of(2026, 6, 4))).singleElement()
                .satisfies(h -> assertThat(h.name()).contains("Khomeini").contains("Ghadir"));
        assertThat(y1405).hasSizeGreaterThan(25);
        assertThat(IranHolidays.of(1406)).extracting(IcsHolidays.Holiday::day)
                .contains(LocalDate.of(2027, 3, 21), LocalDate.of(2027, 6, 15));
        assertThat(IranHolidays.of(1410)).hasSize(10).as("without lunar data only the fixed ones");
    }
}

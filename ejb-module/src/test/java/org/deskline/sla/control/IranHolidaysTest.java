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
        assertThat(IranHolidays.of(1410)).extracting(IcsHolidays.Holiday::name)
                .as("beyond the file the lunar holidays are computed").anyMatch(n -> n.contains("Ashura"));
    }

    @Test
    void s2_the_computed_lunar_holidays_match_the_file_for_the_years_it_covers_and_cover_the_years_after() {
        for (int year : IranHolidays.lunarYears()) {
            assertThat(IranHolidays.computed(year)).as("Solar Hijri " + year).isEqualTo(IranHolidays.fromFile(year));
        }
        // 1407 (2028-03-20 to 2029-03-20), the year the file does not cover: every rule once or twice, none lost
        var y1407 = IranHolidays.lunar(1407);
        assertThat(y1407).hasSizeBetween(17, 20);
        assertThat(y1407.values()).anyMatch(n -> n.contains("Tasua")).anyMatch(n -> n.contains("Imam Reza"))
                .anyMatch(n -> n.contains("Eid al-Adha"));
        assertThat(y1407.keySet()).allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(2028, 3, 20),
                LocalDate.of(2029, 3, 20)));
    }
}

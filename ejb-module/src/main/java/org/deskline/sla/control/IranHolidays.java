package org.deskline.sla.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.deskline.platform.control.SolarHijri;

/**
 * S2: Iran's official holidays for a Solar Hijri year, for the default Tehran calendar. The fixed ones fall on Solar
 * Hijri dates and are computed; the lunar ones move 10-11 days a year and come from {@code iran-lunar-holidays.tsv}
 * (its header names its source and the years it covers) and, for a year beyond it, from the same source computed
 * here: java.time's Umm al-Qura {@link HijrahChronology}. Iran fixes each lunar month by sighting, so a date can be a
 * day off; staff correct it on the calendars page. Two holidays on one day give one entry with both names.
 */
public final class IranHolidays {

    /** A fixed holiday: Solar Hijri month and day. */
    private record Fixed(int month, int day, String name) {
    }

    private static final List<Fixed> FIXED = List.of(
            new Fixed(1, 1, "نوروز (Nowruz)"),
            new Fixed(1, 2, "نوروز (Nowruz)"),
            new Fixed(1, 3, "نوروز (Nowruz)"),
            new Fixed(1, 4, "نوروز (Nowruz)"),
            new Fixed(1, 12, "روز جمهوری اسلامی (Islamic Republic Day)"),
            new Fixed(1, 13, "روز طبیعت (Nature Day)"),
            new Fixed(3, 14, "رحلت امام خمینی (Demise of Imam Khomeini)"),
            new Fixed(3, 15, "قیام ۱۵ خرداد (Uprising of 15 Khordad)"),
            new Fixed(11, 22, "پیروزی انقلاب اسلامی (Victory of the Islamic Revolution)"),
            new Fixed(12, 29, "ملی شدن صنعت نفت (Nationalization of the oil industry)"));

    /** A lunar holiday: Hijri month and day; day {@link #LAST} is the month's last day (29 or 30). */
    private record Lunar(int month, int day, String name) {
    }

    private static final int LAST = 0;

    private static final List<Lunar> LUNAR_RULES = List.of(
            new Lunar(1, 9, "تاسوعای حسینی (Tasua)"),
            new Lunar(1, 10, "عاشورای حسینی (Ashura)"),
            new Lunar(2, 20, "اربعین حسینی (Arbaeen)"),
            new Lunar(2, 28, "رحلت رسول اکرم و شهادت امام حسن مجتبی (Demise of the Prophet, martyrdom of Imam Hasan)"),
            new Lunar(2, LAST, "شهادت امام رضا (Martyrdom of Imam Reza)"),
            new Lunar(3, 8, "شهادت امام حسن عسکری (Martyrdom of Imam Hasan Askari)"),
            new Lunar(3, 17, "میلاد رسول اکرم و امام جعفر صادق (Birth of the Prophet and Imam Sadiq)"),
            new Lunar(6, 3, "شهادت حضرت فاطمه زهرا (Martyrdom of Fatima)"),
            new Lunar(7, 13, "ولادت امام علی (Birth of Imam Ali)"),
            new Lunar(7, 27, "مبعث رسول اکرم (Mab'ath)"),
            new Lunar(8, 15, "ولادت حضرت قائم (Birth of Imam Mahdi)"),
            new Lunar(9, 21, "شهادت امام علی (Martyrdom of Imam Ali)"),
            new Lunar(10, 1, "عید سعید فطر (Eid al-Fitr)"),
            new Lunar(10, 2, "تعطیل به مناسبت عید سعید فطر (Eid al-Fitr holiday)"),
            new Lunar(10, 25, "شهادت امام جعفر صادق (Martyrdom of Imam Sadiq)"),
            new Lunar(12, 10, "عید سعید قربان (Eid al-Adha)"),
            new Lunar(12, 18, "عید سعید غدیر خم (Eid al-Ghadir)"));

    static final String LUNAR_FILE = "/org/deskline/sla/iran-lunar-holidays.tsv";

    private static final Map<LocalDate, String> LUNAR = readLunar();

    private IranHolidays() {
    }

    /** The year's official holidays, by day: the lunar ones from the file where it covers the year, else computed. */
    public static List<IcsHolidays.Holiday> of(int solarHijriYear) {
        Map<LocalDate, String> days = new TreeMap<>();
        FIXED.forEach(f -> days.merge(new SolarHijri(solarHijriYear, f.month(), f.day()).toLocalDate(), f.name(),
                IranHolidays::both));
        LocalDate first = new SolarHijri(solarHijriYear, 1, 1).toLocalDate();
        LocalDate next = new SolarHijri(solarHijriYear + 1, 1, 1).toLocalDate();
        lunar(solarHijriYear).forEach((day, name) -> days.merge(day, name, IranHolidays::both));
        List<IcsHolidays.Holiday> all = new ArrayList<>();
        days.forEach((day, name) -> all.add(new IcsHolidays.Holiday(day, name)));
        return all;
    }

    /** The year's lunar holidays: the file's where it covers the year, else computed from the Umm al-Qura tables. */
    static Map<LocalDate, String> lunar(int solarHijriYear) {
        return lunarYears().contains(solarHijriYear) ? fromFile(solarHijriYear) : computed(solarHijriYear);
    }

    /** The file's lunar holidays of a year. */
    static Map<LocalDate, String> fromFile(int solarHijriYear) {
        LocalDate first = new SolarHijri(solarHijriYear, 1, 1).toLocalDate();
        LocalDate next = new SolarHijri(solarHijriYear + 1, 1, 1).toLocalDate();
        return new TreeMap<>(((java.util.NavigableMap<LocalDate, String>) LUNAR).subMap(first, true, next, false));
    }

    /** The lunar holidays of a year computed from java.time's Umm al-Qura calendar (none outside its range). */
    static Map<LocalDate, String> computed(int solarHijriYear) {
        Map<LocalDate, String> days = new TreeMap<>();
        LocalDate next = new SolarHijri(solarHijriYear + 1, 1, 1).toLocalDate();
        for (LocalDate day = new SolarHijri(solarHijriYear, 1, 1).toLocalDate(); day.isBefore(next);
             day = day.plusDays(1)) {
            HijrahDate hijri;
            try {
                hijri = HijrahDate.from(day);
            } catch (java.time.DateTimeException outOfRange) {
                continue;
            }
            int month = hijri.get(ChronoField.MONTH_OF_YEAR);
            int dayOfMonth = hijri.get(ChronoField.DAY_OF_MONTH);
            boolean last = dayOfMonth == hijri.lengthOfMonth();
            for (Lunar rule : LUNAR_RULES) {
                if (rule.month() == month && (rule.day() == dayOfMonth || rule.day() == LAST && last)) {
                    days.merge(day, rule.name(), IranHolidays::both);
                }
            }
        }
        return days;
    }

    /** The Solar Hijri years whose lunar holidays the file lists. */
    public static Set<Integer> lunarYears() {
        Set<Integer> years = new TreeSet<>();
        LUNAR.keySet().forEach(day -> years.add(SolarHijri.of(day).year()));
        return years;
    }

    private static String both(String a, String b) {
        return a.equals(b) ? a : a + " / " + b;
    }

    /** Gregorian date, Hijri date, name; tab-separated; # starts a comment. */
    private static Map<LocalDate, String> readLunar() {
        Map<LocalDate, String> days = new TreeMap<>();
        try (InputStream in = IranHolidays.class.getResourceAsStream(LUNAR_FILE)) {
            if (in == null) {
                throw new IllegalStateException(LUNAR_FILE + " is missing from the build");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                days.merge(LocalDate.parse(columns[0]), columns[2].strip(), IranHolidays::both);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}

package org.deskline.sla.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * (its header names its source and the years it covers). Two holidays on one day give one entry with both names.
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

    static final String LUNAR_FILE = "/org/deskline/sla/iran-lunar-holidays.tsv";

    private static final Map<LocalDate, String> LUNAR = readLunar();

    private IranHolidays() {
    }

    /** The year's official holidays, by day; the lunar ones only where the file covers the year. */
    public static List<IcsHolidays.Holiday> of(int solarHijriYear) {
        Map<LocalDate, String> days = new TreeMap<>();
        FIXED.forEach(f -> days.merge(new SolarHijri(solarHijriYear, f.month(), f.day()).toLocalDate(), f.name(),
                IranHolidays::both));
        LocalDate first = new SolarHijri(solarHijriYear, 1, 1).toLocalDate();
        LocalDate next = new SolarHijri(solarHijriYear + 1, 1, 1).toLocalDate();
        LUNAR.forEach((day, name) -> {
            if (!day.isBefore(first) && day.isBefore(next)) {
                days.merge(day, name, IranHolidays::both);
            }
        });
        List<IcsHolidays.Holiday> all = new ArrayList<>();
        days.forEach((day, name) -> all.add(new IcsHolidays.Holiday(day, name)));
        return all;
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

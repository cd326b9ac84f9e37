package org.deskline.platform.control;

import java.time.LocalDate;

/**
 * The Solar Hijri (Jalali) date of the Iranian calendar, as Persian-speaking staff read dates and Iran's fixed
 * official holidays fall (S2). java.time has no
 * such chronology, so this converts with the 33-year-cycle arithmetic (Borkowski's break table), exact for the
 * years 1178-1633 AP (1799-2254).
 *
 * @param year  Solar Hijri year (1405 began on 21 March 2026)
 * @param month 1 (Farvardin) to 12 (Esfand)
 * @param day   1 to 31
 */
public record SolarHijri(int year, int month, int day) {

    private static final int[] BREAKS = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
        2192, 2262, 2324, 2394, 2456, 3178};

    public static SolarHijri of(LocalDate date) {
        int gy = date.getYear();
        int jy = gy - 621;
        int[] cal = cycle(jy);
        long firstOfYear = LocalDate.of(gy, 3, cal[1]).toEpochDay();
        long k = date.toEpochDay() - firstOfYear;
        if (k >= 0) {
            if (k <= 185) {
                return new SolarHijri(jy, 1 + (int) (k / 31), (int) (k % 31) + 1);
            }
            k -= 186;
        } else {
            jy -= 1;
            k += 179;
            if (cal[0] == 1) {
                k += 1;
            }
        }
        return new SolarHijri(jy, 7 + (int) (k / 30), (int) (k % 30) + 1);
    }

    /** The Gregorian day of this Solar Hijri date (months 1-6 have 31 days, 7-11 30, Esfand 29 or 30). */
    public LocalDate toLocalDate() {
        if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : month <= 11 ? 30 : leap(year) ? 30 : 29)) {
            throw new IllegalArgumentException("No such Solar Hijri day: " + year + "/" + month + "/" + day);
        }
        LocalDate farvardinFirst = LocalDate.of(year + 621, 3, cycle(year)[1]);
        int offset = month <= 6 ? (month - 1) * 31 + day - 1 : 186 + (month - 7) * 30 + day - 1;
        return farvardinFirst.plusDays(offset);
    }

    /** Whether Esfand of this year has 30 days. */
    public static boolean leap(int year) {
        return cycle(year)[0] == 0;
    }

    /** {leap index (0 = leap year), the March day on which this year's Farvardin 1 falls}. */
    private static int[] cycle(int jy) {
        if (jy < BREAKS[0] || jy >= BREAKS[BREAKS.length - 1]) {
            throw new IllegalArgumentException("Solar Hijri year out of range: " + jy);
        }
        int gy = jy + 621;
        int leapJ = -14;
        int jp = BREAKS[0];
        int jump = 0;
        for (int i = 1; i < BREAKS.length; i++) {
            int jm = BREAKS[i];
            jump = jm - jp;
            if (jy < jm) {
                break;
            }
            leapJ += jump / 33 * 8 + jump % 33 / 4;
            jp = jm;
        }
        int n = jy - jp;
        leapJ += n / 33 * 8 + (n % 33 + 3) / 4;
        if (jump % 33 == 4 && jump - n == 4) {
            leapJ += 1;
        }
        int leapG = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
        int march = 20 + leapJ - leapG;
        if (jump - n < 6) {
            n = n - jump + (jump + 4) / 33 * 33;
        }
        int leap = ((n + 1) % 33 - 1) % 4;
        if (leap == -1) {
            leap = 4;
        }
        return new int[] {leap, march};
    }

    /** 1405/09/10 in Persian digits. */
    public String persian() {
        return persianDigits(String.format("%04d/%02d/%02d", year, month, day));
    }

    public static String persianDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return out.toString();
    }

    /** What a Persian keyboard typed (۱۰:۳۰, or Arabic-Indic ١٠:٣٠) as the digits parsers read (10:30). */
    public static String latinDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + (c - '\u06F0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + (c - '\u0660')));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

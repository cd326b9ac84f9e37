package org.deskline.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.deskline.platform.control.SolarHijri;
import java.util.Locale;

/**
 * How the console shows instants and enum values (#{formats.time(...)}, #{formats.label(...)}) in the page's
 * language and the user's time zone (issue 20: the zone is named once, in the top bar, not after every time):
 * Persian pages show Solar Hijri dates in Persian digits, formatted by ICU4J's Persian calendar (the product's own
 * {@link SolarHijri}, which the holiday rules use, agrees with it on every day from 1930 to 2123:
 * {@code DisplayFormatsTest}); enum values come from the bundles ({@code enum.<Type>.<VALUE>}).
 */
@Named("formats")
@ApplicationScoped
public class DisplayFormats {

    @jakarta.inject.Inject
    java.time.Clock clock;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    /** Persian pages: 1405/09/10 19:50 of the Solar Hijri calendar in Persian digits (cloned per use: not thread-safe). */
    private static final com.ibm.icu.text.SimpleDateFormat PERSIAN_TIME = new com.ibm.icu.text.SimpleDateFormat(
            "yyyy/MM/dd HH:mm", new com.ibm.icu.util.ULocale("fa_IR@calendar=persian"));
    private static final com.ibm.icu.text.SimpleDateFormat PERSIAN_DAY = new com.ibm.icu.text.SimpleDateFormat(
            "yyyy/MM/dd", new com.ibm.icu.util.ULocale("fa_IR@calendar=persian"));

    @jakarta.inject.Inject
    ViewerZone viewer;

    public String time(Instant instant) {
        return time(instant, Messages.locale(), viewer.zone());
    }

    /** The instant to the minute in {@code zone}: 2026-12-01 19:50, or ۱۴۰۵/۰۹/۱۰ ۱۹:۵۰ on Persian pages. */
    static String time(Instant instant, Locale locale, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        if ("fa".equals(locale.getLanguage())) {
            return persian(PERSIAN_TIME, instant, zone);
        }
        return TIME.format(LocalDateTime.ofInstant(instant, zone));
    }

    /** The signed-in user's zone (the console's default on the login page and outside a request). */
    public static ZoneId zone() {
        try {
            return jakarta.enterprise.inject.spi.CDI.current().select(ViewerZone.class).get().zone();
        } catch (RuntimeException noSession) { // no CDI (unit tests) or no session context
            return ZoneId.of(ViewerZone.DEFAULT);
        }
    }

    /** A calendar day: 2026-11-28, or its Solar Hijri date on Persian pages. */
    public String day(java.time.LocalDate day) {
        return dayText(day);
    }

    /** 5400 s → "1h 30m" (what the editors read back). */
    public String duration(Duration duration) {
        return DurationText.format(duration);
    }

    /** For the countdown script: the instant as epoch milliseconds. */
    public long millis(Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }

    /** S6: "in 1h 5m" or "overdue 3m", to the minute (the script keeps it current to the second). */
    public String countdown(Instant due) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), due);
        Locale locale = Messages.locale();
        return Messages.text(locale, left.isNegative() ? "countdown.overdue" : "countdown.in", amount(left, locale));
    }

    /**
     * Issue 20: a countdown's amount in the page's words, to the minute: "1d 4h", "۱ روز ۴ ساعت", "1 д 4 ч"
     * (countdown.js says it the same way each second).
     */
    static String amount(Duration left, Locale locale) {
        long minutes = Math.abs(left.toMinutes());
        if (minutes == 0) {
            return Messages.text(locale, "duration.underMinute");
        }
        long[] values = {minutes / 1440, minutes % 1440 / 60, minutes % 60};
        String[] units = {"duration.d", "duration.h", "duration.m"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                String n = "fa".equals(locale.getLanguage()) ? SolarHijri.persianDigits(Long.toString(values[i]))
                        : Long.toString(values[i]);
                out.append(out.isEmpty() ? "" : " ").append(Messages.find(locale, units[i]).replace("{0}", n));
            }
        }
        return out.toString();
    }

    /** WAITING_FOR_REPLY → "Waiting for reply" (or its translation). */
    public String label(Enum<?> value) {
        return label(value, Messages.locale());
    }

    static String label(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        String translated = Messages.find(locale, key(value));
        if (translated != null) {
            return translated;
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@link #time(Instant)} for code that has no instance (messages after an action). */
    public static String timeText(Instant instant) {
        return time(instant, Messages.locale(), zone());
    }

    /** {@link #day(java.time.LocalDate)} for code that has no instance (messages after an action). */
    public static String dayText(java.time.LocalDate day) {
        if (day == null) {
            return "";
        }
        return "fa".equals(Messages.locale().getLanguage()) ? persianDay(day) : day.toString();
    }

    /** The Solar Hijri day in Persian digits: 1405/09/10. */
    static String persianDay(java.time.LocalDate day) {
        return persian(PERSIAN_DAY, day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC);
    }

    private static String persian(com.ibm.icu.text.SimpleDateFormat prototype, Instant instant, ZoneId zone) {
        com.ibm.icu.text.SimpleDateFormat format = (com.ibm.icu.text.SimpleDateFormat) prototype.clone();
        format.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone(zone.getId()));
        return format.format(java.util.Date.from(instant));
    }

    private static final java.util.regex.Pattern SOLAR_DAY =
            java.util.regex.Pattern.compile("(1[2-4]\\d\\d)/(\\d{1,2})/(\\d{1,2})");

    /**
     * Issue 20: a day as a user types it: 2026-12-01, or on any page a Solar Hijri 1405/09/10 (Persian or Latin
     * digits). Throws {@link java.time.format.DateTimeParseException} for anything else, as LocalDate.parse does.
     */
    public static java.time.LocalDate typedDay(String typed) {
        String text = typed == null ? "" : SolarHijri.latinDigits(typed.strip());
        java.util.regex.Matcher solar = SOLAR_DAY.matcher(text);
        if (solar.matches()) {
            try {
                return new SolarHijri(Integer.parseInt(solar.group(1)), Integer.parseInt(solar.group(2)),
                        Integer.parseInt(solar.group(3))).toLocalDate();
            } catch (IllegalArgumentException noSuchDay) {
                throw new java.time.format.DateTimeParseException(noSuchDay.getMessage(), text, 0);
            }
        }
        return java.time.LocalDate.parse(text);
    }

    /** A number or amount for a message after an action: in Persian digits on Persian pages (۷۵.۰۰ EUR). */
    public static String digits(Object value) {
        String text = String.valueOf(value);
        return "fa".equals(Messages.locale().getLanguage()) ? SolarHijri.persianDigits(text) : text;
    }

    /**
     * Issue 20: an audit entry's action in the page's language ({@code audit.<Class>.<method>} of an audited method,
     * {@code audit.LOGIN} ...); an action without a label shows as recorded.
     */
    public String auditAction(String action) {
        String label = action == null ? null : Messages.find(Messages.locale(), "audit." + action);
        return label == null ? String.valueOf(action) : label;
    }

    /** {@link #label(Enum)} for code that has no instance (messages after an action). */
    public static String labelText(Enum<?> value) {
        return label(value, Messages.locale());
    }

    /** The bundle key of an enum value's label: enum.TicketStatus.OPEN, enum.Invoice.Status.PAID (nested). */
    public static String key(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String name = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        return "enum." + name + "." + value.name();
    }
}

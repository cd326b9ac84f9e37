package org.deskline.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.deskline.platform.control.SolarHijri;
import java.util.Locale;

/**
 * How the console shows instants and enum values (#{formats.time(...)}, #{formats.label(...)}) in the page's
 * language: Persian pages show Solar Hijri dates in Persian digits; enum values come from the bundles
 * ({@code enum.<Type>.<VALUE>}).
 */
@Named("formats")
@ApplicationScoped
public class DisplayFormats {

    @jakarta.inject.Inject
    java.time.Clock clock;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    public String time(Instant instant) {
        return time(instant, Messages.locale());
    }

    static String time(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        if ("fa".equals(locale.getLanguage())) {
            LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            return SolarHijri.of(utc.toLocalDate()).persian() + " "
                    + SolarHijri.persianDigits(CLOCK.format(utc)) + " UTC";
        }
        return TIME.format(instant);
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
        Duration shown = Duration.ofMinutes(Math.abs(left.toMinutes()));
        String amount = shown.isZero() ? "< 1m" : DurationText.format(shown);
        return Messages.text(left.isNegative() ? "countdown.overdue" : "countdown.in", amount);
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
        return time(instant, Messages.locale());
    }

    /** {@link #day(java.time.LocalDate)} for code that has no instance (messages after an action). */
    public static String dayText(java.time.LocalDate day) {
        if (day == null) {
            return "";
        }
        return "fa".equals(Messages.locale().getLanguage()) ? SolarHijri.of(day).persian() : day.toString();
    }

    /** {@link #label(Enum)} for code that has no instance (messages after an action). */
    public static String labelText(Enum<?> value) {
        return label(value, Messages.locale());
    }

    /** The bundle key of an enum value's label. */
    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}

package org.deskline.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the console shows instants and enum values (#{formats.time(...)}, #{formats.label(...)}). */
@Named("formats")
@ApplicationScoped
public class DisplayFormats {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
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
        Duration left = Duration.between(Instant.now(), due);
        Duration shown = Duration.ofMinutes(Math.abs(left.toMinutes()));
        String amount = shown.isZero() ? "< 1m" : DurationText.format(shown);
        return left.isNegative() ? "overdue " + amount : "in " + amount;
    }

    /** WAITING_FOR_REPLY → "Waiting for reply". */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

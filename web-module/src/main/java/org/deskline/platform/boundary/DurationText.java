package org.deskline.platform.boundary;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskline.platform.DeskException;

/**
 * Durations as staff type and read them in the console: "30m", "4h", "1h 30m", "2d", "45s"; the largest units
 * first, each at most once. {@link #format} writes what {@link #parse} reads.
 */
public final class DurationText {

    private static final Pattern PART = Pattern.compile("\\s*(\\d{1,6})\\s*([dhms])\\s*");
    private static final String UNITS = "dhms";

    private DurationText() {
    }

    /** The duration, or a VALIDATION error on {@code field} under {@code rule}. */
    public static Duration parse(String text, String field, String rule) {
        if (text == null || text.isBlank()) {
            throw DeskException.invalid(field, rule, "A duration is required, e.g. 30m, 4h, 1h 30m or 2d.");
        }
        Matcher m = PART.matcher(text.toLowerCase(Locale.ROOT));
        Duration total = Duration.ZERO;
        int end = 0;
        int lastUnit = -1;
        while (m.lookingAt()) {
            int unit = UNITS.indexOf(m.group(2).charAt(0));
            if (unit <= lastUnit) {
                throw DeskException.invalid(field, rule, "'" + text + "': name each unit once, largest first "
                        + "(d, h, m, s).");
            }
            lastUnit = unit;
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2).charAt(0)) {
                case 'd' -> Duration.ofDays(n);
                case 'h' -> Duration.ofHours(n);
                case 'm' -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
            end = m.end();
            m.region(end, text.length());
        }
        if (end != text.length() || lastUnit < 0) {
            throw DeskException.invalid(field, rule, "'" + text + "' is not a duration: write e.g. 30m, 4h, 1h 30m "
                    + "or 2d.");
        }
        return total;
    }

    public static String format(Duration d) {
        if (d == null) {
            return "";
        }
        long s = Math.abs(d.toSeconds());
        StringBuilder b = new StringBuilder();
        long[] parts = {s / 86_400, s % 86_400 / 3_600, s % 3_600 / 60, s % 60};
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > 0) {
                b.append(b.isEmpty() ? "" : " ").append(parts[i]).append(UNITS.charAt(i));
            }
        }
        return b.isEmpty() ? "0s" : (d.isNegative() ? "-" : "") + b;
    }
}

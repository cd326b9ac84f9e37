package org.deskline.billing.control;

import org.deskline.billing.entity.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * B4, what a time entry costs. Time is counted in whole minutes (start and end are cut to the minute) in the
 * billing place's time zone and split where the rate changes:
 * <ul>
 * <li>day 08:30-17:00 at the base rate, afternoon shift 17:00-22:00 at 1.5x, night 22:00-08:30 at 2x;</li>
 * <li>a day off (an official holiday of the billing calendar, or a weekly rest day) at 2x all day, midnight to
 * midnight; the night before it stays night until midnight;</li>
 * <li>at least 10 minutes are billed: an entry shorter than that is billed 10 minutes, the missing minutes at the
 * rate of the part it starts in.</li>
 * </ul>
 * Each part's amount is minutes x hourly rate x factor / 60, rounded half up once to the currency's minor unit; the
 * entry's total is the sum of its parts, so every total can be reproduced from the lines shown. Midnight, shift
 * edges and daylight-saving changes are taken in the zone (a night with a clock change is an hour shorter or
 * longer, and billed as it was worked).
 */
public final class TimeBilling {

    public static final long MINIMUM_MINUTES = 10;
    static final LocalTime DAY_STARTS = LocalTime.of(8, 30);
    static final LocalTime AFTERNOON_STARTS = LocalTime.of(17, 0);
    static final LocalTime NIGHT_STARTS = LocalTime.of(22, 0);
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /** The rates of B4, as factors of the base rate. */
    public enum Rate {
        DAY("1"), AFTERNOON("1.5"), NIGHT("2"), DAY_OFF("2");

        private final BigDecimal factor;

        Rate(String factor) {
            this.factor = new BigDecimal(factor);
        }

        public BigDecimal factor() {
            return factor;
        }
    }

    /** One stretch at one rate: worked minutes, billed minutes (the minimum may add some), its amount. */
    public record Part(Rate rate, Instant from, Instant to, long workedMinutes, long billedMinutes, Money amount) {
    }

    /** What an entry costs, and why. */
    public record Bill(long workedMinutes, long billedMinutes, List<Part> parts, Money total) {

        /** "DAY 30 min x 1 + AFTERNOON 30 min x 1.5 at 60.00 EUR/h = 75.00 EUR" and the minimum when it applied. */
        public String explain(Money hourlyRate) {
            String lines = parts.stream().map(p -> p.rate() + " " + p.billedMinutes() + " min x "
                    + p.rate().factor().toPlainString() + " = " + p.amount()).collect(Collectors.joining(" + "));
            String minimum = billedMinutes > workedMinutes ? " (worked " + workedMinutes + " min, at least "
                    + MINIMUM_MINUTES + " are billed)" : "";
            return lines + " at " + hourlyRate + "/h = " + total + minimum;
        }
    }

    private final ZoneId zone;
    private final Predicate<LocalDate> dayOff;

    /** {@code dayOff}: the billing calendar's official holidays and weekly rest days. */
    public TimeBilling(ZoneId zone, Predicate<LocalDate> dayOff) {
        this.zone = zone;
        this.dayOff = dayOff;
    }

    public Bill bill(Instant start, Instant end, Money hourlyRate) {
        Instant from = start.truncatedTo(ChronoUnit.MINUTES);
        Instant to = end.truncatedTo(ChronoUnit.MINUTES);
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a time entry ends after it starts (whole minutes): " + start + " - "
                    + end);
        }
        List<Part> stretches = stretches(from, to);
        long worked = Duration.between(from, to).toMinutes();
        long missing = Math.max(0, MINIMUM_MINUTES - worked);
        List<Part> parts = new ArrayList<>();
        Money total = Money.zero(hourlyRate.currency());
        for (int i = 0; i < stretches.size(); i++) {
            Part s = stretches.get(i);
            long billed = s.workedMinutes() + (i == 0 ? missing : 0);
            Money amount = new Money(hourlyRate.amount().multiply(BigDecimal.valueOf(billed))
                    .multiply(s.rate().factor()).divide(MINUTES_PER_HOUR, 10, java.math.RoundingMode.HALF_UP),
                    hourlyRate.currency());
            parts.add(new Part(s.rate(), s.from(), s.to(), s.workedMinutes(), billed, amount));
            total = total.plus(amount);
        }
        return new Bill(worked, worked + missing, List.copyOf(parts), total);
    }

    /** [from, to) cut where the rate changes; neighbouring stretches at the same rate joined. */
    private List<Part> stretches(Instant from, Instant to) {
        List<Part> result = new ArrayList<>();
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            ZonedDateTime local = cursor.atZone(zone);
            LocalDate date = local.toLocalDate();
            LocalTime time = local.toLocalTime();
            Rate rate;
            ZonedDateTime edge;
            if (dayOff.test(date)) {
                rate = Rate.DAY_OFF;
                edge = date.plusDays(1).atStartOfDay(zone);
            } else if (time.isBefore(DAY_STARTS)) {
                rate = Rate.NIGHT;
                edge = ZonedDateTime.of(date, DAY_STARTS, zone);
            } else if (time.isBefore(AFTERNOON_STARTS)) {
                rate = Rate.DAY;
                edge = ZonedDateTime.of(date, AFTERNOON_STARTS, zone);
            } else if (time.isBefore(NIGHT_STARTS)) {
                rate = Rate.AFTERNOON;
                edge = ZonedDateTime.of(date, NIGHT_STARTS, zone);
            } else {
                rate = Rate.NIGHT;
                edge = date.plusDays(1).atStartOfDay(zone);
            }
            Instant next = edge.toInstant().isBefore(to) ? edge.toInstant() : to;
            Part last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && last.rate() == rate) {
                result.set(result.size() - 1, new Part(rate, last.from(), next,
                        Duration.between(last.from(), next).toMinutes(), 0, null));
            } else {
                result.add(new Part(rate, cursor, next, Duration.between(cursor, next).toMinutes(), 0, null));
            }
            cursor = next;
        }
        return result;
    }
}

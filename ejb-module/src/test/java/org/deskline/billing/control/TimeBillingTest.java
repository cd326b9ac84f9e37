package org.deskline.billing.control;

import org.deskline.billing.entity.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.deskline.billing.control.TimeBilling.Rate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** B4: the golden table (billing/time-billing-cases.csv, worked out by hand) and a minute-by-minute cross-check. */
class TimeBillingTest {

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(TimeBillingTest.class
                .getResourceAsStream("/billing/time-billing-cases.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("case;")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                rows.add(Arguments.of((Object[]) f));
            }
        }
        assertThat(rows).as("at least 50 golden cases").hasSizeGreaterThanOrEqualTo(50);
        return rows.stream();
    }

    @ParameterizedTest(name = "B4 {0}")
    @MethodSource("cases")
    void b4_golden_case(String name, String zone, String rest, String holidays, String start, String end,
                        String rate, String worked, String billed, String parts, String total) {
        ZoneId z = ZoneId.of(zone);
        TimeBilling billing = new TimeBilling(z, dayOff(rest, holidays));
        String[] money = rate.split(" ");
        TimeBilling.Bill bill = billing.bill(LocalDateTime.parse(start).atZone(z).toInstant(),
                LocalDateTime.parse(end).atZone(z).toInstant(), Money.of(money[0], money[1]));

        assertThat(bill.workedMinutes()).as("worked").isEqualTo(Long.parseLong(worked));
        assertThat(bill.billedMinutes()).as("billed").isEqualTo(Long.parseLong(billed));
        assertThat(bill.parts().stream().map(p -> p.rate() + ":" + p.billedMinutes())
                .collect(Collectors.joining(","))).as("parts").isEqualTo(parts);
        assertThat(bill.total().amount()).as("total").isEqualByComparingTo(new BigDecimal(total));
        assertThat(bill.total().amount().scale()).isEqualTo(Money.digits(bill.total().currency()));
        assertThat(bill.parts().stream().map(TimeBilling.Part::amount).reduce(Money::plus).orElseThrow())
                .as("the total is the sum of the parts shown").isEqualTo(bill.total());
    }

    @Test
    void b4_every_minute_is_billed_at_the_rate_of_its_local_time_random_entries_cross_checked() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 26),
                LocalDate.of(2026, 12, 25));
        TimeBilling billing = new TimeBilling(berlin,
                d -> holidays.contains(d) || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        Random random = new Random(20261201);
        Instant base = LocalDate.of(2026, 3, 20).atStartOfDay(berlin).toInstant();
        for (int i = 0; i < 400; i++) {
            Instant start = base.plusSeconds(60L * random.nextInt(60 * 24 * 280));
            Instant end = start.plusSeconds(60L * (TimeBilling.MINIMUM_MINUTES + random.nextInt(60 * 40)));
            TimeBilling.Bill bill = billing.bill(start, end, Money.of("60.00", "EUR"));

            Map<Rate, Long> expected = new EnumMap<>(Rate.class);
            for (Instant m = start; m.isBefore(end); m = m.plusSeconds(60)) {
                ZonedDateTime local = m.atZone(berlin);
                LocalTime t = local.toLocalTime();
                Rate rate = holidays.contains(local.toLocalDate()) || local.getDayOfWeek() == DayOfWeek.SUNDAY
                        ? Rate.DAY_OFF
                        : t.isBefore(LocalTime.of(8, 30)) || !t.isBefore(LocalTime.of(22, 0)) ? Rate.NIGHT
                        : t.isBefore(LocalTime.of(17, 0)) ? Rate.DAY : Rate.AFTERNOON;
                expected.merge(rate, 1L, Long::sum);
            }
            Map<Rate, Long> actual = new EnumMap<>(Rate.class);
            bill.parts().forEach(p -> actual.merge(p.rate(), p.billedMinutes(), Long::sum));
            assertThat(actual).as("entry %s - %s", start, end).isEqualTo(expected);
            BigDecimal exact = expected.entrySet().stream()
                    .map(e -> e.getKey().factor().multiply(BigDecimal.valueOf(e.getValue())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(bill.total().amount()).isEqualByComparingTo(exact); // 1 EUR a minute at the base rate
        }
    }

    @Test
    void b4_an_entry_must_end_after_it_starts() {
        TimeBilling billing = new TimeBilling(ZoneId.of("Asia/Tehran"), d -> false);
        Instant t = Instant.parse("2026-12-01T06:00:00Z");
        assertThatThrownBy(() -> billing.bill(t, t, Money.of("60", "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends after it starts");
        assertThatThrownBy(() -> billing.bill(t, t.plusSeconds(59), Money.of("60", "EUR")))
                .as("less than a whole minute").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> billing.bill(t, t.minusSeconds(600), Money.of("60", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void b4_the_explanation_names_parts_factors_and_the_minimum() {
        ZoneId tehran = ZoneId.of("Asia/Tehran");
        TimeBilling.Bill bill = new TimeBilling(tehran, d -> false).bill(
                LocalDateTime.parse("2026-12-01T16:58").atZone(tehran).toInstant(),
                LocalDateTime.parse("2026-12-01T17:03").atZone(tehran).toInstant(), Money.of("60.00", "EUR"));
        assertThat(bill.explain(Money.of("60.00", "EUR"))).isEqualTo("DAY 7 min x 1 = 7.00 EUR + AFTERNOON 3 min x "
                + "1.5 = 4.50 EUR at 60.00 EUR/h = 11.50 EUR (worked 5 min, at least 10 are billed)");
    }

    private static java.util.function.Predicate<LocalDate> dayOff(String rest, String holidays) {
        Set<DayOfWeek> restDays = rest.isBlank() ? Set.of() : Arrays.stream(rest.split(","))
                .map(DayOfWeek::valueOf).collect(Collectors.toSet());
        Set<LocalDate> dates = holidays.isBlank() ? Set.of() : Arrays.stream(holidays.split(","))
                .map(LocalDate::parse).collect(Collectors.toSet());
        return d -> restDays.contains(d.getDayOfWeek()) || dates.contains(d);
    }
}

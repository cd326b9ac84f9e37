package org.deskline.billing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingEntitiesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void b5_a_package_never_goes_below_zero_without_overage_and_alerts_low_once_per_crossing() {
        HoursPackage p = new HoursPackage(1, "10 h", 600, Money.of("60", "EUR"), LocalDate.of(2026, 12, 31), false,
                120, NOW);
        assertThat(p.covers(600)).isTrue();
        assertThat(p.covers(601)).as("no overage").isFalse();
        assertThat(p.move(-400)).as("200 left, above the 120 threshold").isFalse();
        assertThat(p.move(-80)).as("120 left: the threshold is reached").isTrue();
        assertThat(p.move(-60)).as("alerted already").isFalse();
        assertThat(p.move(+600)).as("a top-up lifts it and re-arms the alert").isFalse();
        assertThat(p.move(-600)).isTrue();
        assertThat(p.getBalanceMinutes()).isEqualTo(60);
        assertThat(p.usableOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(p.usableOn(LocalDate.of(2027, 1, 1))).as("expired").isFalse();
        HoursPackage overage = new HoursPackage(1, "flex", 60, Money.of("60", "EUR"), null, true, 0, NOW);
        assertThat(overage.covers(10_000)).isTrue();
        assertThat(overage.usableOn(LocalDate.of(2099, 1, 1))).as("no expiry").isTrue();
    }

    @Test
    void b7_an_invoice_total_is_the_sum_of_its_lines_and_it_is_paid_when_payments_reach_it() {
        Invoice invoice = new Invoice(1, NOW, NOW.plusSeconds(86_400), NOW, "accounts", Currency.getInstance("EUR"),
                List.of(new InvoiceLine(10, "a", new BigDecimal("75.00")), new InvoiceLine(11, "b",
                        new BigDecimal("16.67")), new InvoiceLine(12, "c", new BigDecimal("0.33"))));
        assertThat(invoice.getTotal()).isEqualTo(Money.of("92.00", "EUR"));
        assertThat(invoice.getStatus()).isEqualTo(Invoice.Status.OPEN);
        invoice.pay(Money.of("50.00", "EUR"));
        assertThat(invoice.outstanding()).isEqualTo(Money.of("42.00", "EUR"));
        assertThat(invoice.getStatus()).isEqualTo(Invoice.Status.OPEN);
        invoice.pay(Money.of("42.00", "EUR"));
        assertThat(invoice.getStatus()).isEqualTo(Invoice.Status.PAID);
        assertThat(invoice.outstanding().amount()).isEqualByComparingTo("0");
    }

    @Test
    void b1_a_downgrade_waits_for_its_day_and_a_plan_change_now_clears_it() {
        BillingPlan basic = new BillingPlan("B", "Basic", PlanKind.SUPPORT, 12, Money.of("100", "EUR"),
                Money.of("60", "EUR"), 1);
        BillingPlan premium = new BillingPlan("P", "Premium", PlanKind.SUPPORT, 6, Money.of("300", "EUR"),
                Money.of("90", "EUR"), 2);
        Subscription s = new Subscription(1, premium, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 14);
        s.changePlanNextTerm(basic, LocalDate.of(2026, 7, 1));
        assertThat(s.getPlan()).isSameAs(premium);
        s.term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30));
        assertThat(s.getPlan()).as("a renewal does not switch early").isSameAs(premium);
        assertThat(s.getNextPlanFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        s.changePlanNow(basic);
        assertThat(s.getPlan()).isSameAs(basic);
        assertThat(s.getNextPlan()).isNull();
        assertThat(s.getNextPlanFrom()).isNull();
    }

    @Test
    void b5_a_package_is_announced_once_within_the_warning_days_while_it_holds_time() {
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        HoursPackage p = new HoursPackage(1, "10 h", 600, Money.of("60", "EUR"), lastDay, false, 60, Instant.EPOCH);
        assertThat(p.warnOfExpiry(lastDay.minusDays(15), 14)).as("15 days before: not yet").isFalse();
        assertThat(p.warnOfExpiry(lastDay.minusDays(14), 14)).as("14 days before").isTrue();
        assertThat(p.warnOfExpiry(lastDay.minusDays(3), 14)).as("once").isFalse();

        HoursPackage used = new HoursPackage(1, "1 h", 60, Money.of("60", "EUR"), lastDay, false, 0, Instant.EPOCH);
        used.move(-60);
        assertThat(used.warnOfExpiry(lastDay, 14)).as("nothing left to lose").isFalse();
        HoursPackage past = new HoursPackage(1, "1 h", 60, Money.of("60", "EUR"), lastDay, false, 0, Instant.EPOCH);
        assertThat(past.warnOfExpiry(lastDay.plusDays(1), 14)).as("already expired").isFalse();
        HoursPackage endless = new HoursPackage(1, "1 h", 60, Money.of("60", "EUR"), null, false, 0, Instant.EPOCH);
        assertThat(endless.warnOfExpiry(lastDay, 14)).isFalse();
    }
}

package org.deskline.billing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.deskline.billing.control.InvoicePricing.Billed;
import org.deskline.billing.control.InvoicePricing.Correction;
import org.deskline.billing.entity.InvoiceLine;
import org.deskline.billing.entity.Money;
import org.deskline.billing.entity.ServiceType;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.junit.jupiter.api.Test;

/** B7 (one line per invoiced entry, the total their sum) and B6 (corrections after invoicing) in plain Java. */
class InvoicePricingTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final Instant TUESDAY_10 = Instant.parse("2026-03-03T06:30:00Z"); // 10:00 in Tehran

    @Test
    void b7_one_line_per_entry_in_the_billing_zone_and_the_total_is_their_sum() {
        var draft = InvoicePricing.price(List.of(
                new Billed(11, 7, ServiceType.SUPPORT, TUESDAY_10, 60, Money.of("60.00", "EUR")),
                new Billed(12, 8, ServiceType.TRAINING, TUESDAY_10.plusSeconds(12 * 3600), 70,
                        Money.of("105.00", "EUR"))), List.of(), TEHRAN);

        assertThat(draft.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(draft.lines()).extracting(InvoiceLine::getTimeEntryId).containsExactly(11L, 12L);
        assertThat(draft.lines().get(0).getDescription())
                .isEqualTo("ticket 7, SUPPORT, 2026-03-03T10:00, 60 min billed");
        assertThat(draft.lines().get(1).getDescription()).contains("2026-03-03T22:00", "70 min billed");
        assertThat(draft.total()).isEqualByComparingTo("165.00");
    }

    @Test
    void b6_a_correction_after_invoicing_is_a_line_of_its_own_and_may_be_a_credit() {
        var draft = InvoicePricing.price(List.of(), List.of(
                new Correction(12, 41, new Money(new BigDecimal("-52.50"), java.util.Currency.getInstance("EUR")))),
                TEHRAN);

        assertThat(draft.lines()).singleElement().satisfies(line -> {
            assertThat(line.getDescription()).isEqualTo("correction of time entry 12 (INV-41) after a dispute");
            assertThat(line.getAmount()).isEqualByComparingTo("-52.50");
        });
        assertThat(draft.total().signum()).as("a credit").isNegative();
    }

    @Test
    void b7_nothing_to_invoice_is_refused_naming_the_period() {
        DeskException refused = catchThrowableOfType(() -> InvoicePricing.price(List.of(), List.of(), TEHRAN),
                DeskException.class);
        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION);
        assertThat(refused.field()).isEqualTo("to");
        assertThat(refused.rule()).isEqualTo("B7");
    }

    @Test
    void b7_a_period_that_mixes_currencies_is_refused() {
        DeskException refused = catchThrowableOfType(() -> InvoicePricing.price(List.of(
                new Billed(1, 1, ServiceType.SUPPORT, TUESDAY_10, 60, Money.of("60.00", "EUR"))), List.of(
                new Correction(2, 9, Money.of("5.00", "USD"))), TEHRAN), DeskException.class);
        assertThat(refused.rule()).isEqualTo("B7");
        assertThat(refused).hasMessageContaining("mixes currencies");
    }
}

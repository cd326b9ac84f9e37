package org.deskline.billing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.deskline.billing.entity.SubscriptionStatus;
import org.junit.jupiter.api.Test;

class SubscriptionTermsTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private final SubscriptionTerms terms = new SubscriptionTerms(TEHRAN, 30);
    private final LocalDate end = LocalDate.of(2026, 12, 31);

    @Test
    void b1_active_through_the_last_day_then_grace_then_expired() {
        assertThat(terms.statusOn(end, end, 14)).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(terms.statusOn(end.plusDays(1), end, 14)).isEqualTo(SubscriptionStatus.GRACE);
        assertThat(terms.statusOn(end.plusDays(14), end, 14)).isEqualTo(SubscriptionStatus.GRACE);
        assertThat(terms.statusOn(end.plusDays(15), end, 14)).isEqualTo(SubscriptionStatus.EXPIRED);
        assertThat(terms.statusOn(end.plusDays(1), end, 0)).as("no grace").isEqualTo(SubscriptionStatus.EXPIRED);
    }

    @Test
    void b1_the_timer_looks_again_at_the_warning_the_start_of_grace_and_of_expiry_in_the_billing_zone() {
        Instant early = Instant.parse("2026-10-01T00:00:00Z");
        Instant warn = LocalDate.of(2026, 12, 1).atStartOfDay(TEHRAN).toInstant();
        Instant grace = LocalDate.of(2027, 1, 1).atStartOfDay(TEHRAN).toInstant();
        Instant expiry = LocalDate.of(2027, 1, 15).atStartOfDay(TEHRAN).toInstant();
        assertThat(terms.nextCheck(early, end, 14, false)).isEqualTo(warn);
        assertThat(terms.nextCheck(warn, end, 14, true)).isEqualTo(grace);
        assertThat(terms.nextCheck(grace, end, 14, true)).isEqualTo(expiry);
        assertThat(terms.nextCheck(expiry, end, 14, true)).as("nothing after expiry").isNull();
        assertThat(terms.nextCheck(early, end, 14, true)).as("warned already").isEqualTo(grace);
    }

    @Test
    void b1_renewal_continues_without_a_gap_unless_expired() {
        assertThat(terms.renewal(LocalDate.of(2026, 12, 20), end, 14, 12))
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(terms.renewal(LocalDate.of(2027, 1, 10), end, 14, 12)).as("in grace")
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(terms.renewal(LocalDate.of(2027, 2, 10), end, 14, 6)).as("expired: from today")
                .containsExactly(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 8, 9));
    }
}

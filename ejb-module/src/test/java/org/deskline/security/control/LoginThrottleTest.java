package org.deskline.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue 16, finding 4: per account and address, exponential locks, audited once, the owner elsewhere unaffected. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-05T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Limits(5, 20, Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofHours(1), 1_000), clock);

    @Test
    void five_refusals_are_free_then_each_one_locks_twice_as_long_up_to_the_cap() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.failed("erp", "10.0.0.9").lockStarted()).isFalse();
            assertThat(throttle.retryAfter("erp", "10.0.0.9")).isZero();
        }
        Duration expected = Duration.ofSeconds(1);
        for (int i = 0; i < 14; i++) {
            LoginThrottle.Failure failure = throttle.failed("erp", "10.0.0.9");
            assertThat(failure.lockStarted()).isTrue();
            assertThat(failure.lockedFor()).isEqualTo(expected);
            assertThat(throttle.retryAfter("erp", "10.0.0.9")).isEqualTo(expected);
            now = now.plus(failure.lockedFor());
            assertThat(throttle.retryAfter("erp", "10.0.0.9")).isZero();
            expected = expected.multipliedBy(2).compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15)
                    : expected.multipliedBy(2);
        }
        assertThat(expected).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_lock_is_reported_once_however_many_tries_arrive_during_it() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("erp", "10.0.0.9");
        }
        assertThat(throttle.failed("erp", "10.0.0.9").lockStarted()).isTrue();
        assertThat(throttle.failed("erp", "10.0.0.9").lockStarted()).as("still locked: no second audit").isFalse();
    }

    @Test
    void the_same_account_from_another_address_is_not_slowed() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("erp", "10.0.0.9");
        }
        assertThat(throttle.retryAfter("erp", "10.0.0.9")).isPositive();
        assertThat(throttle.retryAfter("erp", "10.0.0.7")).isZero();
    }

    @Test
    void one_address_spraying_many_names_is_locked_as_a_whole() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("name-" + i, "10.0.0.9");
        }
        assertThat(throttle.retryAfter("name-99", "10.0.0.9")).isZero();
        assertThat(throttle.failed("name-21", "10.0.0.9").lockStarted()).isTrue();
        assertThat(throttle.retryAfter("anyone", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.retryAfter("anyone", "10.0.0.8")).isZero();
    }

    @Test
    void a_right_password_starts_the_count_again_and_quiet_hours_forget_it() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("erp", "10.0.0.9");
        }
        throttle.succeeded("erp", "10.0.0.9");
        assertThat(throttle.failed("erp", "10.0.0.9").lockStarted()).isFalse();
        for (int i = 0; i < 4; i++) {
            throttle.failed("erp", "10.0.0.9");
        }
        now = now.plus(Duration.ofHours(2));
        assertThat(throttle.failed("erp", "10.0.0.9").lockStarted()).as("forgotten after an hour").isFalse();
    }

    @Test
    void a_flood_of_names_cannot_grow_the_table_without_bound() {
        for (int i = 0; i < 5_000; i++) {
            throttle.failed("name-" + i, "10.0.0." + (i % 200));
            now = now.plusMillis(1);
        }
        assertThat(throttle.keys()).isLessThanOrEqualTo(1_000 + 2);
    }
}

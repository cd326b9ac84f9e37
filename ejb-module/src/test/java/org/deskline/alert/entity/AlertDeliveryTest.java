package org.deskline.alert.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.deskline.alert.control.AlertDocument;
import org.junit.jupiter.api.Test;

/** Delivery guarantees of one outbox row: one relay at a time, retries with backoff, parking. */
class AlertDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static Alert alert(String payload) {
        return new Alert("a-1", AlertType.TICKET_CREATED, 7L, 11L, 42L, NOW, payload);
    }

    private static String envelope() {
        return "{\"schema\":\"deskline.alert/1\",\"alertId\":\"a-1\",\"type\":\"TICKET_CREATED\",\"severity\":\"INFO\","
                + "\"occurredAt\":\"2026-11-22T10:00:00Z\"}";
    }

    @Test
    void a_claimed_alert_is_held_by_one_relay_until_its_lease_ends() {
        Alert a = alert(envelope());
        assertThat(a.claim("relay-1", NOW, NOW.plusSeconds(60), false)).isTrue();
        assertThat(a.getClaimedBy()).isEqualTo("relay-1");
        assertThat(a.claim("relay-2", NOW.plusSeconds(59), NOW.plusSeconds(119), true)).isFalse();
        assertThat(a.claim("relay-2", NOW.plusSeconds(61), NOW.plusSeconds(121), true)).as("a lease that ended")
                .isTrue();
        a.sent(NOW.plusSeconds(62));
        assertThat(a.getState()).isEqualTo(DeliveryState.SENT);
        assertThat(a.claim("relay-3", NOW.plusSeconds(200), NOW.plusSeconds(260), false)).as("sent is final")
                .isFalse();
    }

    @Test
    void issue22_a_claim_whose_relay_no_longer_beats_is_taken_over_before_its_lease_ends() {
        Alert a = alert(envelope());
        assertThat(a.claim("relay-1", NOW, NOW.plusSeconds(60), false)).isTrue();
        assertThat(a.claim("relay-2", NOW.plusSeconds(4), NOW.plusSeconds(64), true)).as("relay-1 beats").isFalse();
        assertThat(a.claim("relay-2", NOW.plusSeconds(4), NOW.plusSeconds(64), false)).as("relay-1 is dead")
                .isTrue();
        assertThat(a.getClaimedBy()).isEqualTo("relay-2");
    }

    @Test
    void a_failed_send_backs_off_exponentially_up_to_five_minutes_then_parks() {
        Alert a = alert(envelope());
        Instant at = NOW;
        a.failed("broken pipe", at);
        assertThat(a.getNextAttemptAt()).isEqualTo(at.plusSeconds(2));
        a.failed("broken pipe", at);
        assertThat(a.getNextAttemptAt()).isEqualTo(at.plusSeconds(4));
        for (int i = 3; i < Alert.MAX_ATTEMPTS; i++) {
            a.failed("broken pipe", at);
        }
        assertThat(a.getNextAttemptAt()).isEqualTo(at.plus(Duration.ofMinutes(5)));
        assertThat(a.getState()).isEqualTo(DeliveryState.PENDING);
        a.failed("broken pipe " + "x".repeat(2_000), at);
        assertThat(a.getState()).isEqualTo(DeliveryState.PARKED);
        assertThat(a.getLastError()).hasSize(1_000);
        a.retry();
        assertThat(a.getState()).isEqualTo(DeliveryState.PENDING);
        assertThat(a.getAttempts()).isZero();
    }

    @Test
    void a_document_that_breaks_the_envelope_is_named_as_the_reason_to_park() {
        assertThat(AlertDocument.problem(alert(envelope()))).isEmpty();
        assertThat(AlertDocument.problem(alert("{not json"))).get().asString().startsWith("not a JSON object");
        assertThat(AlertDocument.problem(alert("[1, 2]"))).isPresent();
        assertThat(AlertDocument.problem(alert(envelope().replace("\"severity\":\"INFO\",", ""))))
                .contains("the document lacks the text field severity");
        assertThat(AlertDocument.problem(alert(envelope().replace("deskline.alert/1", "other/9")))).get()
                .asString().contains("is not deskline.alert/1");
        assertThat(AlertDocument.problem(alert(envelope().replace("\"a-1\"", "\"a-2\"")))).get().asString()
                .contains("disagree");
    }
}

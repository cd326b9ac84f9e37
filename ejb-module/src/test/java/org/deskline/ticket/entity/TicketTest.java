package org.deskline.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deskline.ticket.TicketFixtures.T0;

import java.time.Duration;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.TicketFixtures;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final Duration AUTO_CLOSE = Duration.ofHours(48);

    @Test
    void t5_a_new_ticket_waits_for_reply_and_counts_as_a_customer_message() {
        Ticket t = TicketFixtures.ticket("A");
        assertThat(t.getStatus()).isEqualTo(TicketStatus.WAITING_FOR_REPLY);
        assertThat(t.getLastCustomerMessageAt()).isEqualTo(T0);
        assertThat(t.isActive()).isTrue();
    }

    @Test
    void t6_an_agent_reply_starts_the_auto_close_period_and_a_customer_reply_stops_it() {
        Ticket t = TicketFixtures.ticket("A");
        t.apply(TicketAction.AGENT_REPLY, T0.plusSeconds(60), AUTO_CLOSE);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.WAITING_FOR_CUSTOMER);
        assertThat(t.getAutoCloseAt()).isEqualTo(T0.plusSeconds(60).plus(AUTO_CLOSE));

        t.apply(TicketAction.CUSTOMER_REPLY, T0.plusSeconds(120), AUTO_CLOSE);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.WAITING_FOR_REPLY);
        assertThat(t.getAutoCloseAt()).isNull();
        assertThat(t.getLastCustomerMessageAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void t6_auto_close_records_its_resolution_and_stops_the_timer() {
        Ticket t = TicketFixtures.ticket("A");
        t.apply(TicketAction.AGENT_REPLY, T0, AUTO_CLOSE);
        t.apply(TicketAction.AUTO_CLOSE, T0.plus(AUTO_CLOSE), AUTO_CLOSE);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThat(t.getResolution()).isEqualTo(Resolution.AUTO_CLOSED);
        assertThat(t.getClosedAt()).isEqualTo(T0.plus(AUTO_CLOSE));
        assertThat(t.getAutoCloseAt()).isNull();
        assertThat(t.isActive()).isFalse();
    }

    @Test
    void t7_a_customer_closing_an_open_ticket_withdraws_it() {
        Ticket t = TicketFixtures.ticket("A");
        TicketStatus from = t.apply(TicketAction.WITHDRAW, T0.plusSeconds(5), AUTO_CLOSE);
        assertThat(from).isEqualTo(TicketStatus.WAITING_FOR_REPLY);
        assertThat(t.getResolution()).isEqualTo(Resolution.WITHDRAWN);
    }

    @Test
    void t8_reopening_clears_the_resolution_and_the_rating() {
        Ticket t = TicketFixtures.ticket("A");
        t.apply(TicketAction.RESOLVE, T0, AUTO_CLOSE);
        t.rate(4, "ok", T0);
        t.apply(TicketAction.REOPEN, T0.plusSeconds(10), AUTO_CLOSE);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.WAITING_FOR_REPLY);
        assertThat(t.getResolution()).isNull();
        assertThat(t.getClosedAt()).isNull();
        assertThat(t.getRating()).isNull();
    }

    @Test
    void t12_deferral_keeps_its_reason_until_resumed() {
        Ticket t = TicketFixtures.ticket("A");
        t.defer(DeferralReason.NOT_ENOUGH_INFORMATION, T0);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.DEFERRED);
        assertThat(t.getDeferralReason()).isEqualTo(DeferralReason.NOT_ENOUGH_INFORMATION);
        t.apply(TicketAction.RESUME, T0.plusSeconds(1), AUTO_CLOSE);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(t.getDeferralReason()).isNull();
    }

    @Test
    void t11_only_a_closed_ticket_is_rated_and_only_once() {
        Ticket t = TicketFixtures.ticket("A");
        assertThatThrownBy(() -> t.rate(5, null, T0)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION));
        t.apply(TicketAction.RESOLVE, T0, AUTO_CLOSE);
        t.rate(2, "slow", T0);
        assertThat(t.getRating()).isEqualTo(2);
        assertThatThrownBy(() -> t.rate(5, null, T0)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.field()).isEqualTo("rating"));
    }

    @Test
    void t11_quality_control_referral_happens_once() {
        Ticket t = TicketFixtures.ticket("A");
        assertThat(t.referToQualityControl(T0)).isTrue();
        assertThat(t.referToQualityControl(T0)).isFalse();
        assertThat(t.isQualityReview()).isTrue();
    }
}

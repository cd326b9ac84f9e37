package org.deskline.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deskline.ticket.TicketFixtures.T0;

import java.math.BigDecimal;
import java.time.Duration;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.TicketFixtures;
import org.deskline.ticket.control.ProposalRules;
import org.junit.jupiter.api.Test;

/** T1: a development request needs review and a proposal, is accepted or declined, scheduled, delivered. */
class DevelopmentRequestTest {

    private static Ticket request() {
        return TicketFixtures.ticket("New landing page", TicketKind.DEVELOPMENT_REQUEST, false);
    }

    @Test
    void t1_a_development_request_starts_in_review_a_support_ticket_has_no_stage() {
        assertThat(request().getDevelopmentStage()).isEqualTo(DevelopmentStage.REVIEW);
        assertThat(TicketFixtures.ticket("Bug").getDevelopmentStage()).isNull();
        assertThatThrownBy(() -> TicketFixtures.ticket("Bug").advance(DevelopmentStage.PROPOSED, T0))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void t1_review_proposal_acceptance_schedule_delivery() {
        Ticket t = request();
        assertThat(t.advance(DevelopmentStage.PROPOSED, T0)).isEqualTo(DevelopmentStage.REVIEW);
        t.advance(DevelopmentStage.ACCEPTED, T0);
        t.advance(DevelopmentStage.SCHEDULED, T0);
        t.advance(DevelopmentStage.DELIVERED, T0);
        assertThat(t.getDevelopmentStage()).isEqualTo(DevelopmentStage.DELIVERED);
    }

    @Test
    void t1_a_declined_proposal_can_be_revised_but_nothing_skips_a_step() {
        Ticket t = request();
        assertThatThrownBy(() -> t.advance(DevelopmentStage.SCHEDULED, T0)).isInstanceOfSatisfying(
                DeskException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION));
        t.advance(DevelopmentStage.PROPOSED, T0);
        t.advance(DevelopmentStage.DECLINED, T0);
        assertThatThrownBy(() -> t.advance(DevelopmentStage.ACCEPTED, T0)).isInstanceOf(DeskException.class);
        t.advance(DevelopmentStage.PROPOSED, T0);
        assertThat(t.getDevelopmentStage()).isEqualTo(DevelopmentStage.PROPOSED);
    }

    @Test
    void t1_a_proposal_is_answered_once_and_not_after_it_expired() {
        Proposal p = proposal();
        p.respond(true, "go", T0.plusSeconds(10));
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThatThrownBy(() -> p.respond(false, null, T0.plusSeconds(20))).isInstanceOf(DeskException.class);

        Proposal late = proposal();
        assertThatThrownBy(() -> late.respond(true, null, T0.plus(Duration.ofDays(31))))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.getMessage()).contains("EXPIRED"));
        assertThat(late.getStatus()).isEqualTo(ProposalStatus.EXPIRED);
    }

    @Test
    void t1_a_proposal_states_scope_estimate_price_currency_and_a_future_validity() {
        ProposalRules.check("Landing page", new BigDecimal("12.5"), new BigDecimal("900"), "EUR",
                T0.plusSeconds(1), T0);
        assertRefused("scope", " ", new BigDecimal("1"), BigDecimal.ONE, "EUR", T0.plusSeconds(1));
        assertRefused("estimateHours", "x", BigDecimal.ZERO, BigDecimal.ONE, "EUR", T0.plusSeconds(1));
        assertRefused("estimateHours", "x", new BigDecimal("1.005"), BigDecimal.ONE, "EUR", T0.plusSeconds(1));
        assertRefused("price", "x", BigDecimal.ONE, new BigDecimal("-1"), "EUR", T0.plusSeconds(1));
        assertRefused("currency", "x", BigDecimal.ONE, BigDecimal.ONE, "EURO", T0.plusSeconds(1));
        assertRefused("validUntil", "x", BigDecimal.ONE, BigDecimal.ONE, "IRR", T0);
    }

    private static void assertRefused(String field, String scope, BigDecimal hours, BigDecimal price, String currency,
                                      java.time.Instant validUntil) {
        assertThatThrownBy(() -> ProposalRules.check(scope, hours, price, currency, validUntil, T0))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static Proposal proposal() {
        return new Proposal(1L, "scope", BigDecimal.TEN, BigDecimal.TEN, "EUR", T0.plus(Duration.ofDays(30)), "agent",
                T0);
    }
}

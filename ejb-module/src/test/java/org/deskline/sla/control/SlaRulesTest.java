package org.deskline.sla.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.deskline.sla.control.SlaRules.Effect;
import org.deskline.sla.control.SlaRules.Resolution;
import org.deskline.ticket.entity.DeferralReason;
import org.deskline.ticket.entity.TicketAction;
import org.junit.jupiter.api.Test;

/** S4: what every ticket action does to the clocks. */
class SlaRulesTest {

    @Test
    void s4_every_action_has_a_defined_effect() {
        for (TicketAction action : TicketAction.values()) {
            Effect effect = SlaRules.after(action, DeferralReason.values()[0]);
            assertThat(effect).as(action.name()).isNotNull();
            assertThat(effect.answersResponse() && effect.cancelsResponse()).as(action.name()).isFalse();
            assertThat(effect.resolution() == Resolution.PAUSE).as(action.name())
                    .isEqualTo(effect.pauseReason() != null);
        }
    }

    @Test
    void s4_only_a_public_agent_answer_or_a_result_meets_a_response() {
        assertThat(actionsWhere(Effect::answersResponse)).containsExactlyInAnyOrder(TicketAction.AGENT_REPLY, TicketAction.RESOLVE,
                TicketAction.REJECT);
        assertThat(SlaRules.after(TicketAction.INTERNAL_NOTE, null).answersResponse()).isFalse();
        assertThat(SlaRules.after(TicketAction.TAKE, null).answersResponse()).isFalse();
    }

    @Test
    void s5_taking_answering_resolving_or_rejecting_is_a_reaction_of_the_tier() {
        assertThat(actionsWhere(Effect::reacts)).containsExactlyInAnyOrder(TicketAction.TAKE, TicketAction.AGENT_REPLY,
                TicketAction.RESOLVE, TicketAction.REJECT);
    }

    @Test
    void s4_customer_messages_and_reopening_await_a_next_response_and_run_resolution() {
        for (TicketAction action : EnumSet.of(TicketAction.CUSTOMER_REPLY, TicketAction.REOPEN)) {
            Effect effect = SlaRules.after(action, null);
            assertThat(effect.awaitsResponse()).as(action.name()).isTrue();
            assertThat(effect.resolution()).as(action.name()).isEqualTo(Resolution.RUN);
        }
    }

    @Test
    void s4_waiting_for_the_customer_and_deferral_pause_resolution_with_their_reason() {
        assertThat(SlaRules.after(TicketAction.AGENT_REPLY, null).pauseReason())
                .isEqualTo(SlaRules.WAITING_FOR_CUSTOMER);
        DeferralReason reason = DeferralReason.values()[0];
        Effect deferred = SlaRules.after(TicketAction.DEFER, reason);
        assertThat(deferred.resolution()).isEqualTo(Resolution.PAUSE);
        assertThat(deferred.pauseReason()).isEqualTo(SlaRules.DEFERRED + reason.name());
        assertThat(SlaRules.after(TicketAction.RESUME, null).resolution()).isEqualTo(Resolution.RUN);
    }

    /** T12, seed 004 step 4: every reason it lists defers a ticket, and the pause is booked under that reason. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = DeferralReason.class, names = {"CANNOT_REPRODUCE",
            "NO_ACCESS_TO_CUSTOMER_SYSTEM", "UNLICENSED_COPY", "NOT_ENOUGH_INFORMATION", "CUSTOMER_MODIFIED_CORE",
            "VIOLATES_TECHNICAL_REQUIREMENTS", "TOO_MANY_INSTALLATIONS", "UNCONSTRUCTIVE_OR_LATE_INFO",
            "ABUSIVE_LANGUAGE", "NEEDS_DEVELOPMENT_OR_UPDATE", "OUT_OF_SCOPE"})
    void t12_every_reason_of_the_seed_pauses_resolution_under_its_own_name(DeferralReason reason) {
        Effect deferred = SlaRules.after(TicketAction.DEFER, reason);
        assertThat(deferred.resolution()).isEqualTo(Resolution.PAUSE);
        assertThat(deferred.pauseReason()).isEqualTo(SlaRules.DEFERRED + reason.name());
        assertThat(deferred.pauseReason().length()).as("fits the pause reason column").isLessThanOrEqualTo(40);
    }

    @Test
    void s4_closing_ends_resolution_met_or_cancelled() {
        assertThat(SlaRules.after(TicketAction.RESOLVE, null).resolution()).isEqualTo(Resolution.MEET);
        assertThat(SlaRules.after(TicketAction.REJECT, null).resolution()).isEqualTo(Resolution.MEET);
        assertThat(SlaRules.after(TicketAction.AUTO_CLOSE, null).resolution()).isEqualTo(Resolution.MEET);
        assertThat(SlaRules.after(TicketAction.WITHDRAW, null).resolution()).isEqualTo(Resolution.CANCEL);
        assertThat(SlaRules.after(TicketAction.WITHDRAW, null).cancelsResponse()).isTrue();
        // T7 (seeds 000, 002): a customer close after support's answer keeps the SLA outcome, as T6 does
        assertThat(SlaRules.after(TicketAction.CLOSE, null).resolution()).isEqualTo(Resolution.MEET);
        assertThat(SlaRules.after(TicketAction.CLOSE, null).cancelsResponse()).isTrue();
    }

    private static EnumSet<TicketAction> actionsWhere(java.util.function.Predicate<Effect> property) {
        EnumSet<TicketAction> actions = EnumSet.noneOf(TicketAction.class);
        for (TicketAction action : TicketAction.values()) {
            if (property.test(SlaRules.after(action, null))) {
                actions.add(action);
            }
        }
        return actions;
    }
}

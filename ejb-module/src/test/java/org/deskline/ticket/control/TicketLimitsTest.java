package org.deskline.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.TicketFixtures;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketKind;
import org.junit.jupiter.api.Test;

class TicketLimitsTest {

    private static NewTicket request(String title, TicketKind kind, boolean emergency) {
        return TicketRules.checkNew(new NewTicket("P1", kind, title, Category.TECHNICAL, null, "text", emergency));
    }

    private final List<Ticket> threeSupport = List.of(TicketFixtures.ticket("One"), TicketFixtures.ticket("Two"),
            TicketFixtures.ticket("Three"));

    @Test
    void t9_a_fourth_active_support_ticket_is_refused_listing_the_active_ones() {
        assertThatThrownBy(() -> TicketLimits.check(request("Four", TicketKind.SUPPORT, false), threeSupport,
                TicketPolicy.DEFAULT)).isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
                    assertThat(e.rule()).isEqualTo("T9");
                    assertThat(e.related()).containsExactlyElementsOf(threeSupport.stream().map(Ticket::getId).toList());
                    assertThat(e.getMessage()).contains("allows 3").contains("\"Two\"");
                });
    }

    @Test
    void t9_three_is_still_fine_and_emergencies_are_never_refused_by_a_limit() {
        assertThatCode(() -> TicketLimits.check(request("Three", TicketKind.SUPPORT, false),
                threeSupport.subList(0, 2), TicketPolicy.DEFAULT)).doesNotThrowAnyException();
        assertThatCode(() -> TicketLimits.check(request("Site down", TicketKind.SUPPORT, true), threeSupport,
                TicketPolicy.DEFAULT)).doesNotThrowAnyException();
    }

    @Test
    void t9_one_active_development_request_per_project_counted_apart_from_support() {
        List<Ticket> active = List.of(TicketFixtures.ticket("Redesign", TicketKind.DEVELOPMENT_REQUEST, false),
                TicketFixtures.ticket("Bug"));
        assertThatThrownBy(() -> TicketLimits.check(request("Landing page", TicketKind.DEVELOPMENT_REQUEST, false),
                active, TicketPolicy.DEFAULT)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.related()).containsExactly(active.get(0).getId()));
        assertThatCode(() -> TicketLimits.check(request("Another bug", TicketKind.SUPPORT, false), active,
                TicketPolicy.DEFAULT)).doesNotThrowAnyException();
    }

    @Test
    void t10_the_same_title_as_an_active_ticket_points_to_it_even_for_emergencies() {
        Ticket original = TicketFixtures.ticket("Checkout fails");
        assertThatThrownBy(() -> TicketLimits.check(request("  checkout   FAILS ", TicketKind.SUPPORT, true),
                List.of(original), TicketPolicy.DEFAULT)).isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
                    assertThat(e.related()).containsExactly(original.getId());
                });
    }

    @Test
    void issue_16_a_project_flags_at_most_three_emergencies_a_day_then_a_typed_refusal_names_them() {
        assertThatCode(() -> TicketLimits.checkEmergencies(List.of(11L, 12L), TicketPolicy.DEFAULT))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> TicketLimits.checkEmergencies(List.of(11L, 12L, 13L), TicketPolicy.DEFAULT))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
                    assertThat(e.field()).isEqualTo("emergency");
                    assertThat(e.related()).containsExactly(11L, 12L, 13L);
                    assertThat(e.getMessage()).contains("at most 3").contains("without the emergency flag");
                });
        TicketPolicy unlimited = new TicketPolicy(TicketPolicy.DEFAULT.autoCloseAfter(),
                TicketPolicy.DEFAULT.reopenWindow(), 3, 1, 2, 0);
        assertThatCode(() -> TicketLimits.checkEmergencies(List.of(1L, 2L, 3L, 4L, 5L), unlimited))
                .doesNotThrowAnyException();
    }
}

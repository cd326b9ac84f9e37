package org.deskline.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketRulesTest {

    private static NewTicket valid() {
        return new NewTicket("DEMO-SHOP", null, "Checkout page fails", Category.TECHNICAL, null,
                "Customers get an error 500 after paying.", false);
    }

    @Test
    void t4_priority_defaults_to_normal_and_t1_kind_to_support() {
        NewTicket checked = TicketRules.checkNew(valid());
        assertThat(checked.priority()).isEqualTo(Priority.NORMAL);
        assertThat(checked.kind()).isEqualTo(TicketKind.SUPPORT);
    }

    @Test
    void t2_keeps_an_explicit_priority_and_trims_text() {
        NewTicket checked = TicketRules.checkNew(new NewTicket(" DEMO-SHOP ", TicketKind.DEVELOPMENT_REQUEST,
                "  New landing page ", Category.SALES, Priority.LOW, " Please ", true));
        assertThat(checked.priority()).isEqualTo(Priority.LOW);
        assertThat(checked.title()).isEqualTo("New landing page");
        assertThat(checked.projectCode()).isEqualTo("DEMO-SHOP");
        assertThat(checked.emergency()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void t2_title_is_required(String title) {
        NewTicket t = valid();
        assertRefused(new NewTicket(t.projectCode(), null, title, t.category(), null, t.description(), false),
                "title", "T2");
        assertRefused(new NewTicket(t.projectCode(), null, null, t.category(), null, t.description(), false),
                "title", "T2");
    }

    @Test
    void t2_description_and_category_are_required() {
        NewTicket t = valid();
        assertRefused(new NewTicket(t.projectCode(), null, t.title(), t.category(), null, " ", false),
                "description", "T2");
        assertRefused(new NewTicket(t.projectCode(), null, t.title(), null, null, t.description(), false),
                "category", "T2");
    }

    @Test
    void t2_oversized_title_is_refused_with_the_limit() {
        NewTicket t = valid();
        String longTitle = "x".repeat(TicketRules.TITLE_MAX + 1);
        assertThatThrownBy(() -> TicketRules.checkNew(
                new NewTicket(t.projectCode(), null, longTitle, t.category(), null, t.description(), false)))
                .isInstanceOf(DeskException.class)
                .hasMessageContaining("at most 200");
        assertThat(TicketRules.checkNew(new NewTicket(t.projectCode(), null, "x".repeat(TicketRules.TITLE_MAX),
                t.category(), null, t.description(), false)).title()).hasSize(200);
    }

    @Test
    void t1_customers_cannot_open_system_kinds() {
        NewTicket t = valid();
        assertRefused(new NewTicket(t.projectCode(), TicketKind.CHECKUP, t.title(), t.category(), null,
                t.description(), false), "kind", "T1");
    }

    private static void assertRefused(NewTicket ticket, String field, String rule) {
        assertThatThrownBy(() -> TicketRules.checkNew(ticket))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.rule()).isEqualTo(rule);
                });
    }
}

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

    /** S3, seeds 000 and 003: the customer may say why a ticket is an emergency, and only for an emergency. */
    @Test
    void s3_an_emergency_may_say_why_and_only_an_emergency() {
        NewTicket hacked = new NewTicket("DEMO-SHOP", null, "Defaced home page", Category.TECHNICAL, null,
                "Our home page shows someone else's text.", true, null, NewTicket.Report.NONE,
                org.deskline.ticket.entity.EmergencyReason.HACKED);
        assertThat(TicketRules.checkNew(hacked).emergencyReason())
                .isEqualTo(org.deskline.ticket.entity.EmergencyReason.HACKED);
        assertThat(TicketRules.checkNew(valid()).emergencyReason()).isNull();
        assertThatThrownBy(() -> TicketRules.checkNew(new NewTicket("DEMO-SHOP", null, "Defaced home page",
                Category.TECHNICAL, null, "Our home page shows someone else's text.", false, null,
                NewTicket.Report.NONE, org.deskline.ticket.entity.EmergencyReason.HACKED)))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.field()).isEqualTo("emergencyReason");
                    assertThat(e.rule()).isEqualTo("S3");
                });
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

    @Test
    void t11_rating_is_1_to_5_with_an_optional_comment() {
        assertThat(TicketRules.checkRating(1, "  ")).isNull();
        assertThat(TicketRules.checkRating(5, " great ")).isEqualTo("great");
        for (int bad : new int[] {0, 6, -1}) {
            assertThatThrownBy(() -> TicketRules.checkRating(bad, null)).isInstanceOfSatisfying(DeskException.class,
                    e -> assertThat(e.field()).isEqualTo("score"));
        }
    }

    @Test
    void t8_reopen_is_allowed_until_the_window_after_closing_ends() {
        org.deskline.ticket.entity.Ticket t = org.deskline.ticket.TicketFixtures.ticket("A");
        java.time.Instant closed = org.deskline.ticket.TicketFixtures.T0;
        t.apply(org.deskline.ticket.entity.TicketAction.RESOLVE, closed, java.time.Duration.ZERO);
        java.time.Instant last = closed.plus(TicketPolicy.DEFAULT.reopenWindow());
        org.assertj.core.api.Assertions.assertThatCode(() -> TicketRules.checkReopen(t, last, TicketPolicy.DEFAULT))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> TicketRules.checkReopen(t, last.plusSeconds(1), TicketPolicy.DEFAULT))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
                    assertThat(e.rule()).isEqualTo("T8");
                });
    }

    @Test
    void t13_a_blank_request_id_means_none_and_a_long_one_is_refused() {
        assertThat(TicketRules.checkRequestId("  ")).isNull();
        assertThat(TicketRules.checkRequestId("erp-4711")).isEqualTo("erp-4711");
        assertThatThrownBy(() -> TicketRules.checkRequestId("x".repeat(101))).isInstanceOf(DeskException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Question", "a question?", "BUG!!!", "Problem 2", "  help  ", "سوال", "مشكل", "Вопрос",
            "Ошибка.", "Test"})
    void t2_a_title_that_is_only_a_generic_word_is_refused_naming_the_field_and_rule(String title) {
        assertThatThrownBy(() -> TicketRules.checkNew(new NewTicket("P1", TicketKind.SUPPORT, title,
                Category.TECHNICAL, Priority.NORMAL, "text", false))).isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.rule()).isEqualTo("T2");
                    assertThat(e.getMessage()).contains("says too little");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Question about invoice 2026-114", "Bug in the checkout page", "مشکل در صفحه پرداخت",
            "Ошибка 500 при оплате", "Help text of the report is wrong"})
    void t2_a_title_that_names_the_matter_passes_even_with_a_generic_word_in_it(String title) {
        assertThat(TicketRules.checkNew(new NewTicket("P1", TicketKind.SUPPORT, title, Category.TECHNICAL,
                Priority.NORMAL, "text", false)).title()).isEqualTo(title);
    }

    @Test
    void t2_steps_page_and_version_are_optional_bounded_and_the_page_is_a_web_address() {
        NewTicket.Report report = new NewTicket.Report(" 1. Open checkout\n2. Pay by card ", "https://shop.example/checkout",
                " 16.0e ");
        NewTicket checked = TicketRules.checkNew(new NewTicket("P1", TicketKind.SUPPORT, "Card payment fails",
                Category.TECHNICAL, Priority.NORMAL, "text", false, null, report));
        assertThat(checked.report()).isEqualTo(new NewTicket.Report("1. Open checkout\n2. Pay by card",
                "https://shop.example/checkout", "16.0e"));
        assertThat(TicketRules.checkNew(new NewTicket("P1", TicketKind.SUPPORT, "Card payment fails",
                Category.TECHNICAL, Priority.NORMAL, "text", false)).report()).isEqualTo(NewTicket.Report.NONE);
        for (String bad : new String[] {"shop.example/checkout", "javascript:alert(1)", "ftp://shop.example/x",
                "https://", "https://shop.example/" + "x".repeat(500)}) {
            assertThatThrownBy(() -> TicketRules.checkNew(new NewTicket("P1", TicketKind.SUPPORT, "Card payment fails",
                    Category.TECHNICAL, Priority.NORMAL, "text", false, null, new NewTicket.Report(null, bad, null))))
                    .as(bad).isInstanceOfSatisfying(DeskException.class, e -> {
                        assertThat(e.field()).isEqualTo("pageUrl");
                        assertThat(e.rule()).isEqualTo("T2");
                    });
        }
        assertThatThrownBy(() -> TicketRules.checkNew(new NewTicket("P1", TicketKind.SUPPORT, "Card payment fails",
                Category.TECHNICAL, Priority.NORMAL, "text", false, null,
                new NewTicket.Report(null, null, "v".repeat(101))))).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.field()).isEqualTo("productVersion"));
    }
}

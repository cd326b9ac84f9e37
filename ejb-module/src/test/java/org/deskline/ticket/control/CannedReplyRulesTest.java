package org.deskline.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.deskline.platform.DeskException;
import org.junit.jupiter.api.Test;

/** Issue 20: what a canned reply may hold, and how its placeholders are filled. */
class CannedReplyRulesTest {

    @Test
    void title_and_body_are_required_and_bounded_and_name_their_field() {
        assertThat(CannedReplyRules.title("  Need details ")).isEqualTo("Need details");
        assertThatThrownBy(() -> CannedReplyRules.title(" ")).isInstanceOf(DeskException.class)
                .extracting(e -> ((DeskException) e).field()).isEqualTo("title");
        assertThatThrownBy(() -> CannedReplyRules.title("t".repeat(CannedReplyRules.TITLE_MAX + 1)))
                .extracting(e -> ((DeskException) e).text().key()).isEqualTo("refusal.tooLong");
        assertThat(CannedReplyRules.body("b".repeat(CannedReplyRules.BODY_MAX))).hasSize(CannedReplyRules.BODY_MAX);
        assertThatThrownBy(() -> CannedReplyRules.body("b".repeat(CannedReplyRules.BODY_MAX + 1)))
                .extracting(e -> ((DeskException) e).field()).isEqualTo("body");
        assertThatThrownBy(() -> CannedReplyRules.body(null)).extracting(e -> ((DeskException) e).field())
                .isEqualTo("body");
    }

    @Test
    void a_language_is_one_of_three_or_none() {
        assertThat(CannedReplyRules.language(" FA ")).isEqualTo("fa");
        assertThat(CannedReplyRules.language("")).isNull();
        assertThat(CannedReplyRules.language(null)).isNull();
        assertThatThrownBy(() -> CannedReplyRules.language("de")).extracting(e -> ((DeskException) e).field())
                .isEqualTo("language");
    }

    @Test
    void placeholders_are_filled_and_other_braces_stay() {
        String body = "Ticket {ticket} of {project}: see {docs}. {agent}, {agent}";
        assertThat(CannedReplyRules.fill(body, Map.of("{ticket}", "42", "{agent}", "Reza", "{project}", "DEMO-SHOP")))
                .isEqualTo("Ticket 42 of DEMO-SHOP: see {docs}. Reza, Reza");
        assertThat(CannedReplyRules.fill("{ticket}", Map.of())).isEqualTo("{ticket}");
    }
}

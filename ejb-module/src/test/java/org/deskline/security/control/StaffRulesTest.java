package org.deskline.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.security.entity.StaffRole;
import org.deskline.security.entity.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 8: who may change which ticket, and what a staff account must look like. */
class StaffRulesTest {

    @ParameterizedTest(name = "{0} (tier {1}) on a ticket at {2}, review {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            // managers and administrators work everything
            "ADMIN,           -,  QUALITY_CONTROL, false, true",
            "MANAGER,         -,  L3,              false, true",
            // S5: an agent works its tier and below; a ticket never escalated is at L1
            "AGENT,           L1, -,               false, true",
            "AGENT,           L1, L1,              false, true",
            "AGENT,           L1, L2,              false, false",
            "AGENT,           L2, L1,              false, true",
            "AGENT,           L2, L3,              false, false",
            "AGENT,           L3, L3,              false, true",
            // quality control's tickets are not the agents', whatever their tier
            "AGENT,           L3, QUALITY_CONTROL, false, false",
            "AGENT,           -,  L1,              false, false",
            // QC works what is escalated to it (S5) or sent to it by a low rating (T13), nothing else
            "QUALITY_CONTROL, -,  QUALITY_CONTROL, false, true",
            "QUALITY_CONTROL, -,  L2,              true,  true",
            "QUALITY_CONTROL, -,  L1,              false, false",
    })
    void s5_who_may_change_a_ticket(StaffRole role, Tier staffTier, Tier ticketTier, boolean review, boolean may) {
        assertThat(StaffRules.mayWork(role, staffTier, ticketTier, review)).isEqualTo(may);
        if (!may) {
            assertThatThrownBy(() -> StaffRules.checkWork(role, staffTier, ticketTier, review, 42))
                    .isInstanceOfSatisfying(DeskException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN);
                        assertThat(e.rule()).isEqualTo("S5");
                        assertThat(e.getMessage()).contains("Ticket 42");
                    });
        }
    }

    @Test
    void only_managers_and_admins_assign_tickets_to_others() {
        StaffRules.checkAssign(StaffRole.ADMIN);
        StaffRules.checkAssign(StaffRole.MANAGER);
        assertThatThrownBy(() -> StaffRules.checkAssign(StaffRole.AGENT)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.field()).isEqualTo("assignee"));
        assertThatThrownBy(() -> StaffRules.checkAssign(StaffRole.QUALITY_CONTROL)).isInstanceOf(DeskException.class);
    }

    @Test
    void s5_an_agent_needs_a_working_tier_and_no_other_role_keeps_one() {
        assertThat(StaffRules.checkTier(StaffRole.AGENT, Tier.L2)).isEqualTo(Tier.L2);
        assertThat(StaffRules.checkTier(StaffRole.MANAGER, Tier.L2)).isNull();
        assertThat(StaffRules.checkTier(StaffRole.QUALITY_CONTROL, null)).isNull();
        assertRefused(() -> StaffRules.checkTier(StaffRole.AGENT, null), "tier");
        assertRefused(() -> StaffRules.checkTier(StaffRole.AGENT, Tier.QUALITY_CONTROL), "tier");
        assertRefused(() -> StaffRules.checkTier(null, Tier.L1), "role");
    }

    @Test
    void accounts_name_the_field_they_refuse() {
        assertThat(StaffRules.checkUsername(" olga.s ")).isEqualTo("olga.s");
        assertRefused(() -> StaffRules.checkUsername("Olga"), "username");
        assertRefused(() -> StaffRules.checkUsername("o"), "username");
        assertRefused(() -> StaffRules.checkUsername(null), "username");
        assertThat(StaffRules.checkPassword("correct horse", "olga")).isEqualTo("correct horse");
        assertRefused(() -> StaffRules.checkPassword("short", "olga"), "password");
        assertRefused(() -> StaffRules.checkPassword("my-olga-password", "olga"), "password");
        assertThat(StaffRules.checkLanguage("fa")).isEqualTo("fa");
        assertThat(StaffRules.checkLanguage("")).isNull();
        assertRefused(() -> StaffRules.checkLanguage("de"), "locale");
        assertRefused(() -> StaffRules.checkDisplayName("  "), "displayName");
    }

    @Test
    void the_last_active_administrator_stays_one() {
        assertRefused(() -> StaffRules.checkKeepsAnAdmin(true, false, 1), "role");
        StaffRules.checkKeepsAnAdmin(true, false, 2);
        StaffRules.checkKeepsAnAdmin(true, true, 1);
        StaffRules.checkKeepsAnAdmin(false, false, 0);
    }

    @Test
    void the_audit_writes_arguments_but_never_redacted_ones() {
        String text = AuditTrail.describe(new Object[] {42L, "a\nreply", null, Tier.L2, "s3cret", new int[] {1, 2}},
                new boolean[] {false, false, false, false, true, false});
        assertThat(text).isEqualTo("42, \"a reply\", -, L2, ***, [1, 2]");
        assertThat(AuditTrail.describe(new Object[] {"x".repeat(500)}, new boolean[1])).hasSizeLessThan(170);
    }

    private static void assertRefused(Runnable check, String field) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    /** Issue 20: a user's time zone is an IANA region; anything else is refused naming the field. */
    @Test
    void a_time_zone_is_an_iana_region_or_none() {
        assertThat(StaffRules.checkZone(" Asia/Tehran ")).isEqualTo("Asia/Tehran");
        assertThat(StaffRules.checkZone("Europe/Moscow")).isEqualTo("Europe/Moscow");
        assertThat(StaffRules.checkZone("")).isNull();
        assertThat(StaffRules.checkZone(null)).isNull();
        for (String wrong : new String[] {"Mars/Olympus", "+03:30", "asia/tehran", "Asia/Tehran".repeat(7)}) {
            assertThatThrownBy(() -> StaffRules.checkZone(wrong)).isInstanceOfSatisfying(DeskException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                assertThat(e.field()).isEqualTo("zone");
                assertThat(e.text().key()).isEqualTo("refusal.zone");
                assertThat(e.getMessage()).hasSizeLessThan(200);
            });
        }
    }
}

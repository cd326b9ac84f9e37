package org.deskline.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.deskline.security.entity.Tier;
import org.junit.jupiter.api.Test;

/** Issue 16: what ends a console session at once (active, role, tier, password), and what does not. */
class StaffUserStampTest {

    private static StaffUser agent() {
        StaffUser u = new StaffUser("reza", "hash-1", StaffRole.AGENT, Instant.parse("2026-12-01T00:00:00Z"));
        u.describe(StaffRole.AGENT, Tier.L1, "Reza", "fa");
        return u;
    }

    @Test
    void disabling_demoting_retiering_or_a_new_password_changes_the_stamp() {
        String before = agent().accessStamp();
        StaffUser off = agent();
        off.setActive(false);
        StaffUser promoted = agent();
        promoted.describe(StaffRole.MANAGER, null, "Reza", "fa");
        StaffUser moved = agent();
        moved.describe(StaffRole.AGENT, Tier.L2, "Reza", "fa");
        StaffUser reset = agent();
        reset.changePassword("hash-2");
        assertThat(java.util.List.of(off, promoted, moved, reset)).extracting(StaffUser::accessStamp)
                .doesNotContain(before).doesNotHaveDuplicates();
    }

    @Test
    void a_new_name_or_language_keeps_the_session() {
        String before = agent().accessStamp();
        StaffUser renamed = agent();
        renamed.describe(StaffRole.AGENT, Tier.L1, "Reza Karimi", "en");
        renamed.setLocale("ru");
        assertThat(renamed.accessStamp()).isEqualTo(before).hasSize(64);
    }
}

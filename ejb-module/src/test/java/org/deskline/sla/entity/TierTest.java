package org.deskline.sla.entity;

import org.deskline.security.entity.Tier;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deskline.ticket.entity.Priority;
import org.junit.jupiter.api.Test;

/** S5: the escalation order, the tiers' reaction targets and time per stint. */
class TierTest {

    @Test
    void s5_tiers_escalate_l1_l2_l3_then_quality_control_and_no_further() {
        assertThat(Tier.L1.next()).contains(Tier.L2);
        assertThat(Tier.L2.next()).contains(Tier.L3);
        assertThat(Tier.L3.next()).contains(Tier.QUALITY_CONTROL);
        assertThat(Tier.QUALITY_CONTROL.next()).isEmpty();
        assertThat(Tier.L3.above(Tier.L1)).isTrue();
        assertThat(Tier.L1.above(Tier.L1)).isFalse();
    }

    @Test
    void s5_default_reaction_targets_are_the_policys_and_a_plan_may_set_its_own() {
        SupportPlan plan = new SupportPlan("X", "X", SlaPlan.Coverage.ALL_DAY, SlaPlan.UnofferedPriority.REFUSE,
                Duration.ofHours(1), List.of(new PlanTarget(Priority.NORMAL, Duration.ofHours(8), Duration.ofHours(40))));
        assertThat(plan.tierReaction(Tier.L1)).isEqualTo(Duration.ofHours(2));
        assertThat(plan.tierReaction(Tier.L2)).isEqualTo(Duration.ofHours(4));
        assertThat(plan.tierReaction(Tier.L3)).isEqualTo(Duration.ofHours(4));
        plan.withTierReaction(Tier.L1, Duration.ofMinutes(30));
        assertThat(plan.tierReaction(Tier.L1)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void s5_a_stint_counts_until_it_ends() {
        Instant t0 = Instant.parse("2026-11-22T08:00:00Z");
        TierStint stint = new TierStint(1, Tier.L2, t0, "agent", false, "needs a project manager");
        assertThat(stint.spent(t0.plus(Duration.ofMinutes(90)))).isEqualTo(Duration.ofMinutes(90));
        stint.leave(t0.plus(Duration.ofHours(1)));
        stint.leave(t0.plus(Duration.ofHours(5)));
        assertThat(stint.isOpen()).isFalse();
        assertThat(stint.spent(t0.plus(Duration.ofDays(3)))).isEqualTo(Duration.ofHours(1));
        assertThat(Map.of(Tier.L2, stint.spent(t0))).containsEntry(Tier.L2, Duration.ofHours(1));
    }
}

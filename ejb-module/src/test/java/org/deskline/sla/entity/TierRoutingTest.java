package org.deskline.sla.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.deskline.platform.DeskException;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketKind;
import org.junit.jupiter.api.Test;

/** S5 (seed 004): the first tier follows the type of question; automatic escalation only where the plan says so. */
class TierRoutingTest {

    @Test
    void s5_by_default_support_starts_at_L1_a_development_request_with_the_project_manager_and_nothing_escalates_by_itself() {
        TierRouting routing = TierRouting.DEFAULT;
        for (Category category : Category.values()) {
            assertThat(routing.startTier(TicketKind.SUPPORT, category)).as("%s", category).isEqualTo(Tier.L1);
        }
        assertThat(routing.startTier(TicketKind.DEVELOPMENT_REQUEST, Category.TECHNICAL)).isEqualTo(Tier.L2);
        assertThat(routing.autoEscalate()).isFalse();
    }

    @Test
    void s5_a_plan_routes_a_category_to_its_tier_and_keeps_L1_for_the_others() {
        TierRouting routing = new TierRouting(true, Map.of(Category.TECHNICAL, Tier.L2), Tier.L3).check();
        assertThat(routing.startTier(TicketKind.SUPPORT, Category.TECHNICAL)).isEqualTo(Tier.L2);
        assertThat(routing.startTier(TicketKind.MAINTENANCE, Category.TECHNICAL)).isEqualTo(Tier.L2);
        assertThat(routing.startTier(TicketKind.SUPPORT, Category.FINANCIAL)).isEqualTo(Tier.L1);
        assertThat(routing.startTier(TicketKind.DEVELOPMENT_REQUEST, Category.FINANCIAL)).isEqualTo(Tier.L3);
        assertThat(routing.autoEscalate()).isTrue();
    }

    @Test
    void s5_no_ticket_starts_at_quality_control() {
        assertThatThrownBy(() -> new TierRouting(false, Map.of(Category.SALES, Tier.QUALITY_CONTROL), null).check())
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.field()).isEqualTo("routing.SALES");
                    assertThat(e.rule()).isEqualTo("S5");
                });
        assertThatThrownBy(() -> new TierRouting(false, Map.of(), Tier.QUALITY_CONTROL).check())
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.field()).isEqualTo("routing.DEVELOPMENT_REQUEST"));
    }

    @Test
    void s5_the_plan_stores_its_routing_and_gives_it_back() {
        SupportPlan plan = new SupportPlan("ROUTED", "Routed", SlaPlan.Coverage.ALL_DAY,
                SlaPlan.UnofferedPriority.DOWNGRADE, Duration.ofHours(1),
                List.of(new PlanTarget(Priority.NORMAL, Duration.ofHours(4), Duration.ofHours(20))));
        assertThat(plan.routing()).isEqualTo(TierRouting.DEFAULT);
        TierRouting routing = new TierRouting(true, Map.of(Category.TECHNICAL, Tier.L3), Tier.L2);
        plan.setRouting(routing);
        assertThat(plan.routing()).isEqualTo(routing);
        plan.setRouting(TierRouting.DEFAULT);
        assertThat(plan.routing().categories()).isEmpty();
    }
}

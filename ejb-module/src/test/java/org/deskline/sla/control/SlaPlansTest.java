package org.deskline.sla.control;

import org.deskline.sla.entity.SlaPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.deskline.platform.DeskException;
import org.deskline.ticket.entity.Priority;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** S1: the seed's plan table, cell by cell ("-" = not offered). */
class SlaPlansTest {

    private static final Map<String, SlaPlan> PLANS = Map.of("Enterprise", SlaPlans.ENTERPRISE,
            "Advanced", SlaPlans.ADVANCED, "Medium", SlaPlans.MEDIUM, "Basic", SlaPlans.BASIC);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "LOW,      PT24H, PT24H, PT48H, PT48H",
        "NORMAL,   PT12H, PT12H, PT12H, PT24H",
        "HIGH,     PT4H,  PT8H,  PT8H,  -",
        "URGENT,   PT1H,  PT2H,  PT2H,  -",
        "CRITICAL, PT30M, PT30M, -,     -",
    })
    void s1_targets_per_priority_and_plan(String priority, String enterprise, String advanced, String medium,
                                          String basic) {
        Priority p = Priority.valueOf(priority);
        check(SlaPlans.ENTERPRISE, p, enterprise);
        check(SlaPlans.ADVANCED, p, advanced);
        check(SlaPlans.MEDIUM, p, medium);
        check(SlaPlans.BASIC, p, basic);
    }

    private static void check(SlaPlan plan, Priority p, String cell) {
        if ("-".equals(cell)) {
            assertThat(plan.offers(p)).as("%s %s", plan.name(), p).isFalse();
        } else {
            assertThat(plan.targets().get(p)).as("%s %s", plan.name(), p).isEqualTo(Duration.parse(cell));
        }
    }

    @Test
    void s1_coverage_new_organizations_get_basic() {
        assertThat(SlaPlans.DEFAULT).isSameAs(SlaPlans.BASIC);
        assertThat(SlaPlans.BASIC.coverage()).isEqualTo(SlaPlan.Coverage.BUSINESS_HOURS);
        assertThat(SlaPlans.defaults()).filteredOn(p -> p != SlaPlans.BASIC)
                .allMatch(p -> p.coverage() == SlaPlan.Coverage.ALL_DAY);
        assertThat(PLANS).hasSize(4);
    }

    @Test
    void s1_an_unoffered_priority_is_downgraded_and_the_decision_says_so() {
        SlaPlan.Decision d = SlaPlans.BASIC.decide(Priority.CRITICAL);
        assertThat(d.priority()).isEqualTo(Priority.NORMAL);
        assertThat(d.target()).isEqualTo(Duration.ofHours(24));
        assertThat(d.note()).hasValueSatisfying(n -> assertThat(n).contains("does not offer CRITICAL")
                .contains("NORMAL"));
        assertThat(SlaPlans.MEDIUM.decide(Priority.CRITICAL).priority()).isEqualTo(Priority.URGENT);
        assertThat(SlaPlans.MEDIUM.decide(Priority.HIGH).note()).isEmpty();
    }

    @Test
    void s1_a_plan_that_refuses_names_what_it_offers() {
        SlaPlan strict = new SlaPlan("Strict", Map.of(Priority.NORMAL, Duration.ofHours(8)),
                SlaPlan.Coverage.ALL_DAY, SlaPlan.UnofferedPriority.REFUSE);
        assertThatThrownBy(() -> strict.decide(Priority.URGENT)).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.code()).isEqualTo(org.deskline.platform.ErrorCode.PRIORITY_NOT_OFFERED);
            assertThat(e.field()).isEqualTo("priority");
            assertThat(e.rule()).isEqualTo("S1");
            assertThat(e.getMessage()).contains("offers NORMAL");
        });
    }
}

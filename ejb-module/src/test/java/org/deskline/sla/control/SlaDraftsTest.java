package org.deskline.sla.control;

import org.deskline.sla.entity.SlaPlan;
import org.deskline.sla.entity.BusinessCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert;
import org.deskline.platform.DeskException;
import org.deskline.sla.entity.CalendarOpening;
import org.deskline.sla.entity.PlanTarget;
import org.deskline.sla.entity.SlaCalendar;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.entity.Priority;
import org.junit.jupiter.api.Test;

/** S1/S2: what the plan and calendar editors may store, each refusal naming its field and rule. */
class SlaDraftsTest {

    private static final List<CalendarOpening> MONDAY = List.of(new CalendarOpening(DayOfWeek.MONDAY, 540, 1020));

    @Test
    void s2_a_calendar_draft_needs_a_code_name_known_zone_and_forward_non_overlapping_openings() {
        assertRefused(() -> new CalendarDraft("x", "Lower case", "UTC", MONDAY).check(), "code", "S2");
        assertRefused(() -> new CalendarDraft("ALL_DAY", "Built in", "UTC", MONDAY).check(), "code", "S2");
        assertRefused(() -> new CalendarDraft("OFFICE", " ", "UTC", MONDAY).check(), "name", "S2");
        assertRefused(() -> new CalendarDraft("OFFICE", "Office", "Europe/Atlantis", MONDAY).check(), "zone", "S2");
        assertRefused(() -> new CalendarDraft("OFFICE", "Office", null, MONDAY).check(), "zone", "S2");
        assertRefused(() -> new CalendarDraft("OFFICE", "Office", "UTC", List.of()).check(), "openings", "S2");
        assertRefused(() -> new CalendarDraft("OFFICE", "Office", "UTC",
                List.of(new CalendarOpening(DayOfWeek.MONDAY, 1020, 540))).check(), "openings", "S2");
        assertRefused(() -> new CalendarDraft("OFFICE", "Office", "UTC",
                List.of(new CalendarOpening(DayOfWeek.MONDAY, 0, 1441))).check(), "openings", "S2");
        assertThatThrownBy(() -> new CalendarDraft("OFFICE", "Office", "UTC", List.of(
                new CalendarOpening(DayOfWeek.MONDAY, 540, 720), new CalendarOpening(DayOfWeek.MONDAY, 700, 1020)))
                .check()).hasMessageContaining("MONDAY 11:40-17:00 overlaps MONDAY 09:00-12:00");
    }

    @Test
    void s2_a_split_day_and_a_day_to_midnight_are_valid_and_compute_as_drafted() {
        CalendarDraft draft = new CalendarDraft("SPLIT", "Split day", "Europe/Berlin", List.of(
                new CalendarOpening(DayOfWeek.MONDAY, 540, 720), new CalendarOpening(DayOfWeek.MONDAY, 780, 1020),
                new CalendarOpening(DayOfWeek.TUESDAY, 1080, 1440))).check();
        SlaCalendar calendar = new SlaCalendar(draft.code(), draft.name(), draft.zoneId(), draft.openings());
        calendar.putHoliday(LocalDate.of(2026, 12, 28), "Closed");
        BusinessCalendar rule = calendar.rule();
        Instant monday = LocalDate.of(2026, 11, 23).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant();
        assertThat(rule.between(monday, monday.plus(Duration.ofDays(2)))).isEqualTo(Duration.ofHours(13));
        assertThat(rule.add(monday, Duration.ofHours(7))).isEqualTo(monday.plus(Duration.ofHours(17)));
        Instant holidayMonday = LocalDate.of(2026, 12, 28).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant();
        assertThat(rule.between(holidayMonday, holidayMonday.plus(Duration.ofDays(1)))).isZero();
        assertThat(CalendarDraft.hhmm(1440)).isEqualTo("24:00");
    }

    @Test
    void s1_a_plan_draft_needs_targets_that_make_sense() {
        PlanTarget normal = new PlanTarget(Priority.NORMAL, Duration.ofHours(4), Duration.ofHours(20));
        assertThat(plan(SlaPlan.Coverage.BUSINESS_HOURS, "BUSINESS", List.of(normal), Map.of()).check()).isNotNull();
        assertRefused(() -> plan(SlaPlan.Coverage.BUSINESS_HOURS, " ", List.of(normal), Map.of()).check(),
                "calendar", "S2");
        assertRefused(() -> plan(null, null, List.of(normal), Map.of()).check(), "coverage", "S1");
        assertRefused(() -> plan(SlaPlan.Coverage.ALL_DAY, null, List.of(), Map.of()).check(), "targets", "S1");
        assertRefused(() -> plan(SlaPlan.Coverage.ALL_DAY, null, List.of(normal, normal), Map.of()).check(),
                "targets", "S1");
        assertRefused(() -> plan(SlaPlan.Coverage.ALL_DAY, null, List.of(new PlanTarget(Priority.HIGH,
                Duration.ZERO, Duration.ofHours(1))), Map.of()).check(), "targets.HIGH.response", "S1");
        assertRefused(() -> plan(SlaPlan.Coverage.ALL_DAY, null, List.of(new PlanTarget(Priority.HIGH,
                Duration.ofHours(2), Duration.ofHours(1))), Map.of()).check(), "targets.HIGH.resolution", "S1");
        assertRefused(() -> plan(SlaPlan.Coverage.ALL_DAY, null, List.of(normal),
                Map.of(Tier.L2, Duration.ofMinutes(-5))).check(), "tierReactions.L2", "S5");
        assertRefused(() -> new PlanDraft("GOLD", "Gold", SlaPlan.Coverage.ALL_DAY, SlaPlan.UnofferedPriority.REFUSE,
                Duration.ZERO, null, List.of(normal), Map.of()).check(), "nextResponse", "S4");
        assertRefused(() -> new PlanDraft("GOLD", "Gold", SlaPlan.Coverage.ALL_DAY, null,
                Duration.ofHours(1), null, List.of(normal), Map.of()).check(), "unoffered", "S1");
    }

    /** T1 (seed 000: review and proposal take longer than a ticket): a plan's proposal target, 40 h by default. */
    @Test
    void t1_a_plan_has_a_positive_proposal_target_for_development_requests() {
        PlanTarget normal = new PlanTarget(Priority.NORMAL, Duration.ofHours(4), Duration.ofHours(20));
        assertThat(plan(SlaPlan.Coverage.ALL_DAY, null, List.of(normal), Map.of()).check().proposal())
                .isEqualTo(Duration.ofHours(40));
        assertRefused(() -> new PlanDraft("GOLD", "Gold", SlaPlan.Coverage.ALL_DAY, SlaPlan.UnofferedPriority.REFUSE,
                Duration.ofHours(1), null, List.of(normal), Map.of(), null, null, null, Duration.ZERO).check(),
                "proposal", "T1");
        assertThat(new PlanDraft("GOLD", "Gold", SlaPlan.Coverage.ALL_DAY, SlaPlan.UnofferedPriority.REFUSE,
                Duration.ofHours(1), null, List.of(normal), Map.of(), null, null, null, Duration.ofHours(16)).check()
                .proposal()).isEqualTo(Duration.ofHours(16));
    }

    private static PlanDraft plan(SlaPlan.Coverage coverage, String calendar, List<PlanTarget> targets,
                                  Map<Tier, Duration> reactions) {
        return new PlanDraft("GOLD", "Gold", coverage, SlaPlan.UnofferedPriority.REFUSE, Duration.ofHours(1), calendar,
                targets, reactions);
    }

    /** S3 (seed 003: emergencies 24/7/365, immediately): a plan's emergency targets, 1 h by default. */
    @Test
    void s3_a_plan_has_emergency_targets_which_an_emergency_runs_on_whatever_its_priority() {
        List<PlanTarget> normalOnly = List.of(new PlanTarget(Priority.NORMAL, Duration.ofHours(24),
                Duration.ofHours(120)));
        PlanDraft plain = new PlanDraft("BASIC2", "Basic", SlaPlan.Coverage.BUSINESS_HOURS,
                SlaPlan.UnofferedPriority.DOWNGRADE, Duration.ofHours(1), "TEHRAN_WEEK", normalOnly, Map.of());
        assertThat(plain.check().emergency().response()).isEqualTo(Duration.ofHours(1));
        assertRefused(() -> new PlanDraft("BASIC2", "Basic", SlaPlan.Coverage.BUSINESS_HOURS,
                SlaPlan.UnofferedPriority.DOWNGRADE, Duration.ofHours(1), "TEHRAN_WEEK", normalOnly, Map.of(), null,
                new PlanDraft.Emergency(Duration.ZERO, Duration.ofHours(5))).check(), "emergency.response", "S3");
        assertRefused(() -> new PlanDraft("BASIC2", "Basic", SlaPlan.Coverage.BUSINESS_HOURS,
                SlaPlan.UnofferedPriority.DOWNGRADE, Duration.ofHours(1), "TEHRAN_WEEK", normalOnly, Map.of(), null,
                new PlanDraft.Emergency(Duration.ofHours(2), Duration.ofHours(1))).check(), "emergency.resolution",
                "S3");

        var plan = new org.deskline.sla.entity.SupportPlan("BASIC2", "Basic", SlaPlan.Coverage.BUSINESS_HOURS,
                SlaPlan.UnofferedPriority.DOWNGRADE, Duration.ofHours(1), normalOnly);
        assertThat(plan.targetFor(Priority.CRITICAL, true).response()).isEqualTo(Duration.ofHours(1));
        assertThat(plan.targetFor(Priority.LOW, true).resolution()).isEqualTo(Duration.ofHours(5));
        assertThat(plan.targetFor(Priority.NORMAL, false).response()).isEqualTo(Duration.ofHours(24));
        plan.setEmergencyTargets(Duration.ofMinutes(30), Duration.ofHours(4));
        assertThat(plan.targetFor(Priority.NORMAL, true).response()).isEqualTo(Duration.ofMinutes(30));
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }
}

package org.deskline.sla.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** S4/S6: a stored clock's deadlines, its next alert and its once-only warning and breach. */
class SlaMetricTest {

    private static final BusinessCalendar ALL_DAY = BusinessCalendar.allDay(ZoneId.of("UTC"));
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private static SlaMetric running(Duration target) {
        SlaMetric m = new SlaMetric(1, 1, SlaMetricKind.RESOLUTION, 0, target, "ALL_DAY", T0);
        m.schedule(ALL_DAY, 75);
        return m;
    }

    @Test
    void s6_a_running_clock_owes_its_warning_first_then_its_breach() {
        SlaMetric m = running(Duration.ofHours(4));
        assertThat(m.getDueAt()).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(m.getWarnAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
        assertThat(m.getNextAlertAt()).isEqualTo(m.getWarnAt());

        m.warned(m.getWarnAt());
        m.schedule(ALL_DAY, 75);
        assertThat(m.getNextAlertAt()).isEqualTo(m.getDueAt());

        m.breached(m.getDueAt());
        m.schedule(ALL_DAY, 75);
        assertThat(m.getNextAlertAt()).as("raised once, never again").isNull();
    }

    @Test
    void s6_a_breach_counts_as_the_warning_too() {
        SlaMetric m = running(Duration.ofHours(1));
        m.breached(T0.plus(Duration.ofHours(2)));
        assertThat(m.getWarnedAt()).isEqualTo(m.getBreachedAt());
    }

    @Test
    void s4_a_pause_moves_the_deadline_by_exactly_the_pause() {
        SlaMetric m = running(Duration.ofHours(4));
        Instant due = m.getDueAt();
        m.pause(T0.plus(Duration.ofHours(1)), "WAITING_FOR_CUSTOMER");
        m.schedule(ALL_DAY, 75);
        assertThat(m.getState()).isEqualTo(SlaMetricState.PAUSED);
        assertThat(m.getDueAt()).as("no deadline while paused").isNull();
        assertThat(m.getNextAlertAt()).as("nothing owed while paused").isNull();

        m.resume(T0.plus(Duration.ofMinutes(150)));
        m.schedule(ALL_DAY, 75);
        assertThat(m.getDueAt()).isEqualTo(due.plus(Duration.ofMinutes(90)));
        assertThat(m.clock().segments()).hasSize(3);
    }

    @Test
    void s4_a_new_target_keeps_the_time_already_counted() {
        SlaMetric m = running(Duration.ofHours(12));
        m.pause(T0.plus(Duration.ofHours(2)), "DEFERRED_THIRD_PARTY");
        m.resume(T0.plus(Duration.ofHours(5)));
        m.retarget(Duration.ofHours(4), "ALL_DAY");
        m.schedule(ALL_DAY, 75);
        // 2 h counted before the pause, 2 h left after resuming at +5 h
        assertThat(m.getDueAt()).isEqualTo(T0.plus(Duration.ofHours(7)));
        assertThat(m.getWarnAt()).isEqualTo(T0.plus(Duration.ofHours(6)));
    }

    @Test
    void s6_a_target_shortened_past_its_moments_owes_the_alert_at_once() {
        SlaMetric m = running(Duration.ofHours(12));
        m.retarget(Duration.ofHours(1), "ALL_DAY");
        m.schedule(ALL_DAY, 75);
        assertThat(m.getDueAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(m.breachedBy(T0.plus(Duration.ofHours(3)))).isTrue();
        assertThat(m.getNextAlertAt()).isEqualTo(T0.plus(Duration.ofMinutes(45)));
    }

    @Test
    void s4_an_ended_clock_keeps_its_last_deadline_and_owes_nothing() {
        SlaMetric m = running(Duration.ofHours(1));
        m.end(T0.plus(Duration.ofMinutes(30)), SlaMetricState.MET);
        m.schedule(ALL_DAY, 75);
        assertThat(m.getState()).isEqualTo(SlaMetricState.MET);
        assertThat(m.getDueAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(m.getNextAlertAt()).isNull();
        assertThat(m.breachedBy(T0.plus(Duration.ofHours(5)))).as("met in time").isFalse();

        SlaMetric late = running(Duration.ofHours(1));
        late.end(T0.plus(Duration.ofHours(2)), SlaMetricState.MET);
        assertThat(late.breachedBy(T0.plus(Duration.ofHours(5)))).as("met after the deadline").isTrue();
    }

    @Test
    void s4_reopening_resumes_the_same_ledger() {
        SlaMetric m = running(Duration.ofHours(4));
        m.end(T0.plus(Duration.ofHours(1)), SlaMetricState.MET);
        m.reopen(T0.plus(Duration.ofHours(10)));
        m.schedule(ALL_DAY, 75);
        assertThat(m.getState()).isEqualTo(SlaMetricState.RUNNING);
        assertThat(m.getEndedAt()).isNull();
        assertThat(m.getDueAt()).isEqualTo(T0.plus(Duration.ofHours(13)));
    }
}

package org.deskline.sla.entity;

import org.deskline.sla.entity.SlaClock;
import org.deskline.sla.entity.BusinessCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** S4: elapsed time and deadlines from the clock's ledger, on the Tehran business week (2026-11-22 is a Sunday). */
class SlaClockTest {

    private static final BusinessCalendar TEHRAN = BusinessCalendar.iranianBusinessWeek(Set.of());
    private static final BusinessCalendar ALL_DAY = BusinessCalendar.allDay(TEHRAN.zone());

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(TEHRAN.zone()).toInstant();
    }

    @Test
    void s4_a_running_clock_is_due_after_its_target_of_business_time() {
        SlaClock clock = SlaClock.startedAt(at("2026-11-22T15:00"));
        assertThat(clock.deadline(TEHRAN, Duration.ofHours(4))).contains(at("2026-11-23T10:30"));
        assertThat(clock.elapsed(TEHRAN, at("2026-11-23T09:00"))).isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void s4_waiting_for_the_customer_pauses_and_no_time_is_lost_or_counted_twice() {
        SlaClock clock = SlaClock.startedAt(at("2026-11-22T09:00"))
                .pause(at("2026-11-22T10:00"), "WAITING_FOR_CUSTOMER")
                .resume(at("2026-11-23T09:00"));
        assertThat(clock.elapsed(TEHRAN, at("2026-11-23T10:00"))).isEqualTo(Duration.ofHours(2));
        // 1 h counted on Sunday, 3 h left from Monday 09:00
        assertThat(clock.deadline(TEHRAN, Duration.ofHours(4))).contains(at("2026-11-23T12:00"));
        assertThat(clock.pause(at("2026-11-23T11:00"), "DEFERRED").deadline(TEHRAN, Duration.ofHours(4))).isEmpty();
    }

    @Test
    void s4_a_priority_change_recomputes_the_deadline_from_the_ledger() {
        SlaClock clock = SlaClock.startedAt(at("2026-11-22T09:00"))
                .pause(at("2026-11-22T11:00"), "WAITING_FOR_CUSTOMER")
                .resume(at("2026-11-22T14:00"));
        assertThat(clock.deadline(TEHRAN, Duration.ofHours(24))).contains(at("2026-11-25T10:30"));
        // raised to a 4 h target: 2 h already counted, so 2 h after 14:00
        assertThat(clock.deadline(TEHRAN, Duration.ofHours(4))).contains(at("2026-11-22T16:00"));
        // and a target already spent before the last resume is due when the budget ran out
        assertThat(clock.deadline(TEHRAN, Duration.ofHours(1))).contains(at("2026-11-22T10:00"));
    }

    @Test
    void s3_s4_an_emergency_moved_to_the_24_7_calendar_keeps_what_was_counted() {
        SlaClock clock = SlaClock.startedAt(at("2026-11-26T10:00")); // Thursday: closed on the business week
        assertThat(clock.elapsed(TEHRAN, at("2026-11-26T12:00"))).isZero();
        assertThat(clock.elapsed(ALL_DAY, at("2026-11-26T12:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(clock.deadline(ALL_DAY, Duration.ofHours(1))).contains(at("2026-11-26T11:00"));
        assertThat(clock.deadline(TEHRAN, Duration.ofHours(1))).contains(at("2026-11-28T09:00"));
    }

    @Test
    void s4_the_deadline_explains_itself() {
        SlaClock clock = SlaClock.startedAt(at("2026-11-22T09:00"))
                .pause(at("2026-11-22T10:00"), "WAITING_FOR_CUSTOMER")
                .resume(at("2026-11-22T12:00"));
        String why = clock.explain(TEHRAN, Duration.ofHours(2), at("2026-11-22T12:30"));
        assertThat(why).startsWith("due " + at("2026-11-22T13:00") + " because: target PT2H")
                .contains("calendar 'Sat-Wed 08:00-16:30 Asia/Tehran' (Asia/Tehran)")
                .contains("paused " + at("2026-11-22T10:00") + " to " + at("2026-11-22T12:00")
                        + " (WAITING_FOR_CUSTOMER)").contains("counted PT1H30M");
        assertThat(clock.explain(TEHRAN, Duration.ofHours(2), at("2026-11-22T12:30").plusMillis(750)))
                .as("to the second").endsWith("by " + at("2026-11-22T12:30"));
        assertThat(clock.pause(at("2026-11-22T12:00"), "x").pause(at("2026-11-22T12:10"), "y").segments())
                .hasSize(4);
    }
}

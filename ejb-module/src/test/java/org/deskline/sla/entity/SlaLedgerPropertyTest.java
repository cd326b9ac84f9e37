package org.deskline.sla.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * S4 properties over random ticket histories (fixed seeds, so a failure replays): the stored clock, changed step
 * by step, always equals the clock replayed from its history; and a pause moves the deadline by exactly the
 * business time it covered, never more, never less.
 */
class SlaLedgerPropertyTest {

    private static final List<BusinessCalendar> CALENDARS = List.of(
            BusinessCalendar.iranianBusinessWeek(java.util.Set.of()),
            BusinessCalendar.businessWeek(ZoneId.of("Europe/Berlin"), java.util.Set.of()),
            BusinessCalendar.allDay(ZoneId.of("Europe/Moscow")));
    private static final Instant T0 = Instant.parse("2026-03-20T06:17:00Z");

    private record Step(Instant at, boolean pause, Duration retarget) {
    }

    @Test
    void s4_the_stored_clock_equals_the_clock_replayed_from_its_history() {
        Random random = new Random(4_2026_11_22L);
        for (int run = 0; run < 300; run++) {
            BusinessCalendar calendar = CALENDARS.get(run % CALENDARS.size());
            Duration target = Duration.ofMinutes(30 + random.nextInt(48 * 60));
            List<Step> history = randomHistory(random);

            SlaMetric stored = new SlaMetric(1, 1, SlaMetricKind.RESOLUTION, 0, target, "X", T0);
            stored.schedule(calendar, 75);
            for (Step step : history) {
                if (step.retarget() != null) {
                    stored.retarget(step.retarget(), "X");
                } else if (step.pause()) {
                    stored.pause(step.at(), "DEFERRED_THIRD_PARTY");
                } else {
                    stored.resume(step.at());
                }
                stored.schedule(calendar, 75);
            }

            SlaClock replayed = SlaClock.startedAt(T0);
            Duration finalTarget = target;
            for (Step step : history) {
                if (step.retarget() != null) {
                    finalTarget = step.retarget();
                } else {
                    replayed = step.pause() ? replayed.pause(step.at(), "DEFERRED_THIRD_PARTY")
                            : replayed.resume(step.at());
                }
            }
            assertThat(stored.clock().segments()).as("run %d", run).isEqualTo(replayed.segments());
            assertThat(stored.getDueAt()).as("run %d", run)
                    .isEqualTo(replayed.deadline(calendar, finalTarget).orElse(null));
        }
    }

    @Test
    void s4_a_pause_moves_the_deadline_by_exactly_the_business_time_it_covered() {
        Random random = new Random(20_261_122L);
        for (int run = 0; run < 500; run++) {
            BusinessCalendar calendar = CALENDARS.get(run % CALENDARS.size());
            Duration target = Duration.ofMinutes(30 + random.nextInt(72 * 60));
            SlaMetric metric = new SlaMetric(1, 1, SlaMetricKind.RESOLUTION, 0, target, "X", T0);
            metric.schedule(calendar, 75);
            Instant before = metric.getDueAt();
            Instant from = T0.plus(Duration.ofMinutes(random.nextInt(
                    (int) Duration.between(T0, before).toMinutes())));
            Instant to = from.plus(Duration.ofMinutes(1 + random.nextInt(5 * 24 * 60)));
            metric.pause(from, "WAITING_FOR_CUSTOMER");
            metric.resume(to);
            metric.schedule(calendar, 75);
            Instant after = metric.getDueAt();

            assertThat(after).as("run %d", run).isAfterOrEqualTo(before);
            assertThat(calendar.between(before, after)).as("run %d: %s paused %s-%s", run, calendar.name(), from, to)
                    .isEqualTo(calendar.between(from, to));
        }
    }

    private static List<Step> randomHistory(Random random) {
        List<Step> steps = new ArrayList<>();
        Instant at = T0;
        boolean paused = false;
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            at = at.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
            if (random.nextInt(5) == 0) {
                steps.add(new Step(at, false, Duration.ofMinutes(15 + random.nextInt(24 * 60))));
            } else {
                steps.add(new Step(at, !paused, null));
                paused = !paused;
            }
        }
        return steps;
    }
}

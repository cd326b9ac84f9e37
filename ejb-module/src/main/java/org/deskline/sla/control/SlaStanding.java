package org.deskline.sla.control;

import org.deskline.sla.entity.SlaClock;
import org.deskline.sla.entity.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import org.deskline.sla.entity.SlaMetric;
import org.deskline.sla.entity.SlaMetricKind;
import org.deskline.sla.entity.SlaMetricState;

/**
 * S4: where one clock stands at a moment, and why: what getSlaStatus answers and the console shows.
 *
 * @param remaining business time left to the deadline (negative once overdue); for an ended clock, what was
 *                  left when it ended
 */
public record SlaStanding(SlaMetricKind metric, int round, SlaMetricState state, Duration target, String calendar,
                          Instant startedAt, Instant warnAt, Instant dueAt, Instant endedAt, Duration elapsed,
                          Duration remaining, boolean paused, boolean breached, String explanation) {

    public static SlaStanding of(SlaMetric metric, BusinessCalendar calendar, Instant now) {
        SlaClock clock = metric.clock();
        Instant until = metric.getEndedAt() != null ? metric.getEndedAt() : now;
        Duration elapsed = clock.elapsed(calendar, until);
        Duration remaining = metric.target().minus(elapsed);
        boolean breached = metric.breachedBy(now) || (metric.getState().open() && remaining.isNegative());
        StringBuilder why = new StringBuilder(clock.explain(calendar, metric.target(), until));
        if (!metric.getState().open()) {
            why.append("; ").append(metric.getState() == SlaMetricState.MET ? "met" : "cancelled").append(" at ")
                    .append(metric.getEndedAt());
            if (metric.getDueAt() != null) {
                why.append(metric.getEndedAt().isAfter(metric.getDueAt()) ? ", after" : ", before")
                        .append(" the deadline ").append(metric.getDueAt());
            }
        }
        return new SlaStanding(metric.getMetric(), metric.getRound(), metric.getState(), metric.target(),
                calendar.name(), metric.getStartedAt(), metric.getWarnAt(), metric.getDueAt(), metric.getEndedAt(),
                elapsed, remaining, metric.getState() == SlaMetricState.PAUSED, breached, why.toString());
    }
}

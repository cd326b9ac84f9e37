package org.deskline.sla.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * S4: a metric's clock as a ledger of segments, running or paused (with the reason), instead of a stored
 * deadline. Elapsed business time and the deadline are always computed from the ledger and a calendar, so a
 * change of priority, plan or calendar recomputes the deadline without losing or double-counting time.
 * Immutable: every change returns a new clock.
 */
public final class SlaClock {

    /** A stretch of the clock: [from, to), to null while it lasts. */
    public record Segment(Instant from, Instant to, boolean running, String reason) {
    }

    private final List<Segment> segments;

    private SlaClock(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    /** A clock from its recorded ledger (oldest segment first, only the last one open). */
    public static SlaClock of(List<Segment> ledger) {
        if (ledger.isEmpty()) {
            throw new IllegalArgumentException("a clock has at least one segment");
        }
        return new SlaClock(ledger);
    }

    public static SlaClock startedAt(Instant at) {
        return new SlaClock(List.of(new Segment(at, null, true, null)));
    }

    public List<Segment> segments() {
        return segments;
    }

    public boolean running() {
        return current().running();
    }

    /** Pauses a running clock (waiting for customer, deferred: S4, T12); pausing a paused one changes nothing. */
    public SlaClock pause(Instant at, String reason) {
        return running() ? switchAt(at, false, reason) : this;
    }

    public SlaClock resume(Instant at) {
        return running() ? this : switchAt(at, true, null);
    }

    /** Business time counted so far, up to {@code now}. */
    public Duration elapsed(BusinessCalendar calendar, Instant now) {
        Duration total = Duration.ZERO;
        for (Segment s : segments) {
            if (s.running() && s.from().isBefore(now)) {
                Instant end = s.to() == null || s.to().isAfter(now) ? now : s.to();
                total = total.plus(calendar.between(s.from(), end));
            }
        }
        return total;
    }

    /**
     * When {@code target} of business time will have run, if the clock keeps running; empty while it is paused.
     * Computed from the segments alone, so it does not move as time passes.
     */
    public Optional<Instant> deadline(BusinessCalendar calendar, Duration target) {
        Segment last = current();
        if (!last.running()) {
            return Optional.empty();
        }
        Duration before = elapsed(calendar, last.from());
        Duration remaining = target.minus(before);
        if (remaining.isNegative() || remaining.isZero()) {
            // already spent before this segment: the deadline was the moment the budget ran out
            return Optional.of(breachMoment(calendar, target));
        }
        return Optional.of(calendar.add(last.from(), remaining));
    }

    /**
     * A readable account of the deadline, to the second: "due X because: target T of business time on calendar C
     * (zone); started S; paused P1 to P2 (reason); counted N by now".
     */
    public String explain(BusinessCalendar calendar, Duration target, Instant now) {
        StringBuilder b = new StringBuilder();
        deadline(calendar, target).ifPresentOrElse(d -> b.append("due ").append(second(d)).append(" because: "),
                () -> b.append("no deadline while paused: "));
        b.append("target ").append(target).append(" of business time on calendar '").append(calendar.name())
                .append("' (").append(calendar.zone().getId()).append("); started ")
                .append(second(segments.get(0).from()));
        for (Segment s : segments) {
            if (!s.running()) {
                b.append("; paused ").append(second(s.from()))
                        .append(s.to() == null ? " until now" : " to " + second(s.to()))
                        .append(" (").append(s.reason()).append(')');
            }
        }
        b.append("; counted ").append(elapsed(calendar, now).truncatedTo(ChronoUnit.SECONDS)).append(" by ")
                .append(second(now));
        return b.toString();
    }

    private static Instant second(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS);
    }

    private Instant breachMoment(BusinessCalendar calendar, Duration target) {
        Duration counted = Duration.ZERO;
        for (Segment s : segments) {
            if (!s.running()) {
                continue;
            }
            Instant end = s.to();
            Duration here = end == null ? null : calendar.between(s.from(), end);
            if (here == null || counted.plus(here).compareTo(target) >= 0) {
                return calendar.add(s.from(), target.minus(counted));
            }
            counted = counted.plus(here);
        }
        throw new IllegalStateException("unreachable: the budget was spent in a running segment");
    }

    private Segment current() {
        return segments.get(segments.size() - 1);
    }

    private SlaClock switchAt(Instant at, boolean running, String reason) {
        Segment last = current();
        if (at.isBefore(last.from())) {
            throw new IllegalArgumentException("the clock cannot go back: " + at + " is before " + last.from());
        }
        List<Segment> next = new ArrayList<>(segments.subList(0, segments.size() - 1));
        next.add(new Segment(last.from(), at, last.running(), last.reason()));
        next.add(new Segment(at, null, running, reason));
        return new SlaClock(next);
    }
}

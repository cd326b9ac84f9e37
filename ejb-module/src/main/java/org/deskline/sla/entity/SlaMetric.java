package org.deskline.sla.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.deskline.platform.entity.SequencedEntity;

/**
 * S4/S6: one clock of one ticket: its ledger, target and calendar, and the moments derived from them. The
 * moments are recomputed from the ledger after every change, so nothing is lost or counted twice when the
 * target or calendar changes. {@code nextAlertAt} is the next warning or breach still to raise (S6).
 */
@Entity
@Table(name = "sla_metric")
@NamedQuery(name = SlaMetric.OF_TICKET, query = "select m from SlaMetric m where m.ticketId = :ticket order by m.id",
        hints = {@QueryHint(name = "eclipselink.batch", value = "m.segments"),
            @QueryHint(name = "eclipselink.batch.type", value = "IN")})
public class SlaMetric extends SequencedEntity {

    /** A ticket's clocks, oldest first ({@code :ticket}); their ledgers in one statement more, not one a clock. */
    public static final String OF_TICKET = "SlaMetric.ofTicket";

    private long ticketId;

    private long organizationId;

    @Enumerated(EnumType.STRING)
    private SlaMetricKind metric;

    private int round;

    @Enumerated(EnumType.STRING)
    private SlaMetricState state;

    private long targetSeconds;

    private String calendar;

    /** S7: the plan this clock is judged by: the one in force when it started, or when it was last retargeted. */
    private String planCode;

    private Instant startedAt;

    private Instant warnAt;

    private Instant dueAt;

    private Instant warnedAt;

    private Instant breachedAt;

    private Instant endedAt;

    private Instant nextAlertAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_segment", joinColumns = @JoinColumn(name = "metric_id"))
    @OrderColumn(name = "position")
    private List<SlaSegment> segments = new ArrayList<>();

    protected SlaMetric() {
    }

    public SlaMetric(long ticketId, long organizationId, SlaMetricKind metric, int round, Duration target,
                     String calendar, Instant startedAt) {
        this.ticketId = ticketId;
        this.organizationId = organizationId;
        this.metric = metric;
        this.round = round;
        this.targetSeconds = target.toSeconds();
        this.calendar = calendar;
        this.startedAt = ms(startedAt);
        this.state = SlaMetricState.RUNNING;
        record(SlaClock.startedAt(this.startedAt));
    }

    public SlaClock clock() {
        return SlaClock.of(segments.stream().map(SlaSegment::toSegment).toList());
    }

    /** Pauses for a reason; a paused clock whose reason changes (waiting for the customer, then deferred) records
     * the change, so time per reason stays right. */
    public void pause(Instant when, String reason) {
        Instant at = ms(when);
        if (state == SlaMetricState.RUNNING) {
            record(clock().pause(at, reason));
            state = SlaMetricState.PAUSED;
        } else if (state == SlaMetricState.PAUSED) {
            SlaClock clock = clock();
            String current = clock.segments().get(clock.segments().size() - 1).reason();
            if (!java.util.Objects.equals(current, reason)) {
                record(clock.resume(at).pause(at, reason));
            }
        }
    }

    public void resume(Instant when) {
        Instant at = ms(when);
        if (state == SlaMetricState.PAUSED) {
            record(clock().resume(at));
            state = SlaMetricState.RUNNING;
        }
    }

    /** Stops the clock for good: met or cancelled. */
    public void end(Instant when, SlaMetricState outcome) {
        Instant at = ms(when);
        if (state.open()) {
            if (state == SlaMetricState.RUNNING) {
                record(clock().pause(at, outcome.name()));
            }
            state = outcome;
            endedAt = at;
        }
    }

    /** T8/S4: a reopened ticket's resolution clock goes on from its ledger; what was counted stays counted. */
    public void reopen(Instant when) {
        Instant at = ms(when);
        if (!state.open()) {
            record(clock().resume(at));
            state = SlaMetricState.RUNNING;
            endedAt = null;
        }
    }

    /** S7: the plan whose targets this clock runs on. */
    public SlaMetric judgedBy(String plan) {
        this.planCode = plan;
        return this;
    }

    public String getPlanCode() {
        return planCode;
    }

    /** A new target or calendar (priority, plan or emergency changed); the ledger stays as it is. */
    public void retarget(Duration target, String calendarName) {
        targetSeconds = target.toSeconds();
        calendar = calendarName;
    }

    /**
     * Recomputes the warning and due moments from the ledger, and the next alert still owed. While paused there is
     * no deadline; once ended the last one stays for the record.
     */
    public void schedule(BusinessCalendar businessCalendar, int warnPercent) {
        if (state == SlaMetricState.RUNNING) {
            SlaClock clock = clock();
            Duration target = target();
            dueAt = clock.deadline(businessCalendar, target).orElseThrow();
            warnAt = clock.deadline(businessCalendar, target.multipliedBy(warnPercent).dividedBy(100)).orElseThrow();
        } else if (state == SlaMetricState.PAUSED) {
            dueAt = null;
            warnAt = null;
        }
        Instant next = null;
        if (state == SlaMetricState.RUNNING) {
            if (breachedAt == null) {
                next = dueAt;
            }
            if (warnedAt == null && breachedAt == null && warnAt.isBefore(dueAt)) {
                next = warnAt;
            }
        }
        nextAlertAt = next;
    }

    /** The warning was raised (S6): it is not raised again, whatever happens to the deadline. */
    public void warned(Instant at) {
        warnedAt = at;
    }

    /** The breach was raised (S6): once per clock. A breach implies the warning. */
    public void breached(Instant at) {
        breachedAt = at;
        if (warnedAt == null) {
            warnedAt = at;
        }
    }

    public boolean breachedBy(Instant now) {
        if (breachedAt != null) {
            return true;
        }
        Instant end = endedAt != null ? endedAt : now;
        return dueAt != null && !end.isBefore(dueAt) && state != SlaMetricState.CANCELLED;
    }

    public Duration target() {
        return Duration.ofSeconds(targetSeconds);
    }

    public long getTicketId() {
        return ticketId;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public SlaMetricKind getMetric() {
        return metric;
    }

    public int getRound() {
        return round;
    }

    public SlaMetricState getState() {
        return state;
    }

    public String getCalendar() {
        return calendar;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getWarnAt() {
        return warnAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getNextAlertAt() {
        return nextAlertAt;
    }

    /** The ledger keeps milliseconds: what the SOAP answer and the alert show is exactly what is stored. */
    private static Instant ms(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    private void record(SlaClock clock) {
        segments.clear();
        clock.segments().forEach(s -> segments.add(SlaSegment.of(s)));
    }
}

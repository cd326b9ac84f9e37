package org.deskline.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** B6: a customer's objection to a billed time entry and how a manager settled it (kept as the audit trail). */
@Entity
@Table(name = "time_dispute")
public class TimeDispute {

    /** Open until a manager confirms the entry as billed or corrects it. */
    public enum State {
        OPEN, CONFIRMED, CORRECTED
    }

    @Id
    @SequenceGenerator(name = "time_dispute_seq", sequenceName = "time_dispute_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "time_dispute_seq")
    private Long id;

    @Column(name = "time_entry_id", nullable = false)
    private Long timeEntryId;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(nullable = false, length = 2000)
    private String reason;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(length = 2000)
    private String resolution;

    @Column(name = "minutes_before")
    private Long minutesBefore;

    @Column(name = "minutes_after")
    private Long minutesAfter;

    protected TimeDispute() {
    }

    public TimeDispute(long timeEntryId, long organizationId, String openedBy, Instant openedAt, String reason) {
        this.timeEntryId = timeEntryId;
        this.organizationId = organizationId;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.reason = reason;
        this.state = State.OPEN;
    }

    public void settle(State outcome, String by, Instant at, String why, long before, long after) {
        this.state = outcome;
        this.resolvedBy = by;
        this.resolvedAt = at;
        this.resolution = why;
        this.minutesBefore = before;
        this.minutesAfter = after;
    }

    public Long getId() {
        return id;
    }

    public Long getTimeEntryId() {
        return timeEntryId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getReason() {
        return reason;
    }

    public State getState() {
        return state;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolution() {
        return resolution;
    }

    public Long getMinutesBefore() {
        return minutesBefore;
    }

    public Long getMinutesAfter() {
        return minutesAfter;
    }
}

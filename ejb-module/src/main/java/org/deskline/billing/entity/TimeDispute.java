package org.deskline.billing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** B6: a customer's objection to a billed time entry and how a manager settled it (kept as the audit trail). */
@Entity
@Table(name = "time_dispute")
public class TimeDispute extends SequencedEntity {

    /** Open until a manager confirms the entry as billed or corrects it. */
    public enum State {
        OPEN, CONFIRMED, CORRECTED
    }

    private Long timeEntryId;

    private Long organizationId;

    private String openedBy;

    private Instant openedAt;

    private String reason;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private State state;

    private String resolvedBy;

    private Instant resolvedAt;

    private String resolution;

    private Long minutesBefore;

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

package org.deskline.maintenance.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** M4: a project's site transfer: its ticket, the customer's deadline, the reminder before it, and what happened. */
@Entity
@Table(name = "site_transfer")
public class SiteTransfer {

    @Id
    private Long ticketId;

    @Version
    private long version;

    private Long projectId;

    private Instant openedAt;

    private Instant remindAt;

    private Instant deadlineAt;

    private boolean reminded;

    private boolean expired;

    private Instant answeredAt;

    protected SiteTransfer() {
    }

    public SiteTransfer(long ticketId, long projectId, Instant openedAt, Instant remindAt, Instant deadlineAt) {
        this.ticketId = ticketId;
        this.projectId = projectId;
        this.openedAt = openedAt;
        this.remindAt = remindAt;
        this.deadlineAt = deadlineAt;
    }

    public void answered(Instant at) {
        this.answeredAt = at;
    }

    public void remind() {
        this.reminded = true;
    }

    public void expire() {
        this.expired = true;
    }

    public boolean isOpen() {
        return answeredAt == null && !expired;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public boolean isReminded() {
        return reminded;
    }

    public boolean isExpired() {
        return expired;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}

package org.deskline.billing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** B5: one change of an hours package's balance (purchase, top-up, debit for a time entry, dispute correction). */
@Entity
@Table(name = "hours_movement")
public class HoursMovement extends SequencedEntity {

    private Long packageId;

    private Instant occurredAt;

    private long minutes;

    private long balanceAfter;

    private Long timeEntryId;

    private String reason;

    private String actor;

    protected HoursMovement() {
    }

    public HoursMovement(long packageId, Instant occurredAt, long minutes, long balanceAfter, Long timeEntryId,
                         String reason, String actor) {
        this.packageId = packageId;
        this.occurredAt = occurredAt;
        this.minutes = minutes;
        this.balanceAfter = balanceAfter;
        this.timeEntryId = timeEntryId;
        this.reason = reason;
        this.actor = actor;
    }

    public Long getPackageId() {
        return packageId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public long getMinutes() {
        return minutes;
    }

    public long getBalanceAfter() {
        return balanceAfter;
    }

    public Long getTimeEntryId() {
        return timeEntryId;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }
}

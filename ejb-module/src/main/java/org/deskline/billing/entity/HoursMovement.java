package org.deskline.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** B5: one change of an hours package's balance (purchase, top-up, debit for a time entry, dispute correction). */
@Entity
@Table(name = "hours_movement")
public class HoursMovement {

    @Id
    @SequenceGenerator(name = "hours_movement_seq", sequenceName = "hours_movement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hours_movement_seq")
    private Long id;

    @Column(name = "package_id", nullable = false)
    private Long packageId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private long minutes;

    @Column(name = "balance_after", nullable = false)
    private long balanceAfter;

    @Column(name = "time_entry_id")
    private Long timeEntryId;

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(nullable = false, length = 100)
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

    public Long getId() {
        return id;
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

package org.deskline.sla.entity;

import org.deskline.security.entity.Tier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** S5: a stretch of a ticket's life in one tier: who put it there, when, why, until when. */
@Entity
@Table(name = "sla_tier_stint")
public class TierStint {

    @Id
    @SequenceGenerator(name = "sla_tier_stint_seq", sequenceName = "sla_tier_stint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_tier_stint_seq")
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Tier tier;

    @Column(name = "from_at", nullable = false)
    private Instant fromAt;

    @Column(name = "to_at")
    private Instant toAt;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    @Column(nullable = false)
    private boolean automatic;

    @Column(length = 500)
    private String reason;

    protected TierStint() {
    }

    public TierStint(long ticketId, Tier tier, Instant fromAt, String enteredBy, boolean automatic, String reason) {
        this.ticketId = ticketId;
        this.tier = tier;
        this.fromAt = fromAt;
        this.enteredBy = enteredBy;
        this.automatic = automatic;
        this.reason = reason;
    }

    public void leave(Instant at) {
        if (toAt == null) {
            toAt = at;
        }
    }

    /** Wall time spent in this stint up to {@code now} (or its end). */
    public Duration spent(Instant now) {
        return Duration.between(fromAt, toAt != null ? toAt : now);
    }

    public long getTicketId() {
        return ticketId;
    }

    public Tier getTier() {
        return tier;
    }

    public Instant getFromAt() {
        return fromAt;
    }

    public Instant getToAt() {
        return toAt;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public String getReason() {
        return reason;
    }

    public boolean isOpen() {
        return toAt == null;
    }
}

package org.deskline.sla.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;
import org.deskline.security.entity.Tier;

/** S5: a stretch of a ticket's life in one tier: who put it there, when, why, until when. */
@Entity
@Table(name = "sla_tier_stint")
public class TierStint extends SequencedEntity {

    private long ticketId;

    @Enumerated(EnumType.STRING)
    private Tier tier;

    private Instant fromAt;

    private Instant toAt;

    private String enteredBy;

    private boolean automatic;

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

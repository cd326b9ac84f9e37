package org.deskline.ticket.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** T5: one entry of a ticket's history: who did what, when, from which status to which, and why. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent extends SequencedEntity {

    private Long ticketId;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private TicketAction.Actor actorKind;

    private String actor;

    private String action;

    @Enumerated(EnumType.STRING)
    private TicketStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private TicketStatus toStatus;

    private String detail;

    protected TicketEvent() {
    }

    public TicketEvent(Long ticketId, Instant occurredAt, TicketAction.Actor actorKind, String actor, String action,
                       TicketStatus fromStatus, TicketStatus toStatus, String detail) {
        this.ticketId = ticketId;
        this.occurredAt = occurredAt;
        this.actorKind = actorKind;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public TicketAction.Actor getActorKind() {
        return actorKind;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public TicketStatus getFromStatus() {
        return fromStatus;
    }

    public TicketStatus getToStatus() {
        return toStatus;
    }

    public String getDetail() {
        return detail;
    }
}

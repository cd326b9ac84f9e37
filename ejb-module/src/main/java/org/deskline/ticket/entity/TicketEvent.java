package org.deskline.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** T5: one entry of a ticket's history: who did what, when, from which status to which, and why. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

    @Id
    @SequenceGenerator(name = "ticket_event_seq", sequenceName = "ticket_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, length = 20)
    private TicketAction.Actor actorKind;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 30)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private TicketStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private TicketStatus toStatus;

    @Column(length = 2000)
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

    public Long getId() {
        return id;
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

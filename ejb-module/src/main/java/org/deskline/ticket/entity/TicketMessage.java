package org.deskline.ticket.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** One message of a ticket's conversation, or an internal note. */
@Entity
@Table(name = "ticket_message")
public class TicketMessage extends SequencedEntity {

    private Long ticketId;

    @Enumerated(EnumType.STRING)
    private TicketAction.Actor authorKind;

    private String author;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private String body;

    private Instant createdAt;

    protected TicketMessage() {
    }

    public TicketMessage(Long ticketId, TicketAction.Actor authorKind, String author, Visibility visibility,
                         String body, Instant createdAt) {
        this.ticketId = ticketId;
        this.authorKind = authorKind;
        this.author = author;
        this.visibility = visibility;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public TicketAction.Actor getAuthorKind() {
        return authorKind;
    }

    public String getAuthor() {
        return author;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

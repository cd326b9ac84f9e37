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

/** One message of a ticket's conversation, or an internal note. */
@Entity
@Table(name = "ticket_message")
public class TicketMessage {

    @Id
    @SequenceGenerator(name = "ticket_message_seq", sequenceName = "ticket_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_message_seq")
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, length = 20)
    private TicketAction.Actor authorKind;

    @Column(nullable = false, length = 100)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(name = "created_at", nullable = false)
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

    public Long getId() {
        return id;
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

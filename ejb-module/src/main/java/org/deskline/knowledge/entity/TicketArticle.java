package org.deskline.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** K1: a ticket an agent answered with an article (the article's "tickets answered" figure counts them). */
@Entity
@Table(name = "ticket_article")
public class TicketArticle {

    @Id
    @SequenceGenerator(name = "ticket_article_seq", sequenceName = "ticket_article_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_article_seq")
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "answered_by", nullable = false, length = 100)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected TicketArticle() {
    }

    public TicketArticle(long ticketId, long articleId, String answeredBy, Instant answeredAt) {
        this.ticketId = ticketId;
        this.articleId = articleId;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    public long getTicketId() {
        return ticketId;
    }

    public long getArticleId() {
        return articleId;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}

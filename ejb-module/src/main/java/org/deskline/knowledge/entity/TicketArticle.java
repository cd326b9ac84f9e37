package org.deskline.knowledge.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** K1: a ticket an agent answered with an article (the article's "tickets answered" figure counts them). */
@Entity
@Table(name = "ticket_article")
public class TicketArticle extends SequencedEntity {

    private long ticketId;

    private long articleId;

    private String answeredBy;

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

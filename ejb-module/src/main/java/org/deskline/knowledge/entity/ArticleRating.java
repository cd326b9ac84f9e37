package org.deskline.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** K1: a customer system's vote on an article: helpful or not, with an optional comment; one per system and article. */
@Entity
@Table(name = "article_rating")
@jakarta.persistence.NamedQuery(name = ArticleRating.OF_VOTER, query = "select r from ArticleRating r "
        + "where r.articleId = :article and r.ratedBy = :by")
public class ArticleRating extends SequencedEntity {

    public static final String OF_VOTER = "ArticleRating.ofVoter";

    private long articleId;

    private long organizationId;

    private String ratedBy;

    private boolean helpful;

    @Column(name = "rating_comment")
    private String comment;

    private Instant ratedAt;

    protected ArticleRating() {
    }

    public ArticleRating(long articleId, long organizationId, String ratedBy, boolean helpful, String comment,
                         Instant ratedAt) {
        this.articleId = articleId;
        this.organizationId = organizationId;
        this.ratedBy = ratedBy;
        this.helpful = helpful;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    public long getArticleId() {
        return articleId;
    }

    public boolean isHelpful() {
        return helpful;
    }

    public String getComment() {
        return comment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    /** The same system votes again: its new vote replaces the old one. */
    public void revise(boolean helpful, String comment, Instant ratedAt) {
        this.helpful = helpful;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }
}

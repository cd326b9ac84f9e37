package org.deskline.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** K1: a customer system's vote on an article: helpful or not, with an optional comment; one per system and article. */
@Entity
@Table(name = "article_rating")
@jakarta.persistence.NamedQuery(name = ArticleRating.OF_VOTER, query = "select r from ArticleRating r "
        + "where r.articleId = :article and r.ratedBy = :by")
public class ArticleRating {

    public static final String OF_VOTER = "ArticleRating.ofVoter";

    @Id
    @SequenceGenerator(name = "article_rating_seq", sequenceName = "article_rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_rating_seq")
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "rated_by", nullable = false, length = 100)
    private String ratedBy;

    @Column(nullable = false)
    private boolean helpful;

    @Column(name = "rating_comment", length = 1000)
    private String comment;

    @Column(name = "rated_at", nullable = false)
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

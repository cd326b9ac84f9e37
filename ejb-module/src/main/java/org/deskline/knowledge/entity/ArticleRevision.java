package org.deskline.knowledge.entity;

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

/** K1: one saved version of an article (its history: who, when, what it said, in which state). */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    @Id
    @SequenceGenerator(name = "article_revision_seq", sequenceName = "article_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_revision_seq")
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 20000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleState state;

    @Column(name = "saved_by", nullable = false, length = 100)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ArticleRevision() {
    }

    public ArticleRevision(Article article, int revision, String savedBy, Instant savedAt) {
        this.articleId = article.getId();
        this.revision = revision;
        this.title = article.getTitle();
        this.body = article.getBody();
        this.state = article.getState();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public int getRevision() {
        return revision;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public ArticleState getState() {
        return state;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}

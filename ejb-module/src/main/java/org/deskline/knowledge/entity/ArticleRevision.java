package org.deskline.knowledge.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** K1: one saved version of an article (its history: who, when, what it said, in which state). */
@Entity
@Table(name = "article_revision")
public class ArticleRevision extends SequencedEntity {

    private long articleId;

    private int revision;

    private String title;

    private String body;

    @Enumerated(EnumType.STRING)
    private ArticleState state;

    private String savedBy;

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

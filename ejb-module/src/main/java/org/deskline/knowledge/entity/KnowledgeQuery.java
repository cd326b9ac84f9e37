package org.deskline.knowledge.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** K1: a search or a suggestion a customer system asked for, and how many articles it found (for deflection). */
@Entity
@Table(name = "knowledge_query")
public class KnowledgeQuery extends SequencedEntity {

    public static final String SEARCH = "SEARCH";
    public static final String SUGGEST = "SUGGEST";

    private long organizationId;

    private String kind;

    private int hits;

    private Instant askedAt;

    protected KnowledgeQuery() {
    }

    public KnowledgeQuery(long organizationId, String kind, int hits, Instant askedAt) {
        this.organizationId = organizationId;
        this.kind = kind;
        this.hits = hits;
        this.askedAt = askedAt;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getKind() {
        return kind;
    }

    public int getHits() {
        return hits;
    }

    public Instant getAskedAt() {
        return askedAt;
    }
}

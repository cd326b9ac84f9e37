package org.deskline.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** K1: a search or a suggestion a customer system asked for, and how many articles it found (for deflection). */
@Entity
@Table(name = "knowledge_query")
public class KnowledgeQuery {

    public static final String SEARCH = "SEARCH";
    public static final String SUGGEST = "SUGGEST";

    @Id
    @SequenceGenerator(name = "knowledge_query_seq", sequenceName = "knowledge_query_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_query_seq")
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(nullable = false, length = 10)
    private String kind;

    @Column(nullable = false)
    private int hits;

    @Column(name = "asked_at", nullable = false)
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

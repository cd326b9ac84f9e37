package org.deskline.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A queue filter a staff member saved under a name of their own (definition: {@code QueueFilter.text()}). */
@Entity
@Table(name = "saved_filter")
@NamedQuery(name = SavedFilter.OF_OWNER, query = "select f from SavedFilter f where f.owner = :owner order by f.name")
public class SavedFilter {

    public static final String OF_OWNER = "SavedFilter.ofOwner";

    @Id
    @SequenceGenerator(name = "saved_filter_seq", sequenceName = "saved_filter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_filter_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 1000)
    private String definition;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedFilter() {
    }

    public SavedFilter(String owner, String name, String definition, Instant createdAt) {
        this.owner = owner;
        this.name = name;
        this.definition = definition;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }
}

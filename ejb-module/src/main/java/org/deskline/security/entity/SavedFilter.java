package org.deskline.security.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** A queue filter a staff member saved under a name of their own (definition: {@code QueueFilter.text()}). */
@Entity
@Table(name = "saved_filter")
@NamedQuery(name = SavedFilter.OF_OWNER, query = "select f from SavedFilter f where f.owner = :owner order by f.name")
public class SavedFilter extends SequencedEntity {

    public static final String OF_OWNER = "SavedFilter.ofOwner";

    private String owner;

    private String name;

    private String definition;

    private Instant createdAt;

    protected SavedFilter() {
    }

    public SavedFilter(String owner, String name, String definition, Instant createdAt) {
        this.owner = owner;
        this.name = name;
        this.definition = definition;
        this.createdAt = createdAt;
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

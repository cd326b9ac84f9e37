package org.deskline.organization.entity;

import jakarta.persistence.Entity;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** A customer of the support company. Everything a customer system or partner sees is scoped to one. */
@Entity
public class Organization extends SequencedEntity {

    private String name;

    private Instant createdAt;

    /** S1: the organization's support plan; new organizations get Basic. */
    private String slaPlanCode = "BASIC";

    protected Organization() {
    }

    public Organization(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String getSlaPlanCode() {
        return slaPlanCode;
    }

    public void subscribeTo(String planCode) {
        this.slaPlanCode = planCode;
    }
}

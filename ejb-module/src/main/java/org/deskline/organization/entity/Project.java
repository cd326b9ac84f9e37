package org.deskline.organization.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** A supported site or system of an organization. Customers name it by its code, unique within the organization. */
@Entity
public class Project extends SequencedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    private String code;

    private String name;

    private Instant createdAt;

    /** B1: the SLA plan a project-wide support subscription gave this project; null: the organization's. */
    private String slaPlanCode;

    protected Project() {
    }

    public Project(Organization organization, String code, String name, Instant createdAt) {
        this.organization = organization;
        this.code = code;
        this.name = name;
        this.createdAt = createdAt;
    }

    public void rename(String name) {
        this.name = name;
    }

    /** B1: from now on the project works under this plan (null: under its organization's again). */
    public void workUnder(String planCode) {
        this.slaPlanCode = planCode;
    }

    /** The project's own plan, or null when it works under its organization's. */
    public String getSlaPlanCode() {
        return slaPlanCode;
    }

    /** S1/B1: the plan the project's tickets run on: its own, else its organization's. */
    public String planCode() {
        return slaPlanCode != null ? slaPlanCode : organization.getSlaPlanCode();
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getCode() {
        return code;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getName() {
        return name;
    }
}

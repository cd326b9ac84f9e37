package org.deskline.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** A customer of the support company. Everything a customer system or partner sees is scoped to one. */
@Entity
public class Organization {

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** S1: the organization's support plan; new organizations get Basic. */
    @Column(name = "sla_plan_code", nullable = false, length = 40)
    private String slaPlanCode = "BASIC";

    protected Organization() {
    }

    public Organization(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
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

package org.deskline.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of a project's secrets (hosting panel, admin panel, database): a label, and the value encrypted. */
@Entity
@Table(name = "project_secret")
@NamedQuery(name = ProjectSecret.OF_PROJECT,
        query = "select s from ProjectSecret s where s.projectId = :project order by s.label")
public class ProjectSecret {

    public static final String OF_PROJECT = "ProjectSecret.ofProject";

    @Id
    @SequenceGenerator(name = "project_secret_seq", sequenceName = "project_secret_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_secret_seq")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false, length = 100)
    private String label;

    /** {@code SecretBox} output: never the plain value. */
    @Column(nullable = false, length = 8000)
    private String ciphertext;

    @Column(name = "updated_by", nullable = false, length = 140)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProjectSecret() {
    }

    public ProjectSecret(Long projectId, String label) {
        this.projectId = projectId;
        this.label = label;
    }

    public void seal(String ciphertext, String by, Instant at) {
        this.ciphertext = ciphertext;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getLabel() {
        return label;
    }

    public String getCiphertext() {
        return ciphertext;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

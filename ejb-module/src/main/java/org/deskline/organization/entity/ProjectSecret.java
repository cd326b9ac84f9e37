package org.deskline.organization.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** One of a project's secrets (hosting panel, admin panel, database): a label, and the value encrypted. */
@Entity
@Table(name = "project_secret")
@NamedQuery(name = ProjectSecret.OF_PROJECT,
        query = "select s from ProjectSecret s where s.projectId = :project order by s.label")
public class ProjectSecret extends SequencedEntity {

    public static final String OF_PROJECT = "ProjectSecret.ofProject";

    private Long projectId;

    private String label;

    /** {@code SecretBox} output: never the plain value. */
    private String ciphertext;

    private String updatedBy;

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

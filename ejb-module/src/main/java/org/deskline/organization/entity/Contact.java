package org.deskline.organization.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.deskline.platform.entity.SequencedEntity;

/** The project's representative, who sends tickets on the customer's behalf. */
@Entity
public class Contact extends SequencedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    private String name;

    private String email;

    protected Contact() {
    }

    public Contact(Project project, String name, String email) {
        this.project = project;
        this.name = name;
        this.email = email;
    }

    public Project getProject() {
        return project;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }
}

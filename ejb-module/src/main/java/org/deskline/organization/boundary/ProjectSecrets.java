package org.deskline.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import org.deskline.organization.control.SealedSecrets;
import org.deskline.organization.entity.Project;
import org.deskline.organization.entity.ProjectSecret;
import org.deskline.platform.DeskException;
import org.deskline.security.control.Audited;
import org.deskline.security.entity.Groups;

/**
 * Each project's hosting / admin-panel access details, as administrators keep them: sealed with the secret keys
 * (bound to project and label), listed by label only, opened one at a time for an administrator, and audited.
 */
@Stateless
@RolesAllowed(Groups.ADMIN)
public class ProjectSecrets {

    @PersistenceContext
    EntityManager em;

    @Inject
    SealedSecrets sealed;

    @Inject
    Principal caller;

    /** The project's secrets, labels only. */
    public List<ProjectSecret> secrets(long projectId) {
        return sealed.of(projectId);
    }

    /** Stores (or replaces) a secret of a project, encrypted. */
    @Audited
    @RolesAllowed(Groups.ADMIN)
    public ProjectSecret putSecret(long projectId, String label, @Audited.Redacted String value) {
        if (em.find(Project.class, projectId) == null) {
            throw DeskException.notFound("projectId", "project", projectId);
        }
        return sealed.store(projectId, label, value, caller.getName());
    }

    /** The plain value, for administrators only; the reading itself is audited. */
    @Audited
    @RolesAllowed(Groups.ADMIN)
    public String reveal(long secretId) {
        ProjectSecret s = em.find(ProjectSecret.class, secretId);
        if (s == null) {
            throw DeskException.notFound("secretId", "secret", secretId);
        }
        return sealed.open(s);
    }
}

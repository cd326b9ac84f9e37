package org.deskline.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.deskline.organization.control.OrganizationRules;
import org.deskline.organization.entity.Project;
import org.deskline.organization.entity.ProjectSecret;
import org.deskline.platform.DeskException;
import org.deskline.security.control.Audited;
import org.deskline.security.control.SecretKeys;
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
    SecretKeys keys;

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    /** The project's secrets, labels only. */
    public List<ProjectSecret> secrets(long projectId) {
        return em.createNamedQuery(ProjectSecret.OF_PROJECT, ProjectSecret.class).setParameter("project", projectId)
                .getResultList();
    }

    /** Stores (or replaces) a secret of a project, encrypted. */
    @Audited
    @RolesAllowed(Groups.ADMIN)
    public ProjectSecret putSecret(long projectId, String label, @Audited.Redacted String value) {
        if (em.find(Project.class, projectId) == null) {
            throw DeskException.notFound("projectId", "project", projectId);
        }
        String l = OrganizationRules.text(label, "label", OrganizationRules.SECRET_LABEL_LENGTH);
        String v = OrganizationRules.text(value, "value", OrganizationRules.SECRET_VALUE_LENGTH);
        ProjectSecret secret = secrets(projectId).stream().filter(s -> s.getLabel().equals(l)).findFirst()
                .orElseGet(() -> {
                    ProjectSecret s = new ProjectSecret(projectId, l);
                    em.persist(s);
                    return s;
                });
        secret.seal(keys.box().seal(v, context(projectId, l)), caller.getName(), clock.instant());
        return secret;
    }

    /** The plain value, for administrators only; the reading itself is audited. */
    @Audited
    @RolesAllowed(Groups.ADMIN)
    public String reveal(long secretId) {
        ProjectSecret s = em.find(ProjectSecret.class, secretId);
        if (s == null) {
            throw DeskException.notFound("secretId", "secret", secretId);
        }
        return keys.box().open(s.getCiphertext(), context(s.getProjectId(), s.getLabel()));
    }

    private static String context(long projectId, String label) {
        return "project:" + projectId + ":" + label;
    }
}

package org.deskline.organization.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.deskline.organization.control.CallerDirectory;
import org.deskline.organization.control.SealedSecrets;
import org.deskline.organization.entity.Project;
import org.deskline.organization.entity.ProjectSecret;
import org.deskline.platform.DeskException;
import org.deskline.security.control.Audited;

/**
 * The caller's projects as customer systems reach them (SOAP), scoped to the caller's organization: another
 * organization's project answers NOT_FOUND exactly like a missing one.
 */
@Stateless
public class CustomerProjects {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerDirectory callers;

    @Inject
    SealedSecrets sealed;

    /**
     * Seed 000: the customer sends its project's hosting / admin-panel access, as its panel lets it. Stored sealed
     * like an administrator's entry, under the label (the same label replaces the earlier value); write-only: nothing
     * returns the value to a customer system, and only an administrator's audited reveal opens it.
     */
    @Audited
    public ProjectSecret sendAccess(String apiClient, String projectCode, String label,
                                    @Audited.Redacted String value) {
        long organization = callers.require(apiClient);
        Project project = em.createQuery("select p from Project p where p.organization.id = :org and p.code = :code",
                        Project.class).setParameter("org", organization).setParameter("code", projectCode)
                .getResultStream().findFirst()
                .orElseThrow(() -> DeskException.notFound("projectCode", "project", projectCode));
        return sealed.store(project.getId(), label, value, apiClient + " (customer system)");
    }
}

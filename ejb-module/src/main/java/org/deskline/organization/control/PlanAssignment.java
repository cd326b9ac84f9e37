package org.deskline.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import org.deskline.organization.entity.Organization;
import org.deskline.organization.entity.Project;

/**
 * The one place an organization or one of its projects moves to another SLA plan (S1, B1): staff choosing it on the
 * customers page, or a support subscription that sells it. Fires {@link PlanChanged} in the caller's transaction,
 * so the running clocks take the new targets there too; the caller has checked who may do it.
 */
@ApplicationScoped
public class PlanAssignment {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PlanChanged> planChanged;

    /** The organization works under {@code planCode} from now on; true if that changed anything. */
    public boolean organization(Organization organization, String planCode) {
        String from = organization.getSlaPlanCode();
        if (Objects.equals(from, planCode)) {
            return false;
        }
        organization.subscribeTo(planCode);
        em.flush();
        planChanged.fire(new PlanChanged(organization.getId(), from, planCode));
        return true;
    }

    /** The project works under {@code planCode} (null: its organization's) from now on; true if that changed it. */
    public boolean project(Project project, String planCode) {
        String from = project.planCode();
        String own = project.getSlaPlanCode();
        if (Objects.equals(own, planCode)) {
            return false;
        }
        project.workUnder(planCode);
        em.flush();
        if (!Objects.equals(from, project.planCode())) {
            planChanged.fire(new PlanChanged(project.getOrganization().getId(), from, project.planCode()));
        }
        return true;
    }
}

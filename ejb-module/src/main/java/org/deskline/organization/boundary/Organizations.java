package org.deskline.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.deskline.organization.entity.Organization;
import org.deskline.security.entity.Groups;

/** The customer organizations as every staff member may see them: names for filters and choices. */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
public class Organizations {

    @PersistenceContext
    EntityManager em;

    /** Every organization, by name. */
    public List<Organization> all() {
        return em.createQuery("select o from Organization o order by o.name", Organization.class).getResultList();
    }
}

package org.deskline.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.deskline.organization.control.OrganizationRules;
import org.deskline.organization.control.PlanAssignment;
import org.deskline.organization.control.PlanChanged;
import org.deskline.organization.control.PlanDirectory;
import org.deskline.organization.control.ProjectCreated;
import org.deskline.organization.entity.Contact;
import org.deskline.organization.entity.Organization;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;
import org.deskline.security.control.Audited;
import org.deskline.security.entity.Groups;

/**
 * Administrators manage the customers: organizations (with their SLA plan), their projects and the projects'
 * contacts. The API clients are {@link ApiClientAdmin}'s, the projects' sealed access details {@link ProjectSecrets}'.
 */
@Stateless
@RolesAllowed(Groups.ADMIN)
public class CustomerAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanDirectory plans;

    @Inject
    Event<ProjectCreated> projectCreated;

    @Inject
    PlanAssignment assignment;

    @Inject
    Clock clock;

    /** S1: the plans an organization can be put on, for the console's form. */
    public List<PlanDirectory.PlanChoice> planChoices() {
        return plans.choices();
    }

    public Organization organization(long id) {
        Organization o = em.find(Organization.class, id);
        if (o == null) {
            throw DeskException.notFound("organizationId", "organization", id);
        }
        return o;
    }

    @Audited
    public Organization createOrganization(String name, String planCode) {
        String checked = OrganizationRules.text(name, "name", OrganizationRules.NAME_LENGTH);
        plan(planCode);
        if (!em.createQuery("select o from Organization o where lower(o.name) = :n", Organization.class)
                .setParameter("n", checked.toLowerCase(java.util.Locale.ROOT)).getResultList().isEmpty()) {
            throw DeskException.invalid("name", null, "An organization named " + checked + " exists already.");
        }
        Organization o = new Organization(checked, clock.instant());
        o.subscribeTo(planCode);
        em.persist(o);
        return o;
    }

    /**
     * S1: the organization's plan from now on; its running clocks take the new targets, keeping counted time (the
     * SLA feature observes {@link PlanChanged} in this transaction).
     */
    @Audited
    public Organization changePlan(long id, String planCode) {
        Organization o = organization(id);
        plan(planCode);
        assignment.organization(o, planCode);
        return o;
    }

    @Audited
    public Organization renameOrganization(long id, String name) {
        Organization o = organization(id);
        o.rename(OrganizationRules.text(name, "name", OrganizationRules.NAME_LENGTH));
        return o;
    }

    public List<Project> projects(long organizationId) {
        return em.createQuery("select p from Project p where p.organization.id = :o order by p.code", Project.class)
                .setParameter("o", organizationId).getResultList();
    }

    @Audited
    public Project createProject(long organizationId, String code, String name) {
        Organization o = organization(organizationId);
        String c = code == null ? "" : code.strip();
        if (!OrganizationRules.PROJECT_CODE.matcher(c).matches()) {
            throw DeskException.invalid("code", null, "2-60 capital letters, digits, '-' or '_' (e.g. NW-PORTAL).");
        }
        if (projects(organizationId).stream().anyMatch(p -> p.getCode().equals(c))) {
            throw DeskException.invalid("code", null, "The organization has a project " + c + " already.");
        }
        Project p = new Project(o, c, OrganizationRules.text(name, "name", OrganizationRules.NAME_LENGTH),
                clock.instant());
        em.persist(p);
        em.flush();
        projectCreated.fire(new ProjectCreated(p.getId())); // M2/M3: maintenance plans its schedules
        return p;
    }

    public List<Contact> contacts(long projectId) {
        return em.createQuery("select c from Contact c where c.project.id = :p order by c.name", Contact.class)
                .setParameter("p", projectId).getResultList();
    }

    @Audited
    public Contact addContact(long projectId, String name, String email) {
        Project p = project(projectId);
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (mail != null && (!OrganizationRules.EMAIL.matcher(mail).matches()
                || mail.length() > OrganizationRules.EMAIL_LENGTH)) {
            throw DeskException.invalid("email", null, "Not an e-mail address: " + mail);
        }
        Contact c = new Contact(p, OrganizationRules.text(name, "contactName", OrganizationRules.NAME_LENGTH), mail);
        em.persist(c);
        return c;
    }

    @Audited
    public void removeContact(long contactId) {
        Contact c = em.find(Contact.class, contactId);
        if (c == null) {
            throw DeskException.notFound("contactId", "contact", contactId);
        }
        em.remove(c);
    }

    private Project project(long projectId) {
        Project p = em.find(Project.class, projectId);
        if (p == null) {
            throw DeskException.notFound("projectId", "project", projectId);
        }
        return p;
    }

    private void plan(String planCode) {
        if (planCode == null || !plans.exists(planCode)) {
            throw DeskException.invalid("planCode", "S1", "Choose one of the SLA plans.");
        }
    }
}

package org.deskline.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.deskline.maintenance.boundary.MaintenancePlanner;
import org.deskline.organization.entity.ApiClient;
import org.deskline.organization.entity.Contact;
import org.deskline.organization.entity.Organization;
import org.deskline.organization.entity.Project;
import org.deskline.organization.entity.ProjectSecret;
import org.deskline.platform.DeskException;
import org.deskline.security.control.Audited;
import org.deskline.security.control.Passwords;
import org.deskline.security.control.SecretBox;
import org.deskline.security.control.SecretKeys;
import org.deskline.security.entity.Groups;
import org.deskline.sla.entity.SupportPlan;

/**
 * Administrators manage the customers: organizations (with their SLA plan), projects, contacts, the API clients of
 * their ERP and backup systems, and each project's hosting / admin-panel details, kept encrypted. A client's secret
 * is generated here and handed out exactly once; only its hash is stored.
 */
@Stateless
@RolesAllowed(Groups.ADMIN)
public class CustomerAdmin {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,59}");
    private static final Pattern CLIENT = Pattern.compile("[a-z][a-z0-9._-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A client's username with its new secret: shown once, never stored in the clear. */
    public record IssuedCredential(long clientId, String username, String secret) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    SecretKeys keys;

    @Inject
    MaintenancePlanner planner;

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    public Organization organization(long id) {
        Organization o = em.find(Organization.class, id);
        if (o == null) {
            throw DeskException.notFound("organizationId", "organization", id);
        }
        return o;
    }

    @Audited
    public Organization createOrganization(String name, String planCode) {
        String checked = text(name, "name", 200);
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

    @Audited
    public Organization renameOrganization(long id, String name) {
        Organization o = organization(id);
        o.rename(text(name, "name", 200));
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
        if (!CODE.matcher(c).matches()) {
            throw DeskException.invalid("code", null, "2-60 capital letters, digits, '-' or '_' (e.g. NW-PORTAL).");
        }
        if (projects(organizationId).stream().anyMatch(p -> p.getCode().equals(c))) {
            throw DeskException.invalid("code", null, "The organization has a project " + c + " already.");
        }
        Project p = new Project(o, c, text(name, "name", 200), clock.instant());
        em.persist(p);
        em.flush();
        planner.plan(p); // M2/M3: the default checkup and update schedules
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
        if (mail != null && (!EMAIL.matcher(mail).matches() || mail.length() > 254)) {
            throw DeskException.invalid("email", null, "Not an e-mail address: " + mail);
        }
        Contact c = new Contact(p, text(name, "contactName", 200), mail);
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

    public List<ApiClient> clients() {
        return em.createQuery("select c from ApiClient c join fetch c.organization order by c.username",
                ApiClient.class).getResultList();
    }

    /** A new API client of an organization's ERP (purpose ERP) or backup system (BACKUP), with its secret. */
    @Audited
    public IssuedCredential createClient(long organizationId, String username, String purpose) {
        Organization o = organization(organizationId);
        String name = username == null ? "" : username.strip();
        if (!CLIENT.matcher(name).matches()) {
            throw DeskException.invalid("username", null, "3-100 lower-case letters, digits, '.', '_' or '-'.");
        }
        if (!em.createNamedQuery(ApiClient.BY_USERNAME, ApiClient.class).setParameter("username", name)
                .getResultList().isEmpty()) {
            throw DeskException.invalid("username", null, "An API client named " + name + " exists already.");
        }
        if (!ApiClient.PURPOSE_ERP.equals(purpose) && !ApiClient.PURPOSE_BACKUP.equals(purpose)) {
            throw DeskException.invalid("purpose", "M1", "An API client serves an ERP system or a backup system.");
        }
        String secret = SecretBox.newCredential();
        ApiClient client = new ApiClient(o, name, passwords.hash(secret), clock.instant());
        if (ApiClient.PURPOSE_BACKUP.equals(purpose)) {
            client.forBackups();
        }
        em.persist(client);
        em.flush();
        return new IssuedCredential(client.getId(), name, secret);
    }

    /** A new secret for a client; the old one stops working at once. */
    @Audited
    public IssuedCredential rotateSecret(long clientId) {
        ApiClient client = client(clientId);
        String secret = SecretBox.newCredential();
        client.rotate(passwords.hash(secret));
        return new IssuedCredential(client.getId(), client.getUsername(), secret);
    }

    @Audited
    public ApiClient setClientActive(long clientId, boolean active) {
        ApiClient client = client(clientId);
        client.setActive(active);
        return client;
    }

    /** The project's secrets, labels only. */
    public List<ProjectSecret> secrets(long projectId) {
        return em.createNamedQuery(ProjectSecret.OF_PROJECT, ProjectSecret.class).setParameter("project", projectId)
                .getResultList();
    }

    /** Stores (or replaces) a secret of a project, encrypted. */
    @Audited
    @RolesAllowed(Groups.ADMIN)
    public ProjectSecret putSecret(long projectId, String label, @Audited.Redacted String value) {
        project(projectId);
        String l = text(label, "label", 100);
        String v = text(value, "value", 4000);
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

    private Project project(long projectId) {
        Project p = em.find(Project.class, projectId);
        if (p == null) {
            throw DeskException.notFound("projectId", "project", projectId);
        }
        return p;
    }

    private ApiClient client(long clientId) {
        ApiClient c = em.find(ApiClient.class, clientId);
        if (c == null) {
            throw DeskException.notFound("clientId", "API client", clientId);
        }
        return c;
    }

    private void plan(String planCode) {
        if (planCode == null || em.find(SupportPlan.class, planCode) == null) {
            throw DeskException.invalid("planCode", "S1", "Choose one of the SLA plans.");
        }
    }

    private static String text(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw DeskException.invalid(field, null, "1-" + max + " characters.");
        }
        return v;
    }
}

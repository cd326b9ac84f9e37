package org.deskline.organization.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.deskline.organization.boundary.CustomerAdmin;
import org.deskline.organization.boundary.ProjectSecrets;
import org.deskline.organization.entity.Contact;
import org.deskline.organization.entity.Organization;
import org.deskline.organization.entity.Project;
import org.deskline.organization.entity.ProjectSecret;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;
import org.deskline.organization.control.PlanDirectory.PlanChoice;

/**
 * Administrators' customers page: organizations with their SLA plan, their projects and contacts, and each project's
 * hosting / admin-panel details (stored encrypted; shown on request, audited).
 */
@Named
@ViewScoped
public class CustomersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CustomerAdmin admin;

    @Inject
    transient ProjectSecrets projectSecrets;

    @Inject
    transient org.deskline.organization.boundary.Organizations organizations;

    private List<PlanChoice> plans = List.of();
    private Long organizationId;
    private String newOrganization;
    private String newPlan = "BASIC";
    private String rename;
    private String plan;
    private String projectCode;
    private String projectName;
    private final Map<Long, String> contactNames = new HashMap<>();
    private final Map<Long, String> contactEmails = new HashMap<>();
    private final Map<Long, String> secretLabels = new HashMap<>();
    private final Map<Long, String> secretValues = new HashMap<>();
    private final Map<Long, String> revealed = new HashMap<>();

    private transient List<Organization> organizationList = List.of();
    private transient Organization organization;
    private transient List<Project> projects = List.of();
    private transient Map<Long, List<Contact>> contacts = Map.of();
    private transient Map<Long, List<ProjectSecret>> secrets = Map.of();

    public List<Organization> getOrganizations() {
        return organizationList;
    }

    /** S1: the plans, read once per view; the rest after every action. */
    @PostConstruct
    void readPlans() {
        plans = admin.planChoices();
        reload();
    }

    /** Reads what the page shows: the organizations, and the open one's projects with contacts and secrets. */
    private void reload() {
        organizationList = organizations.all();
        organization = organizationId == null ? null : admin.organization(organizationId);
        projects = organizationId == null ? List.of() : admin.projects(organizationId);
        Map<Long, List<Contact>> c = new HashMap<>();
        Map<Long, List<ProjectSecret>> s = new HashMap<>();
        for (Project p : projects) {
            c.put(p.getId(), admin.contacts(p.getId()));
            s.put(p.getId(), projectSecrets.secrets(p.getId()));
        }
        contacts = c;
        secrets = s;
    }

    public List<PlanChoice> getPlans() {
        return plans;
    }

    public Organization getOrganization() {
        return organization;
    }

    public void open(long id) {
        organizationId = id;
        Organization o = admin.organization(id);
        rename = o.getName();
        plan = o.getSlaPlanCode();
        revealed.clear();
        reload();
    }

    public void createOrganization() {
        run(() -> {
            Organization o = admin.createOrganization(newOrganization, newPlan);
            open(o.getId());
            newOrganization = null;
            return Messages.text("customers.created", o.getName());
        });
    }

    public void saveOrganization() {
        run(() -> {
            Organization o = admin.renameOrganization(organizationId, rename);
            admin.changePlan(organizationId, plan); // S1: running clocks are retargeted
            return Messages.text("customers.saved", o.getName());
        });
    }

    public List<Project> getProjects() {
        return projects;
    }

    public void createProject() {
        run(() -> {
            Project p = admin.createProject(organizationId, projectCode, projectName);
            projectCode = null;
            projectName = null;
            return Messages.text("customers.projectCreated", p.getCode());
        });
    }

    public List<Contact> contacts(long projectId) {
        return contacts.getOrDefault(projectId, List.of());
    }

    public void addContact(long projectId) {
        run(() -> {
            Contact c = admin.addContact(projectId, contactNames.get(projectId), contactEmails.get(projectId));
            contactNames.remove(projectId);
            contactEmails.remove(projectId);
            return Messages.text("customers.contactAdded", c.getName());
        });
    }

    public void removeContact(long contactId) {
        run(() -> {
            admin.removeContact(contactId);
            return Messages.text("customers.contactRemoved");
        });
    }

    public List<ProjectSecret> secrets(long projectId) {
        return secrets.getOrDefault(projectId, List.of());
    }

    public void putSecret(long projectId) {
        run(() -> {
            ProjectSecret s = projectSecrets.putSecret(projectId, secretLabels.get(projectId), secretValues.get(projectId));
            secretLabels.remove(projectId);
            secretValues.remove(projectId);
            revealed.remove(s.getId());
            return Messages.text("customers.secretStored", s.getLabel());
        });
    }

    public void reveal(long secretId) {
        run(() -> {
            revealed.put(secretId, projectSecrets.reveal(secretId));
            return null;
        });
    }

    public void hide(long secretId) {
        revealed.remove(secretId);
    }

    private void run(Supplier<String> action) {
        try {
            String done = action.get();
            if (done != null) {
                FacesErrors.info(done);
            }
        } catch (DeskException e) {
            FacesErrors.show(e);
        } catch (jakarta.ejb.EJBAccessException e) {
            FacesErrors.show(new DeskException(org.deskline.platform.ErrorCode.FORBIDDEN, null, null,
                    Messages.text("customers.adminsOnly")));
        }
        reload();
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getNewOrganization() {
        return newOrganization;
    }

    public void setNewOrganization(String newOrganization) {
        this.newOrganization = newOrganization;
    }

    public String getNewPlan() {
        return newPlan;
    }

    public void setNewPlan(String newPlan) {
        this.newPlan = newPlan;
    }

    public String getRename() {
        return rename;
    }

    public void setRename(String rename) {
        this.rename = rename;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public void setProjectCode(String projectCode) {
        this.projectCode = projectCode;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public Map<Long, String> getContactNames() {
        return contactNames;
    }

    public Map<Long, String> getContactEmails() {
        return contactEmails;
    }

    public Map<Long, String> getSecretLabels() {
        return secretLabels;
    }

    public Map<Long, String> getSecretValues() {
        return secretValues;
    }

    public Map<Long, String> getRevealed() {
        return revealed;
    }
}

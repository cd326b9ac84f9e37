package org.deskline.organization.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.deskline.organization.boundary.ApiClientAdmin;
import org.deskline.organization.boundary.CustomerAdmin;
import org.deskline.organization.entity.ApiClient;
import org.deskline.organization.entity.Organization;

/**
 * Administrators' API clients page: the customer systems' credentials. A new or rotated secret is shown once, on the
 * page that made it, and is gone on the next request: only its hash is kept.
 */
@Named
@ViewScoped
public class ClientsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CustomerAdmin admin;

    @Inject
    transient ApiClientAdmin clientAdmin;

    @Inject
    transient org.deskline.organization.boundary.Organizations organizations;

    private Long organizationId;
    private String username;
    private String purpose = ApiClient.PURPOSE_ERP;
    @Inject
    transient IssuedCredentials shown;

    private transient List<ApiClient> clients = List.of();
    private transient List<Organization> organizationChoices = List.of();

    @PostConstruct
    void load() {
        clients = clientAdmin.clients();
        organizationChoices = organizations.all();
    }

    public List<ApiClient> getClients() {
        return clients;
    }

    public List<Organization> getOrganizations() {
        return organizationChoices;
    }

    public void create() {
        shown.hold(clientAdmin.createClient(organizationId == null ? -1 : organizationId, username, purpose));
        username = null;
        load();
    }

    public void rotate(long clientId) {
        shown.hold(clientAdmin.rotateSecret(clientId));
        load();
    }

    public void toggle(long clientId, boolean active) {
        clientAdmin.setClientActive(clientId, active);
        load();
    }

    /** The name of a loaded organization (a row's), without a query per row. */
    public String organizationName(long id) {
        return organizationChoices.stream().filter(o -> o.getId() == id).map(Organization::getName).findFirst()
                .orElseGet(() -> admin.organization(id).getName());
    }

    public List<String> getPurposes() {
        return List.of(ApiClient.PURPOSE_ERP, ApiClient.PURPOSE_BACKUP);
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}

package org.deskline.organization.boundary.console;

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

    public List<ApiClient> getClients() {
        return clientAdmin.clients();
    }

    public List<Organization> getOrganizations() {
        return organizations.all();
    }

    public void create() {
        shown.hold(clientAdmin.createClient(organizationId == null ? -1 : organizationId, username, purpose));
        username = null;
    }

    public void rotate(long clientId) {
        shown.hold(clientAdmin.rotateSecret(clientId));
    }

    public void toggle(long clientId, boolean active) {
        clientAdmin.setClientActive(clientId, active);
    }

    public String organizationName(long id) {
        return admin.organization(id).getName();
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

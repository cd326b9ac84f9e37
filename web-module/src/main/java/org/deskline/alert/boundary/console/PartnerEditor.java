package org.deskline.alert.boundary.console;

import org.deskline.alert.boundary.PartnerAdmin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.deskline.alert.entity.AlertType;
import org.deskline.alert.entity.Partner;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.boundary.ConsoleEditor;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;

/**
 * The partners page: who reads alerts from the broker, of which organizations and alert types, on/off. The
 * password is typed by the admin and never shown again; the broker follows a save at once.
 */
@Named
@ViewScoped
public class PartnerEditor extends ConsoleEditor<Long, Partner> {

    @Inject
    PartnerAdmin admin;

    @Inject
    org.deskline.organization.boundary.Organizations organizationList;

    private Long readVersion;
    private String name;
    private String username;
    private String password;
    private boolean active = true;
    private List<Long> organizations = new ArrayList<>();
    private List<String> types = new ArrayList<>();

    @Override
    protected Catalog<Long, Partner> catalog() {
        return new Catalog<>(admin::partners, admin::partner, Partner::getId);
    }

    @Override
    protected void show(Partner p) {
        if (p == null) {
            return; // a new partner: the fields' defaults
        }
        readVersion = p.getVersion();
        name = p.getName();
        username = p.getUsername();
        active = p.isActive();
        organizations = new ArrayList<>(p.getOrganizationIds());
        types = p.getAlertTypes().stream().map(Enum::name).sorted().toList();
    }

    public String save() {
        EnumSet<AlertType> chosen = EnumSet.noneOf(AlertType.class);
        types.forEach(t -> chosen.add(AlertType.valueOf(t)));
        Partner saved = isCreating()
                ? admin.create(name, username, password, new HashSet<>(organizations), chosen)
                : admin.update(getRequested(), readVersion, name, active, new HashSet<>(organizations), chosen,
                        password);
        String queue = "deskline.alerts::" + saved.queueName();
        FacesErrors.infoAfterRedirect(Messages.text(saved.isActive() ? "done.partnerSaved" : "done.partnerSavedOff",
                saved.getUsername(), queue));
        return "/console/partners?faces-redirect=true&id=" + saved.getId();
    }

    private transient List<Organization> organizationChoices = List.of();

    @Override
    protected void loadChoices() {
        organizationChoices = organizationList.all();
    }

    public List<Partner> getPartners() {
        return items();
    }

    public List<Organization> getAllOrganizations() {
        return organizationChoices;
    }

    /** Every alert type (ticked by its name, shown by its label). */
    public List<AlertType> getAllTypes() {
        return List.of(AlertType.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<Long> getOrganizations() {
        return organizations;
    }

    public void setOrganizations(List<Long> organizations) {
        this.organizations = organizations;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types;
    }
}

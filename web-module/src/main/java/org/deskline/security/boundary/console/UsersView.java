package org.deskline.security.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;
import org.deskline.security.boundary.StaffAdmin;
import org.deskline.security.entity.StaffRole;
import org.deskline.security.entity.StaffUser;
import org.deskline.security.entity.Tier;

/** Administrators manage console users: create, change role/tier/language, turn off, set a new password. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffAdmin admin;

    private Long id;
    private long version;
    private String username;
    private String displayName;
    private StaffRole role = StaffRole.AGENT;
    private Tier tier = Tier.L1;
    private String locale;
    private boolean active = true;
    private String password;

    private transient List<StaffUser> users = List.of();

    @PostConstruct
    void load() {
        users = admin.users();
    }

    public List<StaffUser> getUsers() {
        return users;
    }

    public void edit(long userId) {
        load();
        StaffUser u = admin.user(userId);
        id = u.getId();
        version = u.getVersion();
        username = u.getUsername();
        displayName = u.getDisplayName();
        role = u.getRole();
        tier = u.getTier();
        locale = u.getLocale();
        active = u.isActive();
        password = null;
    }

    public void startNew() {
        id = null;
        username = null;
        displayName = null;
        role = StaffRole.AGENT;
        tier = Tier.L1;
        locale = null;
        active = true;
        password = null;
    }

    public void save() {
        try {
            StaffUser saved = id == null ? admin.create(username, displayName, role, tier, locale, password)
                    : admin.update(id, version, displayName, role, tier, locale, active);
            FacesErrors.info(Messages.text(id == null ? "users.created" : "users.saved", saved.getUsername()));
            edit(saved.getId());
        } catch (DeskException e) {
            FacesErrors.show(e);
            if (e.code() == org.deskline.platform.ErrorCode.CONCURRENT_MODIFICATION && id != null) {
                edit(id);
            }
        }
    }

    public void resetPassword() {
        StaffUser saved = admin.resetPassword(id, version, password);
        FacesErrors.info(Messages.text("users.passwordSet", saved.getUsername()));
        edit(saved.getId());
    }

    public List<StaffRole> getRoles() {
        return List.of(StaffRole.values());
    }

    public List<Tier> getTiers() {
        return List.of(Tier.L1, Tier.L2, Tier.L3);
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

package org.deskline.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.security.control.Audited;
import org.deskline.security.control.Passwords;
import org.deskline.security.control.StaffAccounts;
import org.deskline.security.control.StaffRules;
import org.deskline.security.entity.Groups;
import org.deskline.security.entity.StaffRole;
import org.deskline.security.entity.StaffUser;
import org.deskline.security.entity.Tier;

/**
 * Administrators manage the console's users: role, tier, language, password, on or off. Every change audited.
 * Only administrators may call it (checked here, not only on the page); the one exception is a user's own
 * language, which every staff member sets for themselves, the caller principal.
 */
@Stateless
@RolesAllowed(Groups.ADMIN)
public class StaffAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    StaffAccounts accounts;

    @Inject
    Principal caller;

    public List<StaffUser> users() {
        return em.createNamedQuery(StaffUser.ALL, StaffUser.class).getResultList();
    }

    public StaffUser user(long id) {
        StaffUser user = em.find(StaffUser.class, id);
        if (user == null) {
            throw DeskException.notFound("id", "user", id);
        }
        return user;
    }

    @Audited
    public StaffUser create(String username, String displayName, StaffRole role, Tier tier, String locale,
                            @Audited.Redacted String password) {
        String name = StaffRules.checkUsername(username);
        String display = StaffRules.checkDisplayName(displayName);
        Tier checkedTier = StaffRules.checkTier(role, tier);
        String language = StaffRules.checkLanguage(locale);
        StaffRules.checkPassword(password, name);
        if (accounts.find(name).isPresent()) {
            throw DeskException.invalid("username", null, "A user named " + name + " exists already.");
        }
        StaffUser user = accounts.create(name, password, role);
        user.describe(role, checkedTier, display, language);
        return user;
    }

    @Audited
    public StaffUser update(long id, long readVersion, String displayName, StaffRole role, Tier tier, String locale,
                            boolean active) {
        StaffUser user = lockedAt(id, readVersion);
        Tier checkedTier = StaffRules.checkTier(role, tier);
        String display = StaffRules.checkDisplayName(displayName);
        String language = StaffRules.checkLanguage(locale);
        StaffRules.checkKeepsAnAdmin(user.isActive() && user.getRole() == StaffRole.ADMIN,
                active && role == StaffRole.ADMIN, accounts.activeAdmins());
        user.describe(role, checkedTier, display, language);
        user.setActive(active);
        return user;
    }

    @Audited
    public StaffUser resetPassword(long id, long readVersion, @Audited.Redacted String password) {
        StaffUser user = lockedAt(id, readVersion);
        user.changePassword(passwords.hash(StaffRules.checkPassword(password, user.getUsername())));
        return user;
    }

    /** The signed-in user's own choice of console language (null: follow the browser). */
    @Audited
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public void chooseLanguage(String locale) {
        String language = StaffRules.checkLanguage(locale);
        signedIn().ifPresent(u -> u.setLocale(language));
    }

    /** Issue 20: the signed-in user's own time zone for the console's times (null or blank: the default). */
    @Audited
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public void chooseTimeZone(String zone) {
        String checked = StaffRules.checkZone(zone);
        signedIn().ifPresent(u -> u.setTimeZone(checked));
    }

    /** The account of the caller principal (the acting user is never taken from a parameter). */
    private java.util.Optional<StaffUser> signedIn() {
        return accounts.find(caller.getName());
    }

    private StaffUser lockedAt(long id, long readVersion) {
        StaffUser user = em.find(StaffUser.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw DeskException.notFound("id", "user", id);
        }
        if (user.getVersion() != readVersion) {
            throw new DeskException(ErrorCode.CONCURRENT_MODIFICATION, "version", null,
                    "Someone changed this user meanwhile; here it is as it is now.");
        }
        return user;
    }
}

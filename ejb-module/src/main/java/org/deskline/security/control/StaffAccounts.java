package org.deskline.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.deskline.security.entity.StaffRole;
import org.deskline.security.entity.StaffUser;

/**
 * Staff accounts as every place that finds or makes one sees them: the administrators' user page, the first
 * administrator made at start-up, the demo's users. Runs in the caller's transaction.
 */
@ApplicationScoped
public class StaffAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    /** The account with this username, active or not. */
    public Optional<StaffUser> find(String username) {
        return em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** A new account, created now with the password hashed; name and password were checked by the caller. */
    public StaffUser create(String username, String password, StaffRole role) {
        return createHashed(username, passwords.hash(password), role);
    }

    /** The same with the password already hashed ({@link Passwords#hashAll}). */
    public StaffUser createHashed(String username, String passwordHash, StaffRole role) {
        StaffUser user = new StaffUser(username, passwordHash, role, clock.instant());
        em.persist(user);
        return user;
    }

    /** How many active administrators there are (the last one may not go: StaffRules.checkKeepsAnAdmin). */
    public long activeAdmins() {
        return em.createNamedQuery(StaffUser.ACTIVE_ADMINS, Long.class).setParameter("role", StaffRole.ADMIN)
                .getSingleResult();
    }
}

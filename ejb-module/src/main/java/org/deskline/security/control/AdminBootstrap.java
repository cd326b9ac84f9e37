package org.deskline.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.deskline.platform.DeskException;
import org.deskline.security.entity.StaffRole;
import org.deskline.security.entity.StaffUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator from configuration (DESK_ADMIN_USER / DESK_ADMIN_PASSWORD) when no staff
 * user of that name exists. There is no default password: without a configured one nothing is created, and a
 * server without any active administrator says so in its log. The password must pass the console's password
 * rules (StaffRules); a weak one is refused, naming the rule, and nothing is created. Demo mode seeds its own
 * documented accounts (DemoData).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "desk.admin.user", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "desk.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "desk.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void createFirstAdmin() {
        boolean exists = !em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class)
                .setParameter("username", username).getResultList().isEmpty();
        if (exists) {
            return;
        }
        if (password.isPresent() && !password.get().isBlank()) {
            try {
                StaffRules.checkPassword(password.get(), username);
                em.persist(new StaffUser(username, passwords.hash(password.get()), StaffRole.ADMIN, clock.instant()));
                LOG.info(() -> "Bootstrapped administrator '" + username + "'");
                return;
            } catch (DeskException weak) {
                LOG.severe("DESK_ADMIN_PASSWORD is refused: " + weak.getMessage() + " No administrator was created.");
            }
        }
        if (!demo && activeAdmins() == 0) {
            LOG.warning("No console administrator exists: set DESK_ADMIN_USER and DESK_ADMIN_PASSWORD (at least "
                    + StaffRules.PASSWORD_MIN + " characters, not containing the user name) and restart. There is "
                    + "no default password.");
        }
    }

    private long activeAdmins() {
        return em.createNamedQuery(StaffUser.ACTIVE_ADMINS, Long.class).setParameter("role", StaffRole.ADMIN)
                .getSingleResult();
    }
}

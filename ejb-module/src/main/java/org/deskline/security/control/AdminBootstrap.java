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
import org.deskline.security.entity.StaffRole;
import org.deskline.security.entity.StaffUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator from configuration (DESK_ADMIN_USER / DESK_ADMIN_PASSWORD) when no staff
 * user of that name exists. Without a configured password nothing is created: no default credentials exist.
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

    @PostConstruct
    void createFirstAdmin() {
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.info("DESK_ADMIN_PASSWORD is not set: no administrator is bootstrapped");
            return;
        }
        boolean exists = !em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class)
                .setParameter("username", username).getResultList().isEmpty();
        if (!exists) {
            em.persist(new StaffUser(username, passwords.hash(password.get()), StaffRole.ADMIN, clock.instant()));
            LOG.info(() -> "Bootstrapped administrator '" + username + "'");
        }
    }
}

package org.deskline.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.deskline.platform.DeskException;
import org.deskline.security.entity.StaffRole;
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

    @Inject
    StaffAccounts accounts;

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
        if (accounts.find(username).isPresent()) {
            return;
        }
        if (password.isPresent() && !password.get().isBlank()) {
            try {
                StaffRules.checkPassword(password.get(), username);
                accounts.create(username, password.get(), StaffRole.ADMIN);
                LOG.info(() -> "Bootstrapped administrator '" + username + "'");
                return;
            } catch (DeskException weak) {
                LOG.severe("DESK_ADMIN_PASSWORD is refused: " + weak.getMessage() + " No administrator was created.");
            }
        }
        if (!demo && accounts.activeAdmins() == 0) {
            LOG.warning("No console administrator exists: set DESK_ADMIN_USER and DESK_ADMIN_PASSWORD (at least "
                    + StaffRules.PASSWORD_MIN + " characters, not containing the user name) and restart. There is "
                    + "no default password.");
        }
    }
}

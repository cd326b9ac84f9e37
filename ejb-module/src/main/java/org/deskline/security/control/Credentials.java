package org.deskline.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.deskline.organization.control.CallerDirectory;
import org.deskline.organization.entity.ApiClient;
import org.deskline.security.entity.Groups;
import org.deskline.security.entity.StaffUser;

/**
 * Checks who is calling. API clients (customer systems, HTTP Basic on SOAP) and staff users (console form
 * login) live in separate tables, so a customer secret can never open the console and vice versa.
 */
@Stateless
public class Credentials {

    /** The audit's actor for a refused sign-in whose user name matches no account. */
    public static final String UNKNOWN_USER = "(unknown user)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    CallerDirectory callers;

    @Inject
    AuditTrail audit;

    /** The groups of a valid, active API client, or empty. */
    public Optional<Set<String>> apiClient(String username, String secret) {
        return em.createNamedQuery(ApiClient.BY_USERNAME, ApiClient.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(ApiClient::isActive)
                .filter(c -> passwords.matches(secret, c.getPasswordHash()))
                .findFirst()
                .map(c -> {
                    callers.remember(c.getUsername(), c.getOrganizationId());
                    return Set.of(ApiClient.PURPOSE_BACKUP.equals(c.getPurpose()) ? Groups.BACKUP_REPORTER
                            : Groups.API_CLIENT);
                });
    }

    /** The access stamp of an active staff user (checked on every console request), or empty. */
    public Optional<String> staffStamp(String username) {
        return em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(StaffUser::isActive)
                .findFirst()
                .map(StaffUser::accessStamp);
    }

    /**
     * The groups of a valid, active staff user, or empty; both outcomes go into the audit trail, under the account's
     * name, or under {@link #UNKNOWN_USER} when no account has the typed name (it may be a password typed into the
     * wrong field, issue 16).
     */
    public Optional<Set<String>> staffUser(String username, String secret) {
        List<StaffUser> accounts = em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class)
                .setParameter("username", username)
                .getResultList();
        Optional<Set<String>> groups = accounts.stream()
                .filter(StaffUser::isActive)
                .filter(u -> passwords.matches(secret, u.getPasswordHash()))
                .findFirst()
                .map(u -> Set.of(u.getRole().group()));
        audit.record(accounts.isEmpty() ? UNKNOWN_USER : accounts.get(0).getUsername(),
                groups.isPresent() ? "LOGIN" : "LOGIN_REFUSED", null);
        return groups;
    }
}

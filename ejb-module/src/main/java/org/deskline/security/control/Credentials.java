package org.deskline.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.deskline.organization.control.CallerDirectory;
import org.deskline.organization.entity.ApiClient;
import org.deskline.security.entity.Groups;
import org.deskline.security.entity.StaffUser;

/**
 * Checks who is calling. API clients (customer systems, HTTP Basic on SOAP) and staff users (console form
 * login) live in separate tables, so a customer secret can never open the console and vice versa. Every check
 * goes through the {@link LoginThrottle} (by account name and address), costs the same whether the name exists or
 * not, and replaces a hash made with less work than today's at the first right password (issue 16, finding 4).
 */
@Stateless
public class Credentials {

    /** The audit's actor for a refused sign-in whose user name matches no account. */
    public static final String UNKNOWN_USER = "(unknown user)";

    /** The outcome of one sign-in: the caller's groups, or refused, or throttled for {@code retryAfter}. */
    public record SignIn(Optional<Set<String>> groups, Duration retryAfter) {

        static SignIn accepted(Set<String> groups) {
            return new SignIn(Optional.of(groups), Duration.ZERO);
        }

        static SignIn refused() {
            return new SignIn(Optional.empty(), Duration.ZERO);
        }

        static SignIn throttled(Duration retryAfter) {
            return new SignIn(Optional.empty(), retryAfter);
        }

        public boolean isAccepted() {
            return groups.isPresent();
        }

        public boolean isThrottled() {
            return !retryAfter.isZero();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    CallerDirectory callers;

    @Inject
    AuditTrail audit;

    @Inject
    SignInThrottle throttle;

    /** A customer system's SOAP sign-in (HTTP Basic) from {@code address}. */
    public SignIn apiClient(String username, String secret, String address) {
        Duration wait = throttle.throttle().retryAfter(username, address);
        if (!wait.isZero()) {
            return SignIn.throttled(wait);
        }
        Optional<ApiClient> client = em.createNamedQuery(ApiClient.BY_USERNAME, ApiClient.class)
                .setParameter("username", username).getResultStream().findFirst();
        if (!verified(secret, client.map(ApiClient::getPasswordHash), client.filter(ApiClient::isActive))) {
            refused(client.map(ApiClient::getUsername).orElse(UNKNOWN_USER), username, address, "SOAP");
            return SignIn.refused();
        }
        ApiClient c = client.get();
        throttle.throttle().succeeded(username, address);
        if (passwords.needsRehash(c.getPasswordHash())) {
            c.rotate(passwords.hash(secret));
        }
        callers.remember(c.getUsername(), c.getOrganizationId());
        return SignIn.accepted(Set.of(ApiClient.PURPOSE_BACKUP.equals(c.getPurpose()) ? Groups.BACKUP_REPORTER
                : Groups.API_CLIENT));
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

    /** The names of the active staff accounts: who may receive the console's alert stream right now. */
    public Set<String> activeStaff() {
        return Set.copyOf(em.createQuery("select u.username from StaffUser u where u.active = true", String.class)
                .getResultList());
    }

    /**
     * A console sign-in from {@code address}. Both outcomes go into the audit trail, under the account's name, or
     * under {@link #UNKNOWN_USER} when no account has the typed name (it may be a password typed into the wrong
     * field); tries refused while throttled are not checked and not audited, the lock itself is, once.
     */
    public SignIn staffUser(String username, String secret, String address) {
        Duration wait = throttle.throttle().retryAfter(username, address);
        if (!wait.isZero()) {
            return SignIn.throttled(wait);
        }
        Optional<StaffUser> account = em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class)
                .setParameter("username", username).getResultStream().findFirst();
        String actor = account.map(StaffUser::getUsername).orElse(UNKNOWN_USER);
        if (!verified(secret, account.map(StaffUser::getPasswordHash), account.filter(StaffUser::isActive))) {
            audit.record(actor, "LOGIN_REFUSED", null);
            refused(actor, username, address, "console");
            return SignIn.refused();
        }
        StaffUser user = account.get();
        throttle.throttle().succeeded(username, address);
        if (passwords.needsRehash(user.getPasswordHash())) {
            user.changePassword(passwords.hash(secret));
        }
        audit.record(actor, "LOGIN", null);
        return SignIn.accepted(Set.of(user.getRole().group()));
    }

    /**
     * Whether {@code secret} opens the account whose stored hash is given; an unknown name (no hash) costs the same
     * work as a wrong password, and an inactive account is checked like any other before it is refused.
     */
    private boolean verified(String secret, Optional<String> storedHash, Optional<?> active) {
        if (storedHash.isEmpty()) {
            passwords.burn(secret);
            return false;
        }
        return passwords.matches(secret, storedHash.get()) && active.isPresent();
    }

    private void refused(String actor, String typed, String address, String channel) {
        LoginThrottle.Failure failure = throttle.throttle().failed(typed, address);
        if (failure.lockStarted()) {
            audit.record(actor, "LOGIN_THROTTLED", channel + " sign-ins from " + address + " paused for "
                    + failure.lockedFor().toSeconds() + " s");
        }
    }
}

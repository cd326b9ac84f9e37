package org.deskline.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.deskline.security.entity.Groups;
import org.deskline.security.entity.StaffUser;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Checks who is calling. API clients (customer systems, HTTP Basic on SOAP) and staff users (console form
 * login) live in separate tables, so a customer secret can never open the console and vice versa. Every check
 * goes through the {@link SignInGate} (throttled by account name and address, the same work whether the name exists
 * or not) and replaces a hash made with less work than today's at the first right password (issue 16, finding 4).
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
    ApiAccounts apiAccounts;

    @Inject
    AuditTrail audit;

    @Inject
    SignInGate gate;

    @Inject
    MetricRegistry registry;

    /** Issue 22: sign-ins on {@code /metrics}, by channel (console, soap) and outcome (accepted, refused, throttled). */
    public static final String SIGN_INS = "deskline.signins";

    private static final Metadata SIGN_INS_META = Metadata.builder().withName(SIGN_INS)
            .withDescription("Sign-ins by channel (console, soap) and outcome (accepted, refused, throttled)").build();

    private SignIn counted(SignIn signIn, String channel) {
        String outcome = signIn.isAccepted() ? "accepted" : signIn.isThrottled() ? "throttled" : "refused";
        registry.counter(SIGN_INS_META, new Tag("channel", channel), new Tag("outcome", outcome)).inc();
        return signIn;
    }

    /** A customer system's SOAP sign-in (HTTP Basic) from {@code address}. */
    public SignIn apiClient(String username, String secret, String address) {
        Optional<ApiAccounts.Account> found = apiAccounts.find(username);
        SignInGate.Outcome<ApiAccounts.Account> outcome = gate.check(username, secret, address, found,
                ApiAccounts.Account::passwordHash, ApiAccounts.Account::active);
        if (!outcome.isAccepted()) {
            return counted(refused(outcome, found.map(ApiAccounts.Account::username).orElse(UNKNOWN_USER), address,
                    "SOAP"), "soap");
        }
        ApiAccounts.Account client = outcome.account();
        gate.rehashIfOld(client.passwordHash(), secret, client::rehashed);
        client.signedIn();
        return counted(SignIn.accepted(Set.of(client.backupReporter() ? Groups.BACKUP_REPORTER : Groups.API_CLIENT)),
                "soap");
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
        Optional<StaffUser> found = em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class)
                .setParameter("username", username).getResultStream().findFirst();
        SignInGate.Outcome<StaffUser> outcome = gate.check(username, secret, address, found,
                StaffUser::getPasswordHash, StaffUser::isActive);
        String actor = found.map(StaffUser::getUsername).orElse(UNKNOWN_USER);
        if (!outcome.isAccepted()) {
            if (!outcome.isThrottled()) {
                audit.record(actor, "LOGIN_REFUSED", null);
            }
            return counted(refused(outcome, actor, address, "console"), "console");
        }
        StaffUser user = outcome.account();
        gate.rehashIfOld(user.getPasswordHash(), secret, user::changePassword);
        audit.record(actor, "LOGIN", null);
        return counted(SignIn.accepted(Set.of(user.getRole().group())), "console");
    }

    /** A refusal; the pause it started (once per pause) goes into the audit trail with the address. */
    private SignIn refused(SignInGate.Outcome<?> outcome, String actor, String address, String channel) {
        if (outcome.isThrottled()) {
            return SignIn.throttled(outcome.retryAfter());
        }
        if (outcome.startedLock()) {
            audit.record(actor, "LOGIN_THROTTLED", channel + " sign-ins from " + address + " paused for "
                    + outcome.failure().lockedFor().toSeconds() + " s");
        }
        return SignIn.refused();
    }
}

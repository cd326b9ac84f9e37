package org.deskline.alert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.deskline.alert.entity.Partner;
import org.deskline.security.control.SignInGate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may do what on the embedded broker. The server itself (a password made at start-up) may do everything; a
 * partner may only consume from and browse its own queue, addressed by its fully qualified name
 * {@code deskline.alerts::partner.<username>}: it cannot subscribe to the alert address, create queues, send, or
 * touch another partner's queue. Anonymous clients are refused unless DESK_BROKER_ANONYMOUS (by default: the
 * demo mode) lets them subscribe to the alert topic, and only that. Every password check goes through the
 * {@link SignInGate}, throttled by user name and remote host.
 */
@ApplicationScoped
public class BrokerAccess implements ActiveMQSecurityManager5 {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(BrokerAccess.class.getName());

    static final String SERVER_USER = "deskline-server";
    private static final String SERVER_ROLE = "deskline";
    private static final String PARTNER_ROLE = "partner";
    private static final String ANONYMOUS_ROLE = "anonymous";
    private static final Set<CheckType> ANONYMOUS_CHECKS = java.util.EnumSet.of(CheckType.CONSUME, CheckType.BROWSE,
            CheckType.CREATE_NON_DURABLE_QUEUE, CheckType.DELETE_NON_DURABLE_QUEUE);

    /** A partner's account as the broker needs it. */
    record Account(String username, String passwordHash, String queue) {
    }

    @Inject
    @ConfigProperty(name = "desk.broker.anonymous")
    Optional<Boolean> anonymous;

    @Inject
    @ConfigProperty(name = "desk.demo", defaultValue = "false")
    boolean demo;

    @Inject
    BrokerSettings settings;

    @Inject
    SignInGate gate;

    private final String serverPassword = UUID.randomUUID().toString();
    private volatile Map<String, Account> partners = Map.of();

    /** The credentials the server's own clients use on the embedded broker. */
    public String serverPassword() {
        return serverPassword;
    }

    public boolean anonymousAllowed() {
        return anonymous.orElse(demo);
    }

    /** The active partners from now on (their queues are provisioned beside this). */
    public void partners(List<Partner> active) {
        partners = active.stream().collect(Collectors.toUnmodifiableMap(Partner::getUsername,
                p -> new Account(p.getUsername(), p.getPasswordHash(), settings.alertTopic() + "::" + p.queueName())));
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (user == null && password == null) {
            return anonymousAllowed() ? subject("anonymous", ANONYMOUS_ROLE) : null;
        }
        if (SERVER_USER.equals(user)) {
            return password != null && MessageDigest.isEqual(serverPassword.getBytes(StandardCharsets.UTF_8),
                    password.getBytes(StandardCharsets.UTF_8)) ? subject(user, SERVER_ROLE) : null;
        }
        String address = address(connection);
        if (peer(user)) {
            return gate.check(user, password, address, Optional.of(user), u -> password != null
                    && MessageDigest.isEqual(settings.externalPassword().getBytes(StandardCharsets.UTF_8),
                    password.getBytes(StandardCharsets.UTF_8))).isAccepted() ? subject(user, SERVER_ROLE) : null;
        }
        Optional<Account> account = Optional.ofNullable(user == null ? null : partners.get(user));
        SignInGate.Outcome<Account> outcome = gate.check(user, password, address, account, Account::passwordHash,
                a -> true);
        if (outcome.startedLock()) {
            // a name no partner has is not logged: it may be a password typed into the wrong field
            String who = account.isPresent() ? user : "an unknown user";
            LOG.warning(() -> "Broker sign-ins of " + who + " from " + address + " paused for "
                    + outcome.failure().lockedFor().toSeconds() + " s after refused passwords");
        }
        return outcome.isAccepted() ? subject(user, PARTNER_ROLE) : null;
    }

    /**
     * The account other Deskline servers use on this server's embedded broker: DESK_BROKER_USER and
     * DESK_BROKER_PASSWORD, when both are set on a server whose broker is embedded (docs/configuration.md).
     */
    private boolean peer(String user) {
        return settings.embedded() && user != null && user.equals(settings.externalUser())
                && settings.externalPassword() != null && !settings.externalPassword().isEmpty();
    }


    /** The remote host of a broker connection ("tcp://1.2.3.4:5678" or "/1.2.3.4:5678"), or "local". */
    static String address(RemotingConnection connection) {
        String remote = connection == null ? null : connection.getRemoteAddress();
        if (remote == null || remote.isBlank()) {
            return "local";
        }
        String host = remote.replaceFirst("^[a-z]+://", "").replaceFirst("^/", "");
        int colon = host.lastIndexOf(':');
        return colon > 0 ? host.substring(0, colon) : host;
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == null) {
            return false;
        }
        Set<String> granted = subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName)
                .collect(Collectors.toSet());
        if (granted.contains(SERVER_ROLE)) {
            return true;
        }
        if (granted.contains(ANONYMOUS_ROLE)) {
            return anonymousMay(checkType, address);
        }
        if (!granted.contains(PARTNER_ROLE)) {
            return false;
        }
        String user = subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst()
                .orElse(null);
        Account account = user == null ? null : partners.get(user);
        return account != null && (checkType == CheckType.CONSUME || checkType == CheckType.BROWSE)
                && account.queue().equals(address);
    }

    /**
     * Anonymous clients (demo mode, or DESK_BROKER_ANONYMOUS) may subscribe to the alert topic and read it, nothing
     * else: no sending, no managing, no deleting, no durable queues, no partner's queue (issue 16).
     */
    boolean anonymousMay(CheckType checkType, String address) {
        String topic = settings.alertTopic();
        boolean subscription = address != null && address.startsWith(topic + "::")
                && !address.startsWith(topic + "::" + Partner.QUEUE_PREFIX);
        // STOMP asks CREATE_ADDRESS for its subscription queue (address::queue): the address itself exists
        boolean allowed = address != null && (ANONYMOUS_CHECKS.contains(checkType) && (address.equals(topic)
                || subscription) || checkType == CheckType.CREATE_ADDRESS && subscription);
        if (!allowed) {
            LOG.info(() -> "Refused an anonymous broker client " + checkType + " on " + address);
        }
        return allowed;
    }

    @Override
    public boolean validateUser(String user, String password) {
        return authenticate(user, password, null, null) != null;
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return false; // the broker uses authenticate/authorize above
    }

    private static Subject subject(String user, String role) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrincipals().add(new RolePrincipal(role));
        return subject;
    }
}

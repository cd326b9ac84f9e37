package org.deskline.alert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may do what on the embedded broker. The server itself (a password made at start-up) may do everything; a
 * partner may only consume from and browse its own queue, addressed by its fully qualified name
 * {@code deskline.alerts::partner.<username>}: it cannot subscribe to the alert address, create queues, send, or
 * touch another partner's queue. Anonymous clients are refused unless DESK_BROKER_ANONYMOUS (by default: the
 * demo mode) allows them everything, as before partners existed.
 */
@ApplicationScoped
public class BrokerAccess implements ActiveMQSecurityManager5 {

    static final String SERVER_USER = "deskline-server";
    private static final String SERVER_ROLE = "deskline";
    private static final String PARTNER_ROLE = "partner";
    private static final String ANONYMOUS_ROLE = "anonymous";

    /** A partner's account as the broker needs it. */
    record Account(String username, String passwordHash, String queue) {
    }

    @Inject
    @ConfigProperty(name = "desk.broker.anonymous")
    java.util.Optional<Boolean> anonymous;

    @Inject
    @ConfigProperty(name = "desk.demo", defaultValue = "false")
    boolean demo;

    @Inject
    BrokerSettings settings;

    @Inject
    org.deskline.security.control.Passwords passwords;

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
        Account account = user == null ? null : partners.get(user);
        return account != null && password != null && passwords.matches(password, account.passwordHash())
                ? subject(user, PARTNER_ROLE) : null;
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == null) {
            return false;
        }
        Set<String> granted = subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName)
                .collect(Collectors.toSet());
        if (granted.contains(SERVER_ROLE) || granted.contains(ANONYMOUS_ROLE)) {
            return true;
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

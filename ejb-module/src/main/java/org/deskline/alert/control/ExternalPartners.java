package org.deskline.alert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.deskline.alert.entity.Partner;
import org.deskline.platform.control.JsonDocs;

/**
 * Partners on an external Artemis broker (DESK_BROKER_URL), through its management API with Deskline's own account
 * (DESK_BROKER_USER, which needs the {@code manage} permission): per active partner an account whose only role is
 * {@code deskline-partner-<username>}, a security setting on its fully qualified queue
 * {@code deskline.alerts::partner.<username>} granting that role consume and browse and nothing else, and the
 * durable filtered queue itself. Every other address keeps the broker's own settings, so a partner's role has no
 * right on the alert address (no subscription of its own) nor on another partner's queue. Partners turned off or
 * removed lose queue (with its consumers), setting and account. Accounts Deskline did not make are never touched:
 * a partner whose user name is taken by such an account is left out, with a warning.
 */
@ApplicationScoped
public class ExternalPartners {

    static final String ROLE_PREFIX = "deskline-partner-";
    private static final Logger LOG = Logger.getLogger(ExternalPartners.class.getName());

    @Inject
    BrokerSettings settings;

    /** What this server set on the broker since it started: user name -> broker secret; FQQNs secured. */
    private final Map<String, String> accounts = new ConcurrentHashMap<>();
    private final Set<String> secured = ConcurrentHashMap.newKeySet();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /** Brings the broker in line with {@code active}; a broker that cannot be reached is tried again next time. */
    public void provision(List<Partner> active) {
        try (ManagementSession broker = new ManagementSession(settings.connectUrl(), settings.externalUser(),
                settings.externalPassword())) {
            provision(broker, active);
        } catch (Exception e) {
            LOG.warning(() -> "Cannot provision partners on the external broker " + settings.connectUrl() + " (next "
                    + "attempt in 30 s or at the next change): " + e.getMessage());
        }
    }

    private void provision(ManagementSession broker, List<Partner> active) throws Exception {
        String address = settings.alertTopic();
        Map<String, Set<String>> users = users(broker);
        Set<String> wanted = new HashSet<>();
        for (Partner p : active) {
            String role = ROLE_PREFIX + p.getUsername();
            String fqqn = address + "::" + p.queueName();
            Set<String> roles = users.get(p.getUsername());
            if (roles != null && !roles.equals(Set.of(role))) {
                warnOnce(p.getUsername() + "/taken", "Partner " + p.getUsername() + " is not provisioned on the "
                        + "external broker: an account of that name exists there with roles " + roles);
                continue;
            }
            if (p.getBrokerSecret() == null) {
                warnOnce(p.getUsername() + "/secret", "Partner " + p.getUsername() + " has no broker password yet "
                        + "(made before V13): set its password again in the console to create its broker account");
                continue;
            }
            wanted.add(p.getUsername());
            if (roles == null) {
                broker.invoke(ManagementSession.BROKER, "addUser", p.getUsername(), p.getBrokerSecret(), role, true);
                LOG.info(() -> "Broker account of partner " + p.getUsername() + " created");
            } else if (!p.getBrokerSecret().equals(accounts.get(p.getUsername()))) {
                broker.invoke(ManagementSession.BROKER, "resetUser", p.getUsername(), p.getBrokerSecret(), role,
                        true);
            }
            accounts.put(p.getUsername(), p.getBrokerSecret());
            if (!secured.contains(fqqn)) {
                // match, send, consume, create/delete durable, create/delete non-durable, manage, browse,
                // create/delete address
                broker.invoke(ManagementSession.BROKER, "addSecuritySettings", fqqn, "", role, "", "", "", "", "",
                        role, "", "");
                secured.add(fqqn);
            }
            queue(broker, address, p);
        }
        for (Map.Entry<String, Set<String>> user : users.entrySet()) {
            boolean ours = !user.getValue().isEmpty()
                    && user.getValue().stream().allMatch(r -> r.startsWith(ROLE_PREFIX));
            if (ours && !wanted.contains(user.getKey())) {
                broker.invoke(ManagementSession.BROKER, "removeUser", user.getKey());
                accounts.remove(user.getKey());
                LOG.info(() -> "Broker account of partner " + user.getKey() + " removed (partner off or gone)");
            }
        }
        Set<String> queues = active.stream().filter(p -> wanted.contains(p.getUsername())).map(Partner::queueName)
                .collect(Collectors.toSet());
        for (String queue : queueNames(broker, address)) {
            if (queue.startsWith(Partner.QUEUE_PREFIX) && !queues.contains(queue)) {
                broker.invoke(ManagementSession.BROKER, "destroyQueue", queue, true, false);
                broker.invoke(ManagementSession.BROKER, "removeSecuritySettings", address + "::" + queue);
                secured.remove(address + "::" + queue);
                LOG.info(() -> "Partner queue " + queue + " removed with its consumers (partner off or gone)");
            }
        }
    }

    private void queue(ManagementSession broker, String address, Partner p) throws Exception {
        String filter = PartnerFilter.of(p.getOrganizationIds(), p.getAlertTypes());
        QueueConfiguration config = QueueConfiguration.of(p.queueName()).setAddress(address)
                .setRoutingType(RoutingType.MULTICAST).setDurable(true).setFilterString(filter)
                .setAutoCreateAddress(true);
        if (!queueNames(broker, address).contains(p.queueName())) {
            broker.invoke(ManagementSession.BROKER, "createQueue", config.toJSON());
            LOG.info(() -> "Partner queue " + address + "::" + p.queueName() + " created, filter " + filter);
        } else if (!filter.equals(broker.attribute("queue." + p.queueName(), "filter"))) {
            broker.invoke(ManagementSession.BROKER, "updateQueue", config.toJSON());
            LOG.info(() -> "Partner queue " + p.queueName() + " now filters " + filter);
        }
    }

    /** The broker's accounts and their roles (listUser answers a JSON array of {username, roles}). */
    private static Map<String, Set<String>> users(ManagementSession broker) throws Exception {
        Map<String, Set<String>> users = new HashMap<>();
        String json = String.valueOf(broker.invoke(ManagementSession.BROKER, "listUser", ""));
        for (JsonValue value : JsonDocs.reader(new StringReader(json)).readArray()) {
            JsonObject user = value.asJsonObject();
            users.put(user.getString("username"), user.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).collect(Collectors.toSet()));
        }
        return users;
    }

    private static Set<String> queueNames(ManagementSession broker, String address) throws Exception {
        Object names;
        try {
            names = broker.attribute("address." + address, "queueNames");
        } catch (ManagementSession.ManagementRefusal noSuchAddress) {
            return Set.of();
        }
        Set<String> result = new HashSet<>();
        if (names instanceof Object[] array) {
            for (Object name : array) {
                result.add(String.valueOf(name));
            }
        }
        return result;
    }

    private void warnOnce(String key, String message) {
        if (warned.add(key)) {
            LOG.warning(message);
        }
    }
}

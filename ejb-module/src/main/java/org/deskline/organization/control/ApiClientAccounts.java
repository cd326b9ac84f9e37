package org.deskline.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.deskline.organization.entity.ApiClient;
import org.deskline.platform.control.CacheGenerations;
import org.deskline.security.control.ApiAccounts;

/**
 * The organization's API clients are the accounts customer systems sign in with. Customer systems sign in on every
 * SOAP call, so the clients found are kept in memory (issue 21: the sign-in read the row on every call) under the
 * {@value #GENERATION} cache generation: a change of a client (secret, active, a stronger hash) counts it up in its
 * transaction ({@link #changed()}); this server reads the clients again at its next sign-in after the commit, and
 * every other server within a second of it. A name no client has is never remembered.
 */
@ApplicationScoped
public class ApiClientAccounts implements ApiAccounts {

    static final String GENERATION = "api-clients";
    private static final Duration LOOK = Duration.ofSeconds(1);
    private static final int MAX_ENTRIES = 10_000;

    /** A client as last read, and the generation that was current before it was read. */
    private record Known(long id, String username, String passwordHash, boolean active, boolean backupReporter,
                         long organizationId, long generation) {
    }

    /** Fired in the transaction that changed a client; observed after its commit. */
    public record Changed() {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerDirectory callers;

    @Inject
    CacheGenerations generations;

    @Inject
    Event<Changed> changes;

    @Inject
    Clock clock;

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private volatile long generation = -1;
    private volatile Instant lookedAt = Instant.MIN;

    @Override
    public Optional<Account> find(String username) {
        long current = generation();
        Known client = known.get(username);
        if (client == null || client.generation() != current) {
            client = em.createNamedQuery(ApiClient.BY_USERNAME, ApiClient.class).setParameter("username", username)
                    .getResultStream().findFirst().map(c -> known(c, current)).orElse(null);
            if (client == null) {
                return Optional.empty();
            }
            if (known.size() >= MAX_ENTRIES) {
                known.clear(); // a bound, not a policy: the next sign-in of each client reads it again
            }
            known.put(username, client);
        }
        return Optional.of(account(client));
    }

    /** A client changed in the running transaction: every server reads the clients again once it commits. */
    public void changed() {
        generations.countUp(GENERATION);
        changes.fire(new Changed());
    }

    /** This server's own change committed: its next sign-in looks at the generation at once. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        generation = -1;
    }

    /** The generation this server takes as current: the database's, looked at most once a second. */
    private long generation() {
        Instant now = clock.instant();
        long current = generation;
        if (current < 0 || now.isAfter(lookedAt.plus(LOOK))) {
            lookedAt = now;
            current = generations.current(GENERATION);
            generation = current;
        }
        return current;
    }

    private static Known known(ApiClient c, long generation) {
        return new Known(c.getId(), c.getUsername(), c.getPasswordHash(), c.isActive(),
                ApiClient.PURPOSE_BACKUP.equals(c.getPurpose()), c.getOrganizationId(), generation);
    }

    private Account account(Known client) {
        return new Account() {
            @Override
            public String username() {
                return client.username();
            }

            @Override
            public String passwordHash() {
                return client.passwordHash();
            }

            @Override
            public boolean active() {
                return client.active();
            }

            @Override
            public boolean backupReporter() {
                return client.backupReporter();
            }

            @Override
            public void rehashed(String passwordHash) {
                ApiClient stored = em.find(ApiClient.class, client.id());
                if (stored != null) {
                    stored.rotate(passwordHash);
                    changed();
                }
            }

            @Override
            public void signedIn() {
                callers.remember(client.username(), client.organizationId());
            }
        };
    }
}

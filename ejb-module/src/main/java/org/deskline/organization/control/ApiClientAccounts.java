package org.deskline.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.deskline.organization.entity.ApiClient;
import org.deskline.security.control.ApiAccounts;

/** The organization's API clients are the accounts customer systems sign in with. */
@ApplicationScoped
public class ApiClientAccounts implements ApiAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerDirectory callers;

    @Override
    public Optional<Account> find(String username) {
        return em.createNamedQuery(ApiClient.BY_USERNAME, ApiClient.class).setParameter("username", username)
                .getResultStream().findFirst().map(this::account);
    }

    private Account account(ApiClient client) {
        return new Account() {
            @Override
            public String username() {
                return client.getUsername();
            }

            @Override
            public String passwordHash() {
                return client.getPasswordHash();
            }

            @Override
            public boolean active() {
                return client.isActive();
            }

            @Override
            public boolean backupReporter() {
                return ApiClient.PURPOSE_BACKUP.equals(client.getPurpose());
            }

            @Override
            public void rehashed(String passwordHash) {
                client.rotate(passwordHash);
            }

            @Override
            public void signedIn() {
                callers.remember(client.getUsername(), client.getOrganizationId());
            }
        };
    }
}

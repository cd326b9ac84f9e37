package org.deskline.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.deskline.organization.entity.ApiClient;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;

/**
 * Which organization an API client belongs to, remembered from its last successful authentication. An API
 * client never changes organization, and every request is authenticated first ({@link ApiClientAccounts}: an
 * inactive client never gets this far), so the services need not look the client up a second time per call.
 */
@ApplicationScoped
public class CallerDirectory {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Long> organizations = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    public void remember(String apiClient, long organizationId) {
        if (organizations.size() >= MAX_ENTRIES) {
            organizations.clear(); // a bound, not a policy: the next call of each client fills it again
        }
        organizations.put(apiClient, organizationId);
    }

    public Optional<Long> organizationOf(String apiClient) {
        return Optional.ofNullable(organizations.get(apiClient));
    }

    /**
     * The organization of an active API client; FORBIDDEN for anyone else. Every customer-facing query is scoped by
     * it.
     */
    public long require(String apiClient) {
        Optional<Long> known = organizationOf(apiClient);
        if (known.isPresent()) {
            return known.get();
        }
        return em.createNamedQuery(ApiClient.BY_USERNAME, ApiClient.class)
                .setParameter("username", apiClient)
                .getResultStream()
                .filter(ApiClient::isActive)
                .map(ApiClient::getOrganizationId)
                .findFirst()
                .orElseThrow(() -> new DeskException(ErrorCode.FORBIDDEN, null, null,
                        "The caller is not an active API client."));
    }

    /**
     * One project of the caller's organization by its code; another organization's project answers exactly like a
     * missing one ({@code NOT_FOUND}, field {@code projectCode}).
     */
    public org.deskline.organization.entity.Project project(String apiClient, String projectCode) {
        long organizationId = require(apiClient);
        return em.createQuery("select p from Project p where p.organization.id = :org and p.code = :code",
                        org.deskline.organization.entity.Project.class)
                .setParameter("org", organizationId).setParameter("code", projectCode)
                .getResultStream().findFirst()
                .orElseThrow(() -> DeskException.notFound("projectCode", "project", projectCode));
    }
}

package org.deskline.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which organization an API client belongs to, remembered from its last successful authentication. An API
 * client never changes organization, and every request is authenticated against the database first (an
 * inactive client never gets this far), so the services need not look the client up a second time per call.
 */
@ApplicationScoped
public class CallerDirectory {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Long> organizations = new ConcurrentHashMap<>();

    public void remember(String apiClient, long organizationId) {
        if (organizations.size() >= MAX_ENTRIES) {
            organizations.clear(); // a bound, not a policy: the next call of each client fills it again
        }
        organizations.put(apiClient, organizationId);
    }

    public Optional<Long> organizationOf(String apiClient) {
        return Optional.ofNullable(organizations.get(apiClient));
    }
}

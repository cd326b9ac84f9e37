package org.deskline.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.deskline.organization.control.ApiClientAccounts;
import org.deskline.organization.control.OrganizationRules;
import org.deskline.organization.entity.ApiClient;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.DeskException;
import org.deskline.security.control.Audited;
import org.deskline.security.control.Passwords;
import org.deskline.security.control.SecretBox;
import org.deskline.security.entity.Groups;

/**
 * Administrators manage the API clients of the customers' ERP and backup systems. A client's secret is generated
 * here and handed out exactly once; only its hash is stored.
 */
@Stateless
@RolesAllowed(Groups.ADMIN)
public class ApiClientAdmin {

    /** A client's username with its new secret: shown once, never stored in the clear. */
    public record IssuedCredential(long clientId, String username, String secret) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    ApiClientAccounts accounts;

    public List<ApiClient> clients() {
        return em.createQuery("select c from ApiClient c join fetch c.organization order by c.username",
                ApiClient.class).getResultList();
    }

    /** A new API client of an organization's ERP (purpose ERP) or backup system (BACKUP), with its secret. */
    @Audited
    public IssuedCredential createClient(long organizationId, String username, String purpose) {
        Organization o = em.find(Organization.class, organizationId);
        if (o == null) {
            throw DeskException.notFound("organizationId", "organization", organizationId);
        }
        String name = username == null ? "" : username.strip();
        if (!OrganizationRules.CLIENT_NAME.matcher(name).matches()) {
            throw DeskException.invalid("username", null, "3-100 lower-case letters, digits, '.', '_' or '-'.");
        }
        if (!em.createNamedQuery(ApiClient.BY_USERNAME, ApiClient.class).setParameter("username", name)
                .getResultList().isEmpty()) {
            throw DeskException.invalid("username", null, "An API client named " + name + " exists already.");
        }
        if (!ApiClient.PURPOSE_ERP.equals(purpose) && !ApiClient.PURPOSE_BACKUP.equals(purpose)) {
            throw DeskException.invalid("purpose", "M1", "An API client serves an ERP system or a backup system.");
        }
        String secret = SecretBox.newCredential();
        ApiClient client = new ApiClient(o, name, passwords.hash(secret), clock.instant());
        if (ApiClient.PURPOSE_BACKUP.equals(purpose)) {
            client.forBackups();
        }
        em.persist(client);
        em.flush();
        return new IssuedCredential(client.getId(), name, secret);
    }

    /** A new secret for a client; the old one stops working at once. */
    @Audited
    public IssuedCredential rotateSecret(long clientId) {
        ApiClient client = client(clientId);
        String secret = SecretBox.newCredential();
        client.rotate(passwords.hash(secret));
        accounts.changed();
        return new IssuedCredential(client.getId(), client.getUsername(), secret);
    }

    @Audited
    public ApiClient setClientActive(long clientId, boolean active) {
        ApiClient client = client(clientId);
        client.setActive(active);
        accounts.changed();
        return client;
    }

    private ApiClient client(long clientId) {
        ApiClient c = em.find(ApiClient.class, clientId);
        if (c == null) {
            throw DeskException.notFound("clientId", "API client", clientId);
        }
        return c;
    }
}

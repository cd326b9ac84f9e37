package org.deskline.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.deskline.organization.entity.ApiClient;
import org.deskline.organization.entity.Contact;
import org.deskline.organization.entity.Organization;
import org.deskline.organization.entity.Project;
import org.deskline.security.control.Passwords;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only (DESK_DEMO=true, set by the README's run command, never by production configuration): seeds
 * two customer organizations, each with a project, a contact and an API client, so a newcomer can open
 * tickets at once and see that tenants are isolated. Idempotent: a restart seeds nothing twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "desk.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void seed() {
        if (!demo) {
            return;
        }
        seedCustomer("Demo Trading Co", "DEMO-SHOP", "Demo online shop", "Sara Rahimi", "sara@demo-trading.example",
                "erp-demo", "erp-demo-secret");
        seedCustomer("Northwind Logistics", "NW-PORTAL", "Northwind customer portal", "Ivan Petrov",
                "ivan@northwind.example", "erp-northwind", "erp-northwind-secret");
    }

    private void seedCustomer(String organizationName, String projectCode, String projectName, String contactName,
                              String contactEmail, String apiUser, String apiSecret) {
        boolean exists = !em.createNamedQuery(ApiClient.BY_USERNAME, ApiClient.class)
                .setParameter("username", apiUser).getResultList().isEmpty();
        if (exists) {
            return;
        }
        Instant now = clock.instant();
        Organization organization = new Organization(organizationName, now);
        em.persist(organization);
        Project project = new Project(organization, projectCode, projectName, now);
        em.persist(project);
        em.persist(new Contact(project, contactName, contactEmail));
        em.flush();
        em.persist(new ApiClient(organization, apiUser, passwords.hash(apiSecret), now));
        LOG.info(() -> "Demo data: organization '" + organizationName + "', project " + projectCode
                + ", API client " + apiUser);
    }
}

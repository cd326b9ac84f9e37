package org.deskline.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.deskline.alert.control.BrokerSettings;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.sla.boundary.SlaAdmin;
import org.deskline.sla.control.CalendarDraft;
import org.deskline.sla.control.PlanDraft;
import org.deskline.sla.entity.CalendarOpening;
import org.deskline.testsupport.Deployments;
import org.deskline.testsupport.SignedIn;
import org.deskline.ticket.boundary.AgentDesk;
import org.deskline.ticket.boundary.CustomerTickets;
import org.deskline.ticket.control.NewTicket;
import org.deskline.ticket.control.TicketFilter;
import org.deskline.ticket.control.TicketPage;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wiring inside a real Payara Micro: JPA on the configured database (run once on H2 and once on a real
 * PostgreSQL), Flyway, EJB transactions, the alert outbox, the relay and the embedded Artemis broker.
 * Test data is written with plain JDBC under ids far above the sequences' range.
 */
@ExtendWith(ArquillianExtension.class)
class InServerIT {

    private static final AtomicLong IDS = new AtomicLong(900_000_000L + (System.nanoTime() % 1_000_000) * 100);

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    CustomerTickets tickets;

    @Inject
    BrokerSettings broker;

    @Inject
    AgentDesk agents;

    @Inject
    SlaAdmin admin;

    @Inject
    org.deskline.alert.boundary.PartnerAdmin partners;

    @Inject
    org.deskline.alert.control.EmbeddedBroker embeddedBroker;

    @Inject
    org.deskline.billing.boundary.TicketBilling ticketBilling;

    @Inject
    org.deskline.billing.boundary.PlanCatalog planCatalog;

    @Inject
    org.deskline.billing.boundary.SubscriptionDesk subscriptionDesk;

    @Inject
    org.deskline.billing.boundary.Invoicing invoicing;

    @Inject
    org.deskline.billing.boundary.Disputes disputes;

    @Inject
    org.deskline.organization.boundary.Organizations organizationList;

    @Inject
    org.deskline.billing.boundary.CustomerBilling customerBilling;

    @Inject
    org.deskline.maintenance.boundary.BackupReports backups;

    @Inject
    org.deskline.maintenance.boundary.BackupCheck backupCheck;

    @Inject
    org.deskline.maintenance.boundary.MaintenanceRun maintenance;

    @Inject
    org.deskline.maintenance.boundary.MaintenancePlanner planner;

    @Inject
    org.deskline.maintenance.boundary.SiteTransfers siteTransfers;

    @Inject
    org.deskline.maintenance.boundary.BackupAdmin backupAdmin;

    @Inject
    org.deskline.security.boundary.StaffAccess staffAccess;

    @Inject
    org.deskline.security.boundary.StaffAdmin staffAdmin;

    @Inject
    org.deskline.ticket.boundary.SavedFilters savedFilters;

    @Inject
    org.deskline.ticket.boundary.TicketQueue queue;

    @Inject
    org.deskline.organization.boundary.CustomerAdmin customerAdmin;

    @Inject
    org.deskline.organization.boundary.ApiClientAdmin apiClientAdmin;

    @Inject
    org.deskline.sla.boundary.CustomerSla customerSla;

    @Inject
    org.deskline.organization.boundary.ProjectSecrets projectSecrets;

    @Inject
    org.deskline.security.control.Credentials credentials;

    @Inject
    org.deskline.alert.control.AlertLog alertLog;

    @Inject
    org.deskline.billing.boundary.HoursPackageCheck hoursCheck;

    @Inject
    org.deskline.dashboard.boundary.Dashboard dashboard;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    /**
     * Issue 16: the staff EJBs check roles themselves and take the actor from the caller principal, so every test
     * starts signed in as the bootstrapped administrator, through the console's own mechanism; a test that means
     * someone else signs in as them ({@link #as}), and one that means nobody signs out.
     */
    @BeforeEach
    void signInAsTheAdministrator() {
        SignedIn.as(request, security, SignedIn.ADMIN, SignedIn.ADMIN_PASSWORD);
    }

    /**
     * Signs in as {@code user}; an account of that name is created first when there is none (an administrator, so
     * the name only decides who the records say acted; tests about roles and tiers create their own accounts with
     * {@link SignedIn#STAFF_PASSWORD}).
     */
    private void as(String user) {
        if (accounts(user) == 0) {
            signInAsTheAdministrator();
            staffAdmin.create(user, "Staff " + user, org.deskline.security.entity.StaffRole.ADMIN, null, null,
                    SignedIn.STAFF_PASSWORD);
        }
        try {
            SignedIn.as(request, security, user, SignedIn.STAFF_PASSWORD);
        } catch (AssertionError otherPassword) {
            // an account of that name from an earlier run against the same database (H2 keeps its file)
            signInAsTheAdministrator();
            var account = staffAdmin.users().stream().filter(u -> u.getUsername().equals(user)).findFirst()
                    .orElseThrow();
            var active = staffAdmin.update(account.getId(), account.getVersion(), account.getDisplayName(),
                    org.deskline.security.entity.StaffRole.ADMIN, null, null, true);
            staffAdmin.resetPassword(active.getId(), active.getVersion(), SignedIn.STAFF_PASSWORD);
            SignedIn.as(request, security, user, SignedIn.STAFF_PASSWORD);
        }
    }

    private static long accounts(String user) {
        try {
            return count("select count(*) from staff_user where username = '" + user + "'");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Signs in as {@code user} ({@link #as(String)}) and hands back the bean to call as them. */
    private <T> T as(String user, T bean) {
        as(user);
        return bean;
    }

    /** Signs in as a new staff member of this role and tier (created by the administrator); returns the name. */
    private String staff(String prefix, org.deskline.security.entity.StaffRole role,
                         org.deskline.sla.entity.Tier tier) {
        String name = prefix + "-" + IDS.incrementAndGet();
        signInAsTheAdministrator();
        staffAdmin.create(name, "Staff " + name, role, tier, null, SignedIn.STAFF_PASSWORD);
        SignedIn.as(request, security, name, SignedIn.STAFF_PASSWORD);
        return name;
    }

    @Test
    void database_is_the_configured_one_and_flyway_migrated_it() throws Exception {
        String expected = System.getenv("DESK_EXPECT_DATABASE");
        assertNotNull(expected, "the build sets DESK_EXPECT_DATABASE for each database run");
        try (var c = dataSource().getConnection()) {
            assertEquals(expected, c.getMetaData().getDatabaseProductName());
        }
        assertEquals(1L, count("select count(*) from \"flyway_schema_history\" where \"version\" = '1' and \"success\" = true"));
    }

    @Test
    void the_broker_is_the_configured_one() {
        String expected = System.getenv("DESK_EXPECT_BROKER");
        assertNotNull(expected, "the build sets DESK_EXPECT_BROKER for each run");
        assertEquals("embedded".equals(expected), broker.embedded());
        if (!broker.embedded()) {
            assertEquals(System.getenv("DESK_BROKER_URL"), broker.connectUrl());
        }
    }

    @Test
    void t2_t5_creating_a_ticket_stores_it_with_its_alert_in_one_transaction() throws Exception {
        Customer customer = newCustomer();
        Ticket ticket = tickets.open(customer.apiClient, ticket(customer.projectCode, "Checkout fails", false));

        assertEquals(TicketStatus.WAITING_FOR_REPLY, ticket.getStatus());
        assertEquals(Priority.NORMAL, ticket.getPriority(), "T4: normal is the default priority");
        assertEquals(1L, count("select count(*) from ticket where id = " + ticket.getId()
                + " and organization_id = " + customer.organizationId));
        assertEquals(1L, count("select count(*) from alert where ticket_id = " + ticket.getId()
                + " and type = 'TICKET_CREATED'"));
        awaitCount(1L, "select count(*) from alert where ticket_id = " + ticket.getId() + " and state = 'SENT'");
    }

    @Test
    void s6_an_emergency_also_raises_emergency_opened() throws Exception {
        Customer customer = newCustomer();
        Ticket ticket = tickets.open(customer.apiClient, ticket(customer.projectCode, "Site is down", true));
        assertEquals(1L, count("select count(*) from alert where ticket_id = " + ticket.getId()
                + " and type = 'EMERGENCY_OPENED' and severity = 'CRITICAL'"));
    }

    @Test
    void refused_input_leaves_nothing_half_written() throws Exception {
        Customer customer = newCustomer();
        long ticketsBefore = count("select count(*) from ticket");
        long alertsBefore = count("select count(*) from alert");

        DeskException noTitle = assertThrows(DeskException.class, () -> tickets.open(customer.apiClient,
                new NewTicket(customer.projectCode, null, " ", Category.TECHNICAL, null, "text", false)));
        assertEquals(ErrorCode.VALIDATION, noTitle.code());
        assertEquals("title", noTitle.field());

        DeskException unknownProject = assertThrows(DeskException.class,
                () -> tickets.open(customer.apiClient, ticket("NO-SUCH-PROJECT", "Anything", false)));
        assertEquals(ErrorCode.NOT_FOUND, unknownProject.code());
        assertEquals("projectCode", unknownProject.field());

        assertEquals(ticketsBefore, count("select count(*) from ticket"));
        assertEquals(alertsBefore, count("select count(*) from alert"));
    }

    @Test
    void tenants_a_foreign_ticket_answers_exactly_like_a_missing_one() throws Exception {
        Customer owner = newCustomer();
        Customer stranger = newCustomer();
        Ticket ticket = tickets.open(owner.apiClient, ticket(owner.projectCode, "Private matter", false));
        long missingId = ticket.getId() + 1_000_000_000L;

        DeskException foreign = assertThrows(DeskException.class, () -> tickets.get(stranger.apiClient, ticket.getId()));
        DeskException missing = assertThrows(DeskException.class, () -> tickets.get(stranger.apiClient, missingId));
        assertEquals(missing.code(), foreign.code());
        assertEquals(ErrorCode.NOT_FOUND, foreign.code());
        assertEquals(missing.field(), foreign.field());
        assertEquals(missing.getMessage().replace(String.valueOf(missingId), "ID"),
                foreign.getMessage().replace(String.valueOf(ticket.getId()), "ID"));

        // nor can a stranger open tickets on the owner's project
        DeskException foreignProject = assertThrows(DeskException.class,
                () -> tickets.open(stranger.apiClient, ticket(owner.projectCode, "Sneaky", false)));
        assertEquals(ErrorCode.NOT_FOUND, foreignProject.code());
        assertEquals(ticket.getTitle(), tickets.get(owner.apiClient, ticket.getId()).getTitle());
    }

    @Test
    void s6_the_alert_reaches_the_topic_as_json_with_its_id_as_duplicate_id() throws Exception {
        Customer customer = newCustomer();
        try (Connection connection = broker.connectionFactory().createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createTopic(broker.alertTopic()),
                    "organizationId = " + customer.organizationId);
            connection.start();
            Ticket ticket = tickets.open(customer.apiClient, ticket(customer.projectCode, "Alert me", false));

            Message message = consumer.receive(15_000);
            TextMessage text = assertInstanceOf(TextMessage.class, message, "an alert within 15 s");
            JsonObject alert = Json.createReader(new StringReader(text.getText())).readObject();
            assertEquals("TICKET_CREATED", alert.getString("type"));
            assertEquals(ticket.getId().longValue(), alert.getJsonObject("ticket").getJsonNumber("id").longValue());
            assertEquals(alert.getString("alertId"), text.getStringProperty("_AMQ_DUPL_ID"));
            assertEquals(alert.getString("alertId"), text.getStringProperty("alertId"));
            assertEquals(customer.organizationId, text.getLongProperty("organizationId"));
        }
    }

    @Test
    void the_sweep_delivers_alerts_a_crash_left_pending() throws Exception {
        String id = UUID.randomUUID().toString();
        insertAlert(id, null, java.time.OffsetDateTime.now(), envelope(id));
        // no transaction nudged the relay: only the periodic sweep (every 2 s in tests) can deliver it
        awaitCount(1L, "select count(*) from alert where id = '" + id + "' and state = 'SENT'");
    }

    @Test
    void a_malformed_alert_is_parked_with_its_reason_and_the_next_of_its_ticket_still_goes_out() throws Exception {
        Customer customer = newCustomer();
        Ticket ticket = tickets.open(customer.apiClient, ticket(customer.projectCode, "Poison neighbour", false));
        String poison = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        java.time.OffsetDateTime at = java.time.OffsetDateTime.now();
        insertAlert(poison, ticket.getId(), at, "{not json");
        insertAlert(next, ticket.getId(), at.plusNanos(1_000), envelope(next));
        awaitCount(1L, "select count(*) from alert where id = '" + next + "' and state = 'SENT'");
        assertEquals(1L, count("select count(*) from alert where id = '" + poison + "' and state = 'PARKED' "
                + "and last_error like 'not a JSON object%'"));
        assertEquals(0L, count("select count(*) from alert where id in ('" + poison + "', '" + next + "') "
                + "and claimed_by is not null"), "no claim is left behind");
        // issue 16: sending a parked alert again is the administrators' (the EJB checks, not only the page)
        staff("retry-agent", org.deskline.security.entity.StaffRole.AGENT, org.deskline.sla.entity.Tier.L3);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> alertLog.retry(poison));
        signInAsTheAdministrator();
        alertLog.retry(poison);
        assertEquals(1L, count("select count(*) from alert where id = '" + poison + "' and state <> 'PARKED'"),
                "an administrator may");
    }

    @Test
    void partners_get_a_filtered_queue_that_follows_their_grants_and_goes_when_they_are_turned_off()
            throws Exception {
        Customer customer = newCustomer();
        String username = "it-partner-" + IDS.incrementAndGet();
        var partner = partners.create("IT partner", username, "a-long-enough-secret", java.util.Set.of(
                customer.organizationId), java.util.Set.of(org.deskline.alert.entity.AlertType.SLA_BREACHED));
        assertEquals(ErrorCode.VALIDATION, assertThrows(DeskException.class, () -> partners.create("Short",
                "it-short-" + IDS.incrementAndGet(), "short", java.util.Set.of(customer.organizationId),
                java.util.Set.of())).code());
        assertEquals("organizations", assertThrows(DeskException.class, () -> partners.create("None",
                "it-none-" + IDS.incrementAndGet(), "a-long-enough-secret", java.util.Set.of(),
                java.util.Set.of())).field());
        if (!broker.embedded()) {
            // this run borrows the black-box server's broker without provisioning it (ExternalBrokerSystemIT does)
            return;
        }
        var server = embeddedBroker.server().orElseThrow();
        String queue = "partner." + username;
        awaitTrue(() -> server.locateQueue(queue) != null, "the queue is provisioned after commit");
        assertEquals("(organizationId = " + customer.organizationId + ") AND alertType IN ('SLA_BREACHED')",
                server.locateQueue(queue).getFilter().getFilterString().toString());

        partners.update(partner.getId(), partners.partner(partner.getId()).getVersion(), "IT partner", true,
                java.util.Set.of(customer.organizationId), java.util.Set.of(), null);
        awaitTrue(() -> ("(organizationId = " + customer.organizationId + ")").equals(
                server.locateQueue(queue).getFilter().getFilterString().toString()), "the new grant filters");

        partners.update(partner.getId(), partners.partner(partner.getId()).getVersion(), "IT partner", false,
                java.util.Set.of(customer.organizationId), java.util.Set.of(), null);
        awaitTrue(() -> server.locateQueue(queue) == null, "turned off: the queue is gone without a restart");
    }

    // ---- issue 8: the console as a product ----

    @Test
    void staff_actions_are_audited_in_their_own_transaction_and_a_refused_one_leaves_no_entry() throws Exception {
        Customer customer = newCustomer();
        Ticket t = tickets.open(customer.apiClient, ticket(customer.projectCode, "Audit " + IDS.incrementAndGet(),
                false));
        String ofTicket = "select count(*) from staff_audit where action = 'AgentDesk.reply' and detail like '%"
                + t.getId() + "%'";
        as("agent-audit", agents).reply(t.getId(), "We are on it.");
        assertEquals(1L, count(ofTicket));
        assertEquals(1L, count(ofTicket + " and actor = 'agent-audit' and detail like '%We are on it.%'"),
                "the actor is the caller principal");
        assertThrows(DeskException.class, () -> as("agent-audit", agents).reply(t.getId(), "  "));
        assertEquals(1L, count(ofTicket), "the refused reply rolled back its audit entry with it");
    }

    @Test
    void s5_who_may_change_a_ticket_follows_the_role_and_the_tickets_tier() throws Exception {
        long n = IDS.incrementAndGet();
        staffAdmin.create("l1-" + n, "Agent L1", org.deskline.security.entity.StaffRole.AGENT,
                org.deskline.sla.entity.Tier.L1, null, SignedIn.STAFF_PASSWORD);
        staffAdmin.create("qc-" + n, "Quality", org.deskline.security.entity.StaffRole.QUALITY_CONTROL,
                org.deskline.sla.entity.Tier.L2, "ru", SignedIn.STAFF_PASSWORD);
        assertEquals(1L, count("select count(*) from staff_user where username = 'qc-" + n
                + "' and tier is null and locale = 'ru'"), "QC keeps no tier");
        Customer customer = newCustomer();
        Ticket t = tickets.open(customer.apiClient, ticket(customer.projectCode, "Tiers " + n, false));
        assertTrue(as("l1-" + n, staffAccess).mayWork(t.getId()));
        assertFalse(as("qc-" + n, staffAccess).mayWork(t.getId()));
        as("manager", agents).escalate(t.getId(), org.deskline.sla.entity.Tier.L2, "needs the project manager");
        assertFalse(as("l1-" + n, staffAccess).mayWork(t.getId()));
        DeskException refused = assertThrows(DeskException.class, () -> as("l1-" + n, staffAccess)
                .requireWork(t.getId()));
        assertEquals(ErrorCode.FORBIDDEN, refused.code());
        assertEquals("S5", refused.rule());
        as("manager", agents).escalate(t.getId(), org.deskline.sla.entity.Tier.QUALITY_CONTROL, "review");
        assertTrue(as("qc-" + n, staffAccess).mayWork(t.getId()));
        SignedIn.anonymous(request);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> staffAccess.mayWork(t.getId()),
                "nobody signed in may change nothing");
    }

    @Test
    void issue16_the_staff_ejbs_check_the_role_and_the_tier_themselves_and_the_actor_is_the_caller_principal()
            throws Exception {
        Customer customer = newCustomer();
        long n = IDS.incrementAndGet();
        Ticket low = tickets.open(customer.apiClient, ticket(customer.projectCode, "Caller check low " + n, false));
        Ticket high = tickets.open(customer.apiClient, ticket(customer.projectCode, "Caller check high " + n, false));
        agents.escalate(high.getId(), org.deskline.sla.entity.Tier.L2, "needs the project manager");

        // nobody signed in: every staff EJB refuses before it does anything
        SignedIn.anonymous(request);
        List<org.junit.jupiter.api.function.Executable> anonymous = List.of(
                () -> agents.reply(low.getId(), "Anonymous answer"),
                () -> agents.take(low.getId()),
                () -> organizationList.all(),
                () -> queue.count(org.deskline.ticket.control.QueueFilter.MINE),
                () -> savedFilters.mine(),
                () -> alertLog.recent(1),
                () -> staffAdmin.users(),
                () -> dashboard.figures(),
                () -> customerAdmin.createOrganization("Anonymous Co " + n, "BASIC"),
                () -> staffAccess.member());
        for (var call : anonymous) {
            assertThrows(jakarta.ejb.EJBAccessException.class, call);
        }
        assertEquals(0L, count("select count(*) from ticket_message where ticket_id = " + low.getId()
                + " and body = 'Anonymous answer'"));
        assertEquals(0L, count("select count(*) from organization where name = 'Anonymous Co " + n + "'"));

        // an L1 agent: the pages' rules hold in the EJBs too (administration, billing, the higher tier)
        String l1 = staff("l1-caller", org.deskline.security.entity.StaffRole.AGENT,
                org.deskline.sla.entity.Tier.L1);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> staffAdmin.users());
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> customerAdmin.createOrganization("Agent Co " + n,
                "BASIC"));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> subscriptionDesk.subscribe(customer.organizationId,
                billingPlan(1), java.time.LocalDate.now()));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> disputes.openDisputes());
        DeskException notTheirs = assertThrows(DeskException.class, () -> agents.reply(high.getId(),
                "Not my tier"));
        assertEquals(ErrorCode.FORBIDDEN, notTheirs.code());
        assertEquals("S5", notTheirs.rule());
        assertEquals(0L, count("select count(*) from ticket_message where ticket_id = " + high.getId()
                + " and body = 'Not my tier'"), "the refused change left nothing");
        assertEquals(ErrorCode.FORBIDDEN, assertThrows(DeskException.class, () -> agents.assign(low.getId(), l1))
                .code(), "agents do not hand tickets out");

        // what the agent may do is recorded under the caller's name, never under a name a page passed
        agents.take(low.getId());
        agents.reply(low.getId(), "Looking into it " + n);
        assertEquals(1L, count("select count(*) from ticket where id = " + low.getId() + " and assignee = '" + l1
                + "'"));
        assertEquals(1L, count("select count(*) from ticket_message where ticket_id = " + low.getId()
                + " and author = '" + l1 + "' and body = 'Looking into it " + n + "'"));
        var mine = savedFilters.save("Mine " + n, org.deskline.ticket.control.QueueFilter.MINE);
        assertEquals(l1, mine.getOwner());
        assertEquals(List.of(low.getId()), queue.search(new org.deskline.ticket.control.QueueFilter(null, null,
                null, "me", "Caller check", false, null, null), null, true, 0, 10).stream().map(Ticket::getId)
                .toList(), "'my tickets' are the caller's");

        // the account is read in the transaction that acts: turned off, the same signed-in caller acts no more
        update("update staff_user set active = ? where username = ?", false, l1);
        DeskException off = assertThrows(DeskException.class, () -> agents.reply(low.getId(), "After the end"));
        assertEquals(ErrorCode.FORBIDDEN, off.code());
        assertEquals(0L, count("select count(*) from ticket_message where ticket_id = " + low.getId()
                + " and body = 'After the end'"));
    }

    @Test
    void staff_accounts_are_checked_and_a_stale_edit_is_refused() throws Exception {
        long n = IDS.incrementAndGet();
        DeskException shortPassword = assertThrows(DeskException.class, () -> staffAdmin.create("u-" + n, "U",
                org.deskline.security.entity.StaffRole.MANAGER, null, null, "short"));
        assertEquals("password", shortPassword.field());
        assertEquals(0L, count("select count(*) from staff_user where username = 'u-" + n + "'"));
        var user = staffAdmin.create("u-" + n, "U", org.deskline.security.entity.StaffRole.MANAGER, null, "fa",
                "a-good-password");
        assertEquals("tier", assertThrows(DeskException.class, () -> staffAdmin.update(user.getId(),
                user.getVersion(), "U", org.deskline.security.entity.StaffRole.AGENT, null, null, true)).field());
        var saved = staffAdmin.update(user.getId(), user.getVersion(), "U2",
                org.deskline.security.entity.StaffRole.AGENT, org.deskline.sla.entity.Tier.L3, "en", true);
        assertEquals(ErrorCode.CONCURRENT_MODIFICATION, assertThrows(DeskException.class, () -> staffAdmin.update(
                user.getId(), user.getVersion(), "U3", org.deskline.security.entity.StaffRole.MANAGER, null, null,
                true)).code());
        assertTrue(credentials.staffUser("u-" + n, "a-good-password", "in-server-test").groups().orElseThrow()
                .contains("agent"));
        staffAdmin.update(saved.getId(), saved.getVersion() + 0, "U2", org.deskline.security.entity.StaffRole.AGENT,
                org.deskline.sla.entity.Tier.L3, "en", false);
        assertFalse(credentials.staffUser("u-" + n, "a-good-password", "in-server-test").isAccepted(),
                "a turned-off user cannot sign in");
        assertEquals(1L, count("select count(*) from staff_audit where actor = 'u-" + n + "' and action = 'LOGIN'"));
        assertEquals(1L, count("select count(*) from staff_audit where actor = 'u-" + n
                + "' and action = 'LOGIN_REFUSED'"));
        assertEquals(0L, count("select count(*) from staff_audit where detail like '%a-good-password%'"),
                "passwords never reach the audit");
        // issue 16: a name no account has (perhaps a password typed into the wrong field) is not kept
        String typed = "Typed-" + n + "-in-the-wrong-field";
        assertTrue(!credentials.staffUser(typed, "whatever", "in-server-test").isAccepted());
        assertEquals(0L, count("select count(*) from staff_audit where actor = '" + typed + "'"));
        assertTrue(count("select count(*) from staff_audit where actor = '(unknown user)' and action = 'LOGIN_REFUSED'")
                >= 1L);
        // issue 16, finding 4: after five refusals a lock, audited once; tries during it are neither checked nor kept
        String address = "10.16.4." + n;
        for (int i = 0; i < 10; i++) {
            credentials.staffUser("u-" + n, "wrong-" + i, address);
        }
        var locked = credentials.staffUser("u-" + n, "a-good-password", address);
        assertTrue(locked.isThrottled() && !locked.isAccepted(), "locked: even the right password is not checked");
        assertEquals(1L, count("select count(*) from staff_audit where actor = 'u-" + n
                + "' and action = 'LOGIN_THROTTLED' and detail like '%" + address + "%'"));
        assertEquals(1L + 6L, count("select count(*) from staff_audit where actor = 'u-" + n
                + "' and action = 'LOGIN_REFUSED'"), "the first refusal, then five free tries and the one that locked");
    }

    @Test
    void saved_filters_belong_to_their_owner_and_a_foreign_id_is_a_missing_one() throws Exception {
        long n = IDS.incrementAndGet();
        var mine = as("owner-" + n, savedFilters).save("High ones", new org.deskline.ticket.control.QueueFilter(null,
                Priority.HIGH, null, null, null, false, null, null));
        assertEquals("priority=HIGH", as("owner-" + n, savedFilters).find(mine.getId()).getDefinition());
        DeskException foreign = assertThrows(DeskException.class, () -> as("other-" + n, savedFilters)
                .find(mine.getId()));
        DeskException missing = assertThrows(DeskException.class, () -> as("other-" + n, savedFilters).find(-5));
        assertEquals(missing.code(), foreign.code());
        assertEquals(missing.getMessage().replace("-5", "ID"), foreign.getMessage().replace(mine.getId() + "", "ID"));
        assertThrows(DeskException.class, () -> as("other-" + n, savedFilters).delete(mine.getId()));
        assertEquals(1, as("owner-" + n, savedFilters).mine().size());
        as("owner-" + n, savedFilters).save("High ones", org.deskline.ticket.control.QueueFilter.MINE);
        assertEquals(1, as("owner-" + n, savedFilters).mine().size(), "the same name replaces the filter");
    }

    @Test
    void s6_t6_the_queue_finds_tickets_breaching_within_the_hour_and_those_waiting_for_the_customer()
            throws Exception {
        long n = IDS.incrementAndGet();
        Customer fast = newCustomer(customPlan("Q30M", "DOWNGRADE", 1800, 36_000));
        Customer slow = newCustomer(customPlan("Q3H", "DOWNGRADE", 3 * 3600, 36_000));
        String words = "Queue check " + n;
        Ticket soon = tickets.open(fast.apiClient, ticket(fast.projectCode, words + " soon", false));
        Ticket later = tickets.open(slow.apiClient, ticket(slow.projectCode, words + " later", false));
        var breaching = new org.deskline.ticket.control.QueueFilter(null, null, null, null, words, false, 60, null);
        assertEquals(List.of(soon.getId()), queue.search(breaching, null, true, 0, 50).stream()
                .map(Ticket::getId).toList());
        assertEquals(1L, queue.count(breaching));

        as("agent-q", agents).reply(soon.getId(), "Which browser?");
        as("agent-q", agents).reply(later.getId(), "Which browser?");
        update("update ticket set last_agent_reply_at = ? where id = ?",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(25), later.getId());
        var waiting = new org.deskline.ticket.control.QueueFilter(null, null, null, null, words, false, null, 24);
        assertEquals(List.of(later.getId()), queue.search(waiting, null, true, 0, 50).stream()
                .map(Ticket::getId).toList());
        as("agent-q", agents).take(later.getId());
        var mine = new org.deskline.ticket.control.QueueFilter(null, null, null, "me", words, false, null, null);
        assertEquals(List.of(later.getId()), as("agent-q", queue).search(mine, "id", true, 0, 50).stream()
                .map(Ticket::getId).toList());
        var byId = new org.deskline.ticket.control.QueueFilter(null, null, null, null, "#" + soon.getId(), false,
                null, null);
        assertEquals(List.of(soon.getId()), queue.search(byId, null, true, 0, 5).stream().map(Ticket::getId)
                .toList());
    }

    @Test
    void an_api_clients_secret_is_issued_once_and_a_new_one_retires_the_old() throws Exception {
        long n = IDS.incrementAndGet();
        var org = customerAdmin.createOrganization("Issued Co " + n, "BASIC");
        assertEquals("name", assertThrows(DeskException.class, () -> customerAdmin.createOrganization("Issued Co " + n,
                "BASIC")).field());
        var project = customerAdmin.createProject(org.getId(), "IC-" + n, "Portal");
        assertEquals(3L, count("select count(*) from maintenance_schedule where project_id = " + project.getId()),
                "M2/M3: a new project gets its checkup and update schedules");
        var issued = apiClientAdmin.createClient(org.getId(), "erp-issued-" + n, "ERP");
        assertEquals(0L, count("select count(*) from api_client where password_hash like '%" + issued.secret() + "%'"));
        assertTrue(credentials.apiClient("erp-issued-" + n, issued.secret(), "in-server-test").isAccepted());
        var rotated = apiClientAdmin.rotateSecret(issued.clientId());
        assertFalse(credentials.apiClient("erp-issued-" + n, issued.secret(), "in-server-test").isAccepted(), "the old secret is retired");
        assertTrue(credentials.apiClient("erp-issued-" + n, rotated.secret(), "in-server-test").isAccepted());
        // issue 16, finding 4: a hash of the old work factor (the platform's 2,048 iterations) still signs in, and is
        // replaced by one of today's at that sign-in
        update("update api_client set password_hash = ? where username = ?", oldHash(rotated.secret()),
                "erp-issued-" + n);
        assertTrue(credentials.apiClient("erp-issued-" + n, rotated.secret(), "in-server-test").isAccepted());
        assertEquals(1L, count("select count(*) from api_client where username = 'erp-issued-" + n
                + "' and password_hash like 'PBKDF2WithHmacSHA256:600000:%'"));
        assertTrue(credentials.apiClient("erp-issued-" + n, rotated.secret(), "in-server-test").isAccepted());
        apiClientAdmin.setClientActive(issued.clientId(), false);
        assertFalse(credentials.apiClient("erp-issued-" + n, rotated.secret(), "in-server-test").isAccepted());
        assertEquals("purpose", assertThrows(DeskException.class, () -> apiClientAdmin.createClient(org.getId(),
                "erp-other-" + n, "FTP")).field());
        assertEquals(0L, count("select count(*) from staff_audit where detail like '%" + rotated.secret() + "%'"));
        // project secrets: only administrators, and an unauthenticated caller is not one
        SignedIn.anonymous(request);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> projectSecrets.putSecret(project.getId(), "Panel",
                "root / pw"));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> projectSecrets.reveal(1));
        // signed in as the administrator through the console's mechanism, the same calls pass and the caller is
        // the one recorded
        SignedIn.as(request, security, SignedIn.ADMIN, SignedIn.ADMIN_PASSWORD);
        var secret = projectSecrets.putSecret(project.getId(), "Panel", "root / pw");
        assertEquals(SignedIn.ADMIN, secret.getUpdatedBy());
        assertEquals("root / pw", projectSecrets.reveal(secret.getId()));
        SignedIn.anonymous(request);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> projectSecrets.reveal(secret.getId()));
    }

    @Test
    void the_dashboard_counts_what_the_database_holds() throws Exception {
        Customer customer = newCustomer("ENTERPRISE");
        tickets.open(customer.apiClient, ticket(customer.projectCode, "Dashboard " + IDS.incrementAndGet(), true));
        var figures = dashboard.figures();
        assertEquals(figures.openTotal(), figures.open().values().stream()
                .flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum());
        assertTrue(figures.emergencies() >= 1);
        assertEquals(count("select count(*) from ticket where emergency = true and status <> 'CLOSED'"),
                figures.emergencies());
        assertEquals(org.deskline.dashboard.boundary.Dashboard.WEEKS, figures.csat().size());
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(what);
            }
            Thread.sleep(100);
        }
    }

    private static String envelope(String id) {
        return "{\"schema\":\"deskline.alert/1\",\"alertId\":\"" + id + "\",\"type\":\"TICKET_CREATED\","
                + "\"severity\":\"INFO\",\"occurredAt\":\"" + Instant.now() + "\"}";
    }

    private static void insertAlert(String id, Long ticketId, java.time.OffsetDateTime at, String payload)
            throws Exception {
        try (var c = dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into alert (id, type, severity, ticket_id, occurred_at, payload, state, attempts) "
                        + "values (?, 'TICKET_CREATED', 'INFO', ?, ?, ?, 'PENDING', 0)")) {
            insert.setString(1, id);
            if (ticketId == null) {
                insert.setNull(2, java.sql.Types.BIGINT);
            } else {
                insert.setLong(2, ticketId);
            }
            insert.setObject(3, at);
            insert.setString(4, payload);
            insert.executeUpdate();
        }
    }

    @Test
    void t6_a_ticket_that_fell_due_is_auto_closed_once_with_history_and_alert() throws Exception {
        Customer customer = newCustomer();
        Ticket ticket = tickets.open(customer.apiClient, ticket(customer.projectCode, "Waiting for you", false));
        as("agent-ali", agents).take(ticket.getId());
        Ticket replied = as("agent-ali", agents).reply(ticket.getId(), "Please send a screenshot.");
        assertNotNull(replied.getAutoCloseAt(), "T6: the agent reply starts the auto-close period");
        // as if the period ended while the server was down: only the database says it is due
        update("update ticket set auto_close_at = ? where id = ?",
                java.time.OffsetDateTime.now().minusHours(1), ticket.getId());

        awaitCount(1L, "select count(*) from ticket where id = " + ticket.getId()
                + " and status = 'CLOSED' and resolution = 'AUTO_CLOSED' and auto_close_at is null");
        Thread.sleep(2_500); // another sweep must not close or alert it again
        assertEquals(1L, count("select count(*) from alert where ticket_id = " + ticket.getId()
                + " and type = 'AUTO_CLOSED'"));
        List<String> actions = new ArrayList<>();
        for (var e : tickets.history(customer.apiClient, ticket.getId())) {
            actions.add(e.getAction() + ":" + e.getToStatus());
        }
        assertEquals(List.of("OPEN:WAITING_FOR_REPLY", "TAKE:IN_PROGRESS", "AGENT_REPLY:WAITING_FOR_CUSTOMER",
                "AUTO_CLOSE:CLOSED"), actions);
    }

    @Test
    void t9_the_project_limits_hold_on_the_database_and_emergencies_pass() throws Exception {
        Customer customer = newCustomer();
        List<Long> active = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            active.add(tickets.open(customer.apiClient, ticket(customer.projectCode, "Report " + i + " totals wrong", false)).getId());
        }
        DeskException refused = assertThrows(DeskException.class,
                () -> tickets.open(customer.apiClient, ticket(customer.projectCode, "Report 4 totals wrong", false)));
        assertEquals(ErrorCode.LIMIT_EXCEEDED, refused.code());
        assertEquals(active, refused.related());
        Ticket emergency = tickets.open(customer.apiClient, ticket(customer.projectCode, "Site down", true));
        assertTrue(emergency.isEmergency(), "T9: an emergency is never refused by a limit");

        // the emergency is an active support ticket too: two must close before a normal one fits again
        tickets.close(customer.apiClient, active.get(0));
        assertEquals(ErrorCode.LIMIT_EXCEEDED, assertThrows(DeskException.class,
                () -> tickets.open(customer.apiClient, ticket(customer.projectCode, "Report 4 totals wrong", false))).code());
        tickets.close(customer.apiClient, emergency.getId());
        assertNotNull(tickets.open(customer.apiClient, ticket(customer.projectCode, "Report 4 totals wrong", false)).getId(),
                "closed tickets free their places");

        // issue 16: emergencies pass T9, so a project has at most three a day; the fourth is refused with a typed
        // error, and the staff get one EMERGENCY_REFUSED alert although the refused creation rolled back
        tickets.open(customer.apiClient, ticket(customer.projectCode, "Site down again", true));
        tickets.open(customer.apiClient, ticket(customer.projectCode, "Panel unreachable", true));
        for (String title : List.of("Hacked", "Hacked again")) {
            DeskException tooMany = assertThrows(DeskException.class,
                    () -> tickets.open(customer.apiClient, ticket(customer.projectCode, title, true)));
            assertEquals(ErrorCode.LIMIT_EXCEEDED, tooMany.code());
            assertEquals("emergency", tooMany.field());
            assertEquals(3, tooMany.related().size());
        }
        assertEquals(0L, count("select count(*) from ticket where title like 'Hacked%' and project_id = "
                + customer.projectId));
        assertEquals(1L, count("select count(*) from alert where type = 'EMERGENCY_REFUSED' and project_id = "
                + customer.projectId), "one alert a day, however often the system retries");
    }

    @Test
    void t13_a_retried_create_with_the_same_request_id_returns_the_first_ticket() throws Exception {
        Customer customer = newCustomer();
        NewTicket request = new NewTicket(customer.projectCode, null, "Retried", Category.SALES, null, "text",
                false, "erp-req-" + System.nanoTime());
        Ticket first = tickets.open(customer.apiClient, request);
        Ticket again = tickets.open(customer.apiClient, request);
        assertEquals(first.getId(), again.getId());
        assertEquals(1L, count("select count(*) from ticket where request_id = '" + request.requestId() + "'"));
        assertEquals(1L, count("select count(*) from alert where ticket_id = " + first.getId()));
    }

    @Test
    void t5_t7_t8_t11_a_ticket_from_answer_to_rating_reopen_and_withdrawal() throws Exception {
        Customer customer = newCustomer();
        long id = tickets.open(customer.apiClient, ticket(customer.projectCode, "Full circle", false)).getId();
        as("agent-ali", agents).take(id);
        as("agent-ali", agents).note(id, "Customer runs an old PHP version.");
        as("agent-ali", agents).reply(id, "Which PHP version do you run?");
        assertEquals(TicketStatus.WAITING_FOR_REPLY, tickets.reply(customer.apiClient, id, "PHP 7.4").getStatus());
        assertEquals(TicketStatus.CLOSED, as("agent-ali", agents).resolve(id, "Fixed in release 2.3.1.").getStatus());

        Ticket rated = tickets.rate(customer.apiClient, id, 2, "Took too long");
        assertTrue(rated.isQualityReview(), "T11: a low rating goes to quality control");
        assertEquals(1L, count("select count(*) from alert where ticket_id = " + id + " and type = 'LOW_RATING'"));

        Ticket reopened = tickets.reopen(customer.apiClient, id);
        assertEquals(TicketStatus.WAITING_FOR_REPLY, reopened.getStatus());
        Ticket withdrawn = tickets.close(customer.apiClient, id);
        assertEquals(org.deskline.ticket.entity.Resolution.WITHDRAWN, withdrawn.getResolution());

        assertTrue(tickets.conversation(customer.apiClient, id).stream()
                .noneMatch(m -> m.getBody().contains("old PHP")), "internal notes never reach the customer");
        assertTrue(tickets.history(customer.apiClient, id).stream()
                .noneMatch(e -> e.getAction().equals("INTERNAL_NOTE")));
        DeskException illegal = assertThrows(DeskException.class,
                () -> tickets.reply(customer.apiClient, id, "one more thing"));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, illegal.code());
    }

    @Test
    void tenants_every_ticket_operation_answers_not_found_for_a_foreign_ticket() throws Exception {
        Customer owner = newCustomer();
        Customer stranger = newCustomer();
        long id = tickets.open(owner.apiClient, ticket(owner.projectCode, "Mine only", false)).getId();
        List<Runnable> calls = List.of(
                () -> tickets.get(stranger.apiClient, id),
                () -> tickets.reply(stranger.apiClient, id, "hello"),
                () -> tickets.close(stranger.apiClient, id),
                () -> tickets.reopen(stranger.apiClient, id),
                () -> tickets.rate(stranger.apiClient, id, 1, null),
                () -> tickets.requestQualityReview(stranger.apiClient, id, null),
                () -> tickets.history(stranger.apiClient, id),
                () -> tickets.conversation(stranger.apiClient, id));
        for (Runnable call : calls) {
            DeskException e = assertThrows(DeskException.class, call::run);
            assertEquals(ErrorCode.NOT_FOUND, e.code());
            assertEquals("No ticket " + id + " exists.", e.getMessage());
        }
        assertEquals(TicketStatus.WAITING_FOR_REPLY, tickets.get(owner.apiClient, id).getStatus());
    }

    @Test
    void concurrent_replies_to_one_ticket_are_all_kept_in_order() throws Exception {
        Customer customer = newCustomer();
        long id = tickets.open(customer.apiClient, ticket(customer.projectCode, "Busy ticket", false)).getId();
        var executor = (jakarta.enterprise.concurrent.ManagedExecutorService) new InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int thread = t;
            futures.add(executor.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    tickets.reply(customer.apiClient, id, "reply " + thread + "-" + i);
                }
                return null;
            }));
        }
        for (var f : futures) {
            f.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertEquals(31, tickets.conversation(customer.apiClient, id).size(), "opening message + 30 replies");
        assertEquals(30L, tickets.history(customer.apiClient, id).stream()
                .filter(e -> e.getAction().equals("CUSTOMER_REPLY")).count());
    }

    @Test
    void search_finds_only_the_callers_tickets_by_filter_with_stable_pages() throws Exception {
        Customer a = newCustomer();
        Customer b = newCustomer();
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(tickets.open(a.apiClient, new NewTicket(a.projectCode, null, "Search " + i,
                    i % 2 == 0 ? Category.TECHNICAL : Category.FINANCIAL, null, "text", i == 4)).getId());
            if (i == 0) {
                tickets.close(a.apiClient, mine.get(0)); // T9: at most 3 active, the emergency aside
            }
        }
        long foreign = tickets.open(b.apiClient, ticket(b.projectCode, "Not yours", false)).getId();

        TicketPage all = tickets.find(a.apiClient, filter(java.util.Set.of(), null, 0, 100));
        assertEquals(5L, all.total());
        assertFalse(all.tickets().stream().anyMatch(t -> t.getId() == foreign), "tenants: never another's ticket");

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            TicketPage p = tickets.find(a.apiClient, filter(java.util.Set.of(), null, page, 2));
            assertEquals(5L, p.total());
            p.tickets().forEach(t -> paged.add(t.getId()));
        }
        assertEquals(all.tickets().stream().map(Ticket::getId).toList(), paged, "pages cover the list once, in order");

        TicketPage open = tickets.find(a.apiClient, filter(java.util.Set.of(TicketStatus.WAITING_FOR_REPLY),
                Category.FINANCIAL, 0, 20));
        assertEquals(List.of(mine.get(3), mine.get(1)), open.tickets().stream().map(Ticket::getId).toList());
        assertEquals(0L, tickets.find(b.apiClient, new TicketFilter(java.util.Set.of(), null, null, null,
                a.projectCode, null, 0, 20)).total(), "another organization's project code matches nothing");
        DeskException badPage = assertThrows(DeskException.class, () -> filter(java.util.Set.of(), null, 0, 101));
        assertEquals("pageSize", badPage.field());
    }

    @Test
    void s1_a_plan_that_refuses_an_unoffered_priority_says_which_it_offers() throws Exception {
        String plan = customPlan("IT_STRICT_", "REFUSE", 7200, 36000);
        Customer customer = newCustomer(plan);
        NewTicket urgent = new NewTicket(customer.projectCode, null, "Urgent please", Category.TECHNICAL,
                Priority.URGENT, "Production stopped", false);
        DeskException refused = assertThrows(DeskException.class, () -> tickets.open(customer.apiClient, urgent));
        assertEquals(ErrorCode.PRIORITY_NOT_OFFERED, refused.code());
        assertEquals("priority", refused.field());
        assertTrue(refused.getMessage().contains("offers NORMAL"), refused.getMessage());
        assertEquals(0L, count("select count(*) from ticket where project_id = " + customer.projectId),
                "a refusal writes nothing");

        Ticket normal = tickets.open(customer.apiClient, ticket(customer.projectCode, "Normal is fine", false));
        assertEquals(ErrorCode.PRIORITY_NOT_OFFERED, assertThrows(DeskException.class,
                () -> as("agent-sara", agents).reclassify(normal.getId(), Priority.CRITICAL, null, null)).code());
    }

    @Test
    void s4_the_clocks_follow_agent_and_customer_actions_and_keep_counted_time() throws Exception {
        Customer customer = newCustomer("ENTERPRISE");
        Ticket t = tickets.open(customer.apiClient, ticket(customer.projectCode, "Clocks follow me", false));
        java.util.function.Function<String, java.util.List<org.deskline.sla.control.SlaStanding>> clocks =
                metric -> customerSla.slaStatus(customer.apiClient, t.getId()).stream()
                        .filter(s -> s.metric().name().equals(metric)).toList();
        var first = clocks.apply("FIRST_RESPONSE").get(0);
        assertEquals(java.time.Duration.ofHours(12), first.target(), "Enterprise, normal priority (S1)");
        assertEquals("24/7", first.calendar());
        assertEquals(first.startedAt().plus(java.time.Duration.ofHours(12)), first.dueAt());
        assertEquals(first.startedAt().plus(java.time.Duration.ofHours(9)), first.warnAt());

        as("agent-sara", agents).take(t.getId());
        as("agent-sara", agents).note(t.getId(), "internal: looking");
        assertEquals("RUNNING", clocks.apply("FIRST_RESPONSE").get(0).state().name(), "notes answer nobody");

        as("agent-sara", agents).reply(t.getId(), "Please send the log file.");
        assertEquals("MET", clocks.apply("FIRST_RESPONSE").get(0).state().name());
        var waiting = clocks.apply("RESOLUTION").get(0);
        assertTrue(waiting.paused(), "resolution pauses while waiting for the customer");
        assertNull(waiting.dueAt());
        assertTrue(waiting.explanation().contains("WAITING_FOR_CUSTOMER"), waiting.explanation());

        tickets.reply(customer.apiClient, t.getId(), "Here it is.");
        var next = clocks.apply("NEXT_RESPONSE");
        assertEquals(1, next.size());
        assertEquals(1, next.get(0).round());
        assertEquals(java.time.Duration.ofHours(1), next.get(0).target(), "S4: next response within an hour");
        assertEquals("RUNNING", clocks.apply("RESOLUTION").get(0).state().name());

        as("agent-sara", agents).defer(t.getId(), org.deskline.ticket.entity.DeferralReason.NOT_ENOUGH_INFORMATION);
        assertTrue(clocks.apply("RESOLUTION").get(0).explanation().contains("DEFERRED_NOT_ENOUGH_INFORMATION"));
        as("agent-sara", agents).resume(t.getId());

        java.time.Duration counted = clocks.apply("RESOLUTION").get(0).elapsed();
        as("agent-sara", agents).reclassify(t.getId(), Priority.URGENT, null, null);
        var urgent = clocks.apply("RESOLUTION").get(0);
        assertEquals(java.time.Duration.ofHours(5), urgent.target(), "urgent resolution on Enterprise");
        assertTrue(urgent.elapsed().compareTo(counted) >= 0, "a new target keeps the time already counted");
        assertEquals(java.time.Duration.ofHours(1), clocks.apply("NEXT_RESPONSE").get(0).target());

        as("agent-sara", agents).resolve(t.getId(), "Fixed the configuration.");
        assertEquals("MET", clocks.apply("NEXT_RESPONSE").get(0).state().name());
        assertEquals("MET", clocks.apply("RESOLUTION").get(0).state().name());
        assertEquals(0L, count("select count(*) from sla_metric where ticket_id = " + t.getId()
                + " and next_alert_at is not null"), "a closed ticket owes no alert");
    }

    /**
     * T7 (seed 000: a close by the customer before support performed and announced the result is a withdrawal; seed
     * 002: a ticket closes when the request is done or the user closes it): closed after support's answer, a ticket
     * is RESOLVED and its resolution clock counts as met; closed before, it is WITHDRAWN and its clocks cancelled.
     */
    @Test
    void t7_a_customer_close_after_the_answer_is_a_normal_close_before_it_a_withdrawal() throws Exception {
        Customer customer = newCustomer("ENTERPRISE");
        java.util.function.BiFunction<Long, String, String> clock = (id, metric) -> customerSla.slaStatus(
                customer.apiClient, id).stream().filter(c -> c.metric().name().equals(metric)).findFirst()
                .orElseThrow().state().name();

        Ticket answered = tickets.open(customer.apiClient, ticket(customer.projectCode, "Answered then closed", false));
        as("agent-t7", agents).reply(answered.getId(), "Clear the cache under Settings; that fixes it.");
        Ticket closed = tickets.close(customer.apiClient, answered.getId());
        assertEquals(TicketStatus.CLOSED, closed.getStatus());
        assertEquals(org.deskline.ticket.entity.Resolution.RESOLVED, closed.getResolution());
        assertEquals("MET", clock.apply(answered.getId(), "RESOLUTION"), "the SLA outcome counts");
        assertEquals("CLOSE", tickets.history(customer.apiClient, answered.getId()).stream()
                .reduce((a, b) -> b).orElseThrow().getAction());

        Ticket early = tickets.open(customer.apiClient, ticket(customer.projectCode, "Closed before an answer", false));
        as("agent-t7", agents).take(early.getId());
        Ticket withdrawn = tickets.close(customer.apiClient, early.getId());
        assertEquals(org.deskline.ticket.entity.Resolution.WITHDRAWN, withdrawn.getResolution());
        assertEquals("CANCELLED", clock.apply(early.getId(), "RESOLUTION"));
        assertEquals("CANCELLED", clock.apply(early.getId(), "FIRST_RESPONSE"));
    }

    @Test
    void s6_the_scheduler_raises_warning_and_breach_once_each_through_the_outbox() throws Exception {
        String plan = customPlan("IT_FAST_", "DOWNGRADE", 4, 3600);
        Customer customer = newCustomer(plan);
        Ticket t = tickets.open(customer.apiClient, ticket(customer.projectCode, "Four seconds", false));
        String sla = "select count(*) from alert where ticket_id = " + t.getId() + " and type = ";
        long deadline = System.currentTimeMillis() + 20_000;
        while (count(sla + "'SLA_BREACHED'") == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(1_500); // room for a second raise, were there one
        assertEquals(1L, count(sla + "'SLA_WARNING'"));
        assertEquals(1L, count(sla + "'SLA_BREACHED'"));
        assertEquals(1L, count("select count(*) from sla_metric where ticket_id = " + t.getId()
                + " and metric = 'FIRST_RESPONSE' and warned_at is not null and breached_at is not null"
                + " and warned_at < breached_at and next_alert_at is null"));
    }

    @Test
    void s5_staff_escalate_with_a_reason_up_the_tiers_and_time_per_tier_is_recorded() throws Exception {
        Customer customer = newCustomer("ENTERPRISE");
        Ticket t = tickets.open(customer.apiClient, ticket(customer.projectCode, "Needs an engineer", false));
        var stints = agents.tierHistory(t.getId());
        assertEquals(1, stints.size());
        assertEquals(org.deskline.sla.entity.Tier.L1, stints.get(0).getTier(), "every ticket starts at L1");

        DeskException down = assertThrows(DeskException.class, () -> as("agent-sara", agents).escalate(t.getId(),
                org.deskline.sla.entity.Tier.L1, "why not"));
        assertEquals(ErrorCode.VALIDATION, down.code());
        assertEquals("tier", down.field());
        assertEquals("S5", down.rule());
        assertEquals("reason", assertThrows(DeskException.class, () -> as("agent-sara", agents).escalate(t.getId(),
                org.deskline.sla.entity.Tier.L2, " ")).field());
        assertEquals(1, agents.tierHistory(t.getId()).size(), "a refused escalation changes nothing");

        as("agent-sara", agents).escalate(t.getId(), org.deskline.sla.entity.Tier.L3, "database corruption");
        stints = agents.tierHistory(t.getId());
        assertEquals(2, stints.size());
        assertFalse(stints.get(0).isOpen());
        assertEquals(org.deskline.sla.entity.Tier.L3, stints.get(1).getTier());
        assertEquals("database corruption", stints.get(1).getReason());
        assertFalse(stints.get(1).isAutomatic());
        var history = tickets.history(customer.apiClient, t.getId());
        assertEquals("ESCALATE", history.get(history.size() - 1).getAction());
        assertEquals("L1\u2192L3: database corruption", history.get(history.size() - 1).getDetail());
        assertEquals(1L, count("select count(*) from alert where ticket_id = " + t.getId()
                + " and type = 'ESCALATED'"));
        assertTrue(customerSla.slaStatus(customer.apiClient, t.getId()).stream()
                .noneMatch(m -> m.metric().name().equals("TIER_REACTION")), "tiers are staff-side");

        as("agent-sara", agents).resolve(t.getId(), "Repaired.");
        assertTrue(agents.tierHistory(t.getId()).stream().noneMatch(org.deskline.sla.entity.TierStint::isOpen),
                "closing ends the stint");
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(DeskException.class, () -> as("agent-sara", agents)
                .escalate(t.getId(), org.deskline.sla.entity.Tier.QUALITY_CONTROL, "late")).code());
    }

    @Test
    void s5_a_tier_that_does_not_react_in_time_escalates_by_itself_once() throws Exception {
        String plan = customPlan("IT_TIERS_", "DOWNGRADE", 3600, 36000);
        for (String[] tier : new String[][] {{"L1", "3"}, {"L2", "3600"}, {"L3", "3600"}, {"QUALITY_CONTROL", "3600"}}) {
            update("insert into sla_plan_tier (plan_code, tier, reaction_seconds) values (?, ?, ?)", plan, tier[0],
                    Long.parseLong(tier[1]));
        }
        Customer customer = newCustomer(plan);
        Ticket t = tickets.open(customer.apiClient, ticket(customer.projectCode, "Nobody looks", false));
        awaitCount(1, "select count(*) from alert where ticket_id = " + t.getId() + " and type = 'ESCALATED'");
        Thread.sleep(1_000);
        assertEquals(1L, count("select count(*) from alert where ticket_id = " + t.getId()
                + " and type = 'ESCALATED'"), "once");
        var stints = agents.tierHistory(t.getId());
        assertEquals(2, stints.size());
        assertEquals(org.deskline.sla.entity.Tier.L2, stints.get(1).getTier());
        assertTrue(stints.get(1).isAutomatic());
        assertTrue(stints.get(1).getReason().contains("no reaction within PT3S at L1"), stints.get(1).getReason());

        as("agent-sara", agents).take(t.getId());
        assertEquals(0L, count("select count(*) from sla_metric where ticket_id = " + t.getId()
                + " and metric = 'TIER_REACTION' and state in ('RUNNING', 'PAUSED')"), "taking it is a reaction");
    }

    @Test
    void s7_the_compliance_report_counts_kept_and_breached_promises_tiers_deferrals_and_ratings() throws Exception {
        String plan = customPlan("IT_REPORT_", "DOWNGRADE", 2, 3600);
        Customer customer = newCustomer(plan);
        java.time.Instant from = java.time.Instant.now().minusSeconds(60);
        Ticket kept = tickets.open(customer.apiClient, ticket(customer.projectCode, "Answered at once", false));
        as("agent-sara", agents).reply(kept.getId(), "Done already?");
        Ticket late = tickets.open(customer.apiClient, ticket(customer.projectCode, "Answered late", false));
        awaitCount(1, "select count(*) from alert where ticket_id = " + late.getId() + " and type = 'SLA_BREACHED'");
        as("agent-sara", agents).reply(late.getId(), "Sorry for the wait.");
        tickets.reply(customer.apiClient, late.getId(), "Still broken.");
        as("agent-sara", agents).defer(late.getId(), org.deskline.ticket.entity.DeferralReason.NOT_ENOUGH_INFORMATION);
        as("agent-sara", agents).resume(late.getId());
        as("agent-sara", agents).resolve(late.getId(), "Fixed.");
        tickets.rate(customer.apiClient, late.getId(), 4, "fine in the end");
        java.time.Instant to = java.time.Instant.now().plusSeconds(60);

        var report = customerSla.compliance(customer.apiClient, from, to);
        var first = report.rows().stream().filter(r -> r.metric().name().equals("FIRST_RESPONSE")).findFirst()
                .orElseThrow();
        assertEquals(plan, first.planCode());
        assertEquals(2, first.clocks());
        assertEquals(1, first.metInTime());
        assertEquals(1, first.breached());
        assertEquals(50.0, first.compliancePercent());
        assertEquals(0, first.open() + first.cancelled());
        assertTrue(report.rows().stream().allMatch(r -> r.organizationId() == customer.organizationId),
                "a customer's report holds its own organization only");
        assertTrue(report.timePerTier().containsKey(org.deskline.sla.entity.Tier.L1));
        assertTrue(report.timePerDeferralReason().containsKey("NOT_ENOUGH_INFORMATION"),
                report.timePerDeferralReason().toString());
        assertEquals(1, report.ratings());
        assertEquals(4.0, report.averageRating());

        Customer other = newCustomer("ENTERPRISE");
        assertTrue(customerSla.compliance(other.apiClient, from, to).rows().isEmpty(), "nothing of another organization");
        DeskException backwards = assertThrows(DeskException.class, () -> customerSla.compliance(customer.apiClient, to,
                from));
        assertEquals(ErrorCode.VALIDATION, backwards.code());
        assertEquals("to", backwards.field());
        assertEquals("S7", backwards.rule());
    }

    @Test
    void s2_an_imported_holiday_moves_a_running_business_hours_deadline_by_one_working_day() throws Exception {
        String calendarCode = "IT_CAL_" + IDS.incrementAndGet();
        java.time.ZoneId tehran = java.time.ZoneId.of("Asia/Tehran");
        admin.saveCalendar(new CalendarDraft(calendarCode, "Test week", "Asia/Tehran", satToWed(480, 990)), null);
        String planCode = "IT_BH_" + IDS.incrementAndGet();
        admin.savePlan(businessHoursPlan(planCode, calendarCode, java.time.Duration.ofHours(24)), null);
        Customer customer = newCustomer(planCode);
        Ticket t = tickets.open(customer.apiClient, ticket(customer.projectCode, "Before the holiday", false));
        var before = customerSla.slaStatus(customer.apiClient, t.getId()).get(0);
        assertEquals(calendarCode, admin.plan(planCode).getCalendarCode());
        java.time.LocalDate day = java.time.LocalDate.now(tehran).plusDays(1);
        while (day.getDayOfWeek() == java.time.DayOfWeek.THURSDAY || day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY) {
            day = day.plusDays(1);
        }
        assertTrue(day.atTime(16, 30).atZone(tehran).toInstant().isBefore(before.dueAt()),
                "the chosen working day lies before the deadline " + before.dueAt());
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:"
                + day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + "\r\nSUMMARY:Test holiday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assertEquals(1, admin.importHolidays(calendarCode, new java.io.StringReader(ics)));
        var after = customerSla.slaStatus(customer.apiClient, t.getId()).get(0);
        assertEquals(before.metric(), after.metric());
        var calendar = org.deskline.sla.entity.BusinessCalendar.businessWeek(tehran, java.util.Set.of(day));
        assertEquals(java.time.Duration.ofMinutes(510), calendar.between(before.dueAt(), after.dueAt()),
                "one working day (8 h 30 min) later: " + before.dueAt() + " -> " + after.dueAt());
        assertTrue(admin.calendar(calendarCode).getHolidays().stream()
                .anyMatch(h -> h.getName().equals("Test holiday") && h.getDay().equals(customerSla.calendar(
                        customer.apiClient, null).holidays().get(0).getDay())), "the customer sees the holiday");
        assertEquals(0, count("select count(*) from sla_calendar_holiday where calendar_code = 'BUSINESS' "
                + "and name = 'Test holiday'"), "the other calendars keep their holidays");

        admin.removeHoliday(calendarCode, day);
        assertEquals(before.dueAt(), customerSla.slaStatus(customer.apiClient, t.getId()).get(0).dueAt(),
                "without the holiday the deadline is back where it was");
    }

    @Test
    void s1_s2_editing_a_plan_or_its_calendar_recomputes_running_deadlines_from_the_ledger() throws Exception {
        String calendarCode = "IT_CAL_" + IDS.incrementAndGet();
        var created = admin.saveCalendar(new CalendarDraft(calendarCode, "Berlin week", "Europe/Berlin",
                satToWed(480, 990)), null);
        String planCode = "IT_BH_" + IDS.incrementAndGet();
        admin.savePlan(businessHoursPlan(planCode, calendarCode, java.time.Duration.ofHours(24)), null);
        Customer customer = newCustomer(planCode);
        Ticket t = tickets.open(customer.apiClient, ticket(customer.projectCode, "Deadline follows edits", false));
        var first = customerSla.slaStatus(customer.apiClient, t.getId()).get(0);
        assertEquals("Berlin week", first.calendar());
        var berlin = admin.calendar(calendarCode).rule();
        assertEquals(java.time.Duration.ofHours(24), berlin.between(first.startedAt(), first.dueAt()));

        // S2: another week and zone: the same 24 business hours, counted on the new calendar
        admin.saveCalendar(new CalendarDraft(calendarCode, "Moscow long days", "Europe/Moscow",
                satToWed(420, 1200)), created.getVersion());
        var moved = customerSla.slaStatus(customer.apiClient, t.getId()).get(0);
        assertEquals("Moscow long days", moved.calendar());
        assertEquals(java.time.Duration.ofHours(24), admin.calendar(calendarCode).rule().between(moved.startedAt(),
                moved.dueAt()));
        assertTrue(moved.dueAt().isBefore(first.dueAt()), "13 h days reach 24 h sooner");

        // S1: a new response target for the plan retargets the running clock, keeping what was counted
        var plan = admin.plan(planCode);
        admin.savePlan(businessHoursPlan(planCode, calendarCode, java.time.Duration.ofHours(48)), plan.getVersion());
        var longer = customerSla.slaStatus(customer.apiClient, t.getId()).get(0);
        assertEquals(java.time.Duration.ofHours(48), longer.target());
        assertEquals(longer.startedAt(), first.startedAt());

        // S1: moving the organization to a 24/7 plan puts its clocks on ALL_DAY
        admin.assignPlan(customer.organizationId, "ENTERPRISE");
        var allDay = customerSla.slaStatus(customer.apiClient, t.getId()).get(0);
        assertEquals("24/7", allDay.calendar());
        assertEquals(java.time.Duration.ofHours(12), allDay.target(), "Enterprise NORMAL response");
        assertEquals(org.deskline.sla.control.SlaCalendars.ALL_DAY, customerSla.calendar(customer.apiClient, null).code());
    }

    @Test
    void s1_s2_plan_and_calendar_edits_are_checked_and_a_stale_edit_is_refused() throws Exception {
        String calendarCode = "IT_CAL_" + IDS.incrementAndGet();
        DeskException zone = assertThrows(DeskException.class, () -> admin.saveCalendar(new CalendarDraft(
                calendarCode, "Nowhere", "Mars/Olympus", satToWed(480, 990)), null));
        assertEquals("zone", zone.field());
        assertEquals("S2", zone.rule());
        DeskException overlap = assertThrows(DeskException.class, () -> admin.saveCalendar(new CalendarDraft(
                calendarCode, "Overlap", "UTC", List.of(new CalendarOpening(java.time.DayOfWeek.MONDAY, 480, 720),
                new CalendarOpening(java.time.DayOfWeek.MONDAY, 700, 900))), null));
        assertEquals("openings", overlap.field());
        assertEquals(0, count("select count(*) from sla_calendar where code = '" + calendarCode + "'"),
                "nothing stored from a refused draft");

        var saved = admin.saveCalendar(new CalendarDraft(calendarCode, "Week", "UTC", satToWed(480, 990)), null);
        assertEquals("code", assertThrows(DeskException.class, () -> admin.saveCalendar(new CalendarDraft(
                calendarCode, "Again", "UTC", satToWed(480, 990)), null)).field());
        admin.saveCalendar(new CalendarDraft(calendarCode, "Week 2", "UTC", satToWed(480, 990)), saved.getVersion());
        DeskException stale = assertThrows(DeskException.class, () -> admin.saveCalendar(new CalendarDraft(
                calendarCode, "Week 3", "UTC", satToWed(480, 990)), saved.getVersion()));
        assertEquals(ErrorCode.CONCURRENT_MODIFICATION, stale.code());
        assertEquals("Week 2", admin.calendar(calendarCode).getName());

        String planCode = "IT_BH_" + IDS.incrementAndGet();
        DeskException unknownCalendar = assertThrows(DeskException.class, () -> admin.savePlan(
                businessHoursPlan(planCode, "NO_SUCH_CALENDAR", java.time.Duration.ofHours(2)), null));
        assertEquals(ErrorCode.NOT_FOUND, unknownCalendar.code());
        assertEquals("calendar", unknownCalendar.field());
        DeskException shortResolution = assertThrows(DeskException.class, () -> admin.savePlan(new PlanDraft(planCode,
                "Odd", org.deskline.sla.entity.SlaPlan.Coverage.ALL_DAY,
                org.deskline.sla.entity.SlaPlan.UnofferedPriority.REFUSE, java.time.Duration.ofHours(1), null,
                List.of(new org.deskline.sla.entity.PlanTarget(Priority.NORMAL, java.time.Duration.ofHours(4),
                        java.time.Duration.ofHours(1))), java.util.Map.of()), null));
        assertEquals("targets.NORMAL.resolution", shortResolution.field());
        assertEquals(0, count("select count(*) from sla_plan where code = '" + planCode + "'"));
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(DeskException.class,
                () -> admin.assignPlan(IDS.incrementAndGet(), "BASIC")).code());
        assertEquals("year", assertThrows(DeskException.class,
                () -> customerSla.calendar(newCustomer().apiClient, 1066)).field());
    }

    @Test
    void t14_staff_log_a_phone_call_as_a_ticket_under_the_same_rules() throws Exception {
        Customer customer = newCustomer("ENTERPRISE");
        long projectId = customer.projectId;
        Ticket logged = as("agent-sara", agents).logForCustomer(projectId,
                ticket(customer.projectCode, "Reported by phone", false), org.deskline.ticket.entity.Channel.PHONE);
        assertEquals(org.deskline.ticket.entity.Channel.PHONE, logged.getChannel());
        assertEquals("agent-sara", logged.getCreatedBy());
        assertEquals(logged.getId(), tickets.get(customer.apiClient, logged.getId()).getId(), "the customer sees it");
        assertEquals(ErrorCode.DUPLICATE, assertThrows(DeskException.class, () -> tickets.open(customer.apiClient,
                ticket(customer.projectCode, "Reported by phone", false))).code());
        assertEquals(ErrorCode.VALIDATION, assertThrows(DeskException.class, () -> as("agent-sara", agents)
                .logForCustomer(projectId, ticket(customer.projectCode, "No channel", false), null)).code());

        Ticket changed = as("agent-sara", agents).reclassify(logged.getId(), Priority.URGENT, null, null);
        assertEquals(Priority.URGENT, changed.getPriority());
        var last = tickets.history(customer.apiClient, logged.getId()).get(1);
        assertEquals("RECLASSIFY", last.getAction());
        assertEquals("priority NORMAL\u2192URGENT", last.getDetail());
    }

    @Test
    void t1_a_development_request_goes_from_review_to_delivery_through_a_proposal() throws Exception {
        Customer customer = newCustomer();
        long id = tickets.open(customer.apiClient, new NewTicket(customer.projectCode,
                org.deskline.ticket.entity.TicketKind.DEVELOPMENT_REQUEST, "Landing page", Category.SALES, null,
                "A landing page for the spring campaign", false)).getId();
        assertEquals(org.deskline.ticket.entity.DevelopmentStage.REVIEW, tickets.get(customer.apiClient, id)
                .getDevelopmentStage());
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(DeskException.class,
                () -> tickets.proposal(customer.apiClient, id)).code(), "no proposal while in review");

        java.time.Instant validUntil = java.time.Instant.now().plus(java.time.Duration.ofDays(7));
        as("agent-reza", agents).propose(id, "Landing page with a form", new java.math.BigDecimal("12.50"),
                new java.math.BigDecimal("900.00"), "EUR", validUntil);
        tickets.respondToProposal(customer.apiClient, id, false, "Too expensive");
        var revised = as("agent-reza", agents).propose(id, "Landing page without the form",
                new java.math.BigDecimal("8"), new java.math.BigDecimal("600.00"), "EUR", validUntil);
        assertEquals(revised.getId(), tickets.proposal(customer.apiClient, id).getId(), "the newest is shown");
        assertEquals(org.deskline.ticket.entity.ProposalStatus.ACCEPTED,
                tickets.respondToProposal(customer.apiClient, id, true, null).getStatus());
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(DeskException.class,
                () -> tickets.respondToProposal(customer.apiClient, id, false, null)).code(), "answered once");

        as("agent-reza", agents).schedule(id, java.time.Instant.now().plus(java.time.Duration.ofDays(3)));
        Ticket delivered = as("agent-reza", agents).deliver(id, "The landing page is live.");
        assertEquals(TicketStatus.CLOSED, delivered.getStatus());
        assertEquals(org.deskline.ticket.entity.Resolution.RESOLVED, delivered.getResolution());
        assertEquals(org.deskline.ticket.entity.DevelopmentStage.DELIVERED, delivered.getDevelopmentStage());
        assertEquals(List.of("OPEN", "PROPOSE", "DECLINE_PROPOSAL", "PROPOSE", "ACCEPT_PROPOSAL", "SCHEDULE",
                        "DELIVER", "RESOLVE"),
                tickets.history(customer.apiClient, id).stream().map(e -> e.getAction()).toList());

        long support = tickets.open(customer.apiClient, ticket(customer.projectCode, "Plain bug", false)).getId();
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(DeskException.class, () -> as("agent-reza", agents)
                .propose(support, "x", java.math.BigDecimal.ONE, java.math.BigDecimal.ONE, "EUR", validUntil))
                .code(), "support tickets get no proposals");
    }

    private static TicketFilter filter(java.util.Set<TicketStatus> statuses, Category category, int page, int size) {
        return new TicketFilter(statuses, null, null, category, null, null, page, size);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    // ---- billing (B1-B9) ----

    /** A Tuesday in the billing calendar's zone (Asia/Tehran, +03:30), far from any holiday a test adds. */
    private static Instant tehran(String localTime) {
        return java.time.LocalDateTime.parse("2031-03-11T" + localTime).atZone(java.time.ZoneId.of("Asia/Tehran"))
                .toInstant();
    }

    private String billingPlan(int rank) {
        String code = "IT-SUP-" + IDS.incrementAndGet();
        planCatalog.definePlan(code, "IT support " + rank, org.deskline.billing.entity.PlanKind.SUPPORT, 12,
                org.deskline.billing.entity.Money.of("1200.00", "EUR"),
                org.deskline.billing.entity.Money.of("60.00", "EUR"), rank);
        return code;
    }

    @Test
    void b4_b5_time_is_priced_by_shift_taken_from_the_package_weighted_and_the_low_balance_alert_fires_once()
            throws Exception {
        Customer customer = newCustomer();
        as("it", subscriptionDesk).subscribe(customer.organizationId, billingPlan(1), java.time.LocalDate.now().minusDays(1));
        var pack = as("it", subscriptionDesk)
                .sellHours(customer.organizationId, "IT hours", 2, org.deskline.billing.entity.Money.of(
                "75.00", "EUR"), null, false, 1);
        Ticket ticket = tickets.open(customer.apiClient, ticket(customer.projectCode, "Billing check", false));

        DeskException unclassified = assertThrows(DeskException.class, () -> as("agent", ticketBilling)
                .logTime(ticket.getId(),
                tehran("10:00"), tehran("11:00"), org.deskline.billing.entity.ServiceType.SUPPORT, null));
        assertEquals("workClass", unclassified.field());
        assertEquals("B2", unclassified.rule());
        as("agent", ticketBilling).classify(ticket.getId(), org.deskline.billing.entity.WorkClass.NOT_A_BUG);

        // the billed figure before saving equals the saved one
        var quote = ticketBilling.preview(ticket.getId(), tehran("10:00"), tehran("11:00"),
                org.deskline.billing.entity.ServiceType.SUPPORT);
        var day = as("agent", ticketBilling).logTime(ticket.getId(), tehran("10:00"), tehran("11:00"),
                org.deskline.billing.entity.ServiceType.SUPPORT, "found the misconfiguration");
        assertEquals(org.deskline.billing.entity.Coverage.PACKAGE, day.getCoverage());
        assertEquals(60, day.getChargedMinutes());
        assertEquals(new java.math.BigDecimal("75.00"), day.getAmount().amount(), "60 min at the package's rate");
        assertEquals(quote.bill().total(), day.getAmount());
        assertEquals(60L, count("select balance_minutes from hours_package where id = " + pack.getId()));
        assertEquals(1L, count("select count(*) from hours_movement where package_id = " + pack.getId()
                + " and minutes = -60 and balance_after = 60 and time_entry_id = " + day.getId()));
        assertEquals(1L, count("select count(*) from alert where organization_id = " + customer.organizationId
                + " and type = 'HOURS_LOW'"), "B5: the balance reached the 1 h threshold");

        // 70 night minutes charge 140 package minutes: more than the 60 left, no overage: invoiced instead
        var night = as("agent", ticketBilling).logTime(ticket.getId(), tehran("22:00"), tehran("23:10"),
                org.deskline.billing.entity.ServiceType.TRAINING, null);
        assertEquals(org.deskline.billing.entity.Coverage.INVOICE, night.getCoverage());
        assertEquals(new java.math.BigDecimal("140.00"), night.getAmount().amount(), "70 min x 2 at 60 EUR/h");
        assertEquals(60L, count("select balance_minutes from hours_package where id = " + pack.getId()));
        assertEquals(1L, count("select count(*) from time_entry_part where time_entry_id = " + night.getId()
                + " and rate = 'NIGHT' and billed_minutes = 70"));

        // a 5-minute backup under the active subscription: free support, 10 minutes recorded
        var backup = as("agent", ticketBilling).logTime(ticket.getId(), tehran("12:00"), tehran("12:05"),
                org.deskline.billing.entity.ServiceType.BACKUP, null);
        assertEquals(org.deskline.billing.entity.Coverage.FREE, backup.getCoverage());
        assertEquals(10, backup.getBilledMinutes());
        assertEquals(0, backup.getAmount().amount().signum());
        assertEquals(1L, count("select count(*) from alert where organization_id = " + customer.organizationId
                + " and type = 'HOURS_LOW'"), "alerted once");

        // the customer sees exactly these, and the statement adds up from its lines
        var seen = customerBilling.timeEntries(customer.apiClient, ticket.getId(), null, null);
        assertEquals(List.of(day.getId(), backup.getId(), night.getId()), seen.stream()
                .map(org.deskline.billing.entity.TimeEntry::getId).toList());
        for (var e : seen) {
            assertEquals(e.getAmount().amount(), e.getParts().stream().map(
                    org.deskline.billing.entity.TimeEntryPart::getAmount).reduce(java.math.BigDecimal.ZERO,
                    java.math.BigDecimal::add).setScale(2), "B4: an entry's amount is the sum of its parts");
        }

        // B7: the invoice of the day holds the invoiced entry only; its total is the sum of its lines
        var invoice = as("accounts", invoicing).issueInvoice(customer.organizationId, tehran("00:00"), tehran("23:59"));
        assertEquals(List.of(night.getId()), invoice.getLines().stream()
                .map(org.deskline.billing.entity.InvoiceLine::getTimeEntryId).toList());
        assertEquals(new java.math.BigDecimal("140.00"), invoice.getTotal().amount());
        assertEquals("to", assertThrows(DeskException.class, () -> as("accounts", invoicing)
                .issueInvoice(customer.organizationId,
                tehran("00:00"), tehran("23:59"))).field(), "nothing is invoiced twice");
        assertEquals("amount", assertThrows(DeskException.class, () -> as("accounts", invoicing)
                .recordPayment(invoice.getId(),
                org.deskline.billing.entity.Money.of("140.01", "EUR"), "bank 1")).field());
        as("accounts", invoicing)
                .recordPayment(invoice.getId(), org.deskline.billing.entity.Money.of("100.00", "EUR"), "bank 1");
        var paid = as("accounts", invoicing)
                .recordPayment(invoice.getId(), org.deskline.billing.entity.Money.of("40.00", "EUR"),
                "bank 2");
        assertEquals(org.deskline.billing.entity.Invoice.Status.PAID, paid.getStatus());
        assertEquals(2, customerBilling.payments(customer.apiClient, invoice.getId()).size());
        Customer other = newCustomer();
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(DeskException.class, () -> customerBilling.invoice(
                other.apiClient, invoice.getId())).code());
        assertTrue(customerBilling.invoices(other.apiClient).isEmpty());

        // B6 after B7: the paid night entry is disputed and corrected to 35 minutes; the next invoice credits 70.00
        var dispute = customerBilling.dispute(customer.apiClient, night.getId(), "Training ended at 22:35.");
        as("manager", disputes).settle(dispute.getId(), false, 35L, "Agreed.");
        var credit = as("accounts", invoicing)
                .issueInvoice(customer.organizationId, tehran("23:59"), tehran("23:59").plusSeconds(3600));
        assertEquals(1, credit.getLines().size());
        assertTrue(credit.getLines().get(0).getDescription().startsWith("correction of time entry " + night.getId()));
        assertEquals(new java.math.BigDecimal("-70.00"), credit.getTotal().amount());
        assertEquals(org.deskline.billing.entity.Invoice.Status.PAID, credit.getStatus(), "a credit, settled");
        assertEquals("to", assertThrows(DeskException.class, () -> as("accounts", invoicing)
                .issueInvoice(customer.organizationId,
                tehran("23:59"), tehran("23:59").plusSeconds(3600))).field(), "credited once");
    }

    @Test
    void b8_a_development_request_goes_to_rnd_without_a_proposal_or_to_paid_development() throws Exception {
        Customer customer = newCustomer();
        long id = tickets.open(customer.apiClient, new NewTicket(customer.projectCode,
                org.deskline.ticket.entity.TicketKind.DEVELOPMENT_REQUEST, "Dark mode", Category.SALES, null,
                "Please add a dark mode", false)).getId();
        long support = tickets.open(customer.apiClient, ticket(customer.projectCode, "Not a feature", false)).getId();
        assertEquals("route", assertThrows(DeskException.class, () -> as("agent", ticketBilling).routeFeatureRequest(support,
                org.deskline.billing.entity.FeatureRoute.RND)).field());
        as("agent", ticketBilling).routeFeatureRequest(id, org.deskline.billing.entity.FeatureRoute.RND);
        java.time.Instant validUntil = java.time.Instant.now().plus(java.time.Duration.ofDays(7));
        DeskException noDate = assertThrows(DeskException.class, () -> as("agent", agents).propose(id, "Dark mode",
                new java.math.BigDecimal("20"), new java.math.BigDecimal("1500.00"), "EUR", validUntil));
        assertEquals("B8", noDate.rule());
        assertEquals(org.deskline.billing.entity.FeatureRoute.RND, tickets.get(customer.apiClient, id)
                .getFeatureRoute());
        as("agent", ticketBilling).routeFeatureRequest(id, org.deskline.billing.entity.FeatureRoute.PAID_DEVELOPMENT);
        assertNotNull(as("agent", agents).propose(id, "Dark mode", new java.math.BigDecimal("20"),
                new java.math.BigDecimal("1500.00"), "EUR", validUntil));
    }

    @Test
    void b1_paid_work_without_subscription_or_package_is_refused_and_nothing_is_written() throws Exception {
        Customer customer = newCustomer();
        Ticket ticket = tickets.open(customer.apiClient, ticket(customer.projectCode, "Unpaid", false));
        long before = count("select count(*) from time_entry");
        DeskException refused = assertThrows(DeskException.class, () -> as("agent", ticketBilling).logTime(ticket.getId(),
                tehran("10:00"), tehran("11:00"), org.deskline.billing.entity.ServiceType.TRAINING, null));
        assertEquals(ErrorCode.NOT_COVERED, refused.code());
        assertEquals("B1", refused.rule());
        assertEquals(before, count("select count(*) from time_entry"));
        DeskException backwards = assertThrows(DeskException.class, () -> as("agent", ticketBilling).logTime(ticket.getId(),
                tehran("11:00"), tehran("10:00"), org.deskline.billing.entity.ServiceType.TRAINING, null));
        assertEquals("end", backwards.field());
    }

    /** B5: a package with time left is announced once, 14 days (DESK_HOURS_EXPIRY_WARN_DAYS) before its last day. */
    @Test
    void b5_an_hours_package_about_to_expire_with_time_left_is_announced_once() throws Exception {
        Customer customer = newCustomer();
        var rate = org.deskline.billing.entity.Money.of("60.00", "EUR");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tehran"));
        var soon = as("it", subscriptionDesk)
                .sellHours(customer.organizationId, "Ends soon", 5, rate, today.plusDays(5), false, 1);
        var later = as("it", subscriptionDesk)
                .sellHours(customer.organizationId, "Ends later", 5, rate, today.plusDays(60), false, 1);
        var open = as("it", subscriptionDesk).sellHours(customer.organizationId, "No end", 5, rate, null, false, 1);
        assertTrue(hoursCheck.due().contains(soon.getId()));
        assertFalse(hoursCheck.due().contains(later.getId()) || hoursCheck.due().contains(open.getId()));
        for (var p : List.of(soon, later, open, soon)) {
            hoursCheck.check(p.getId()); // the sweep does this every few seconds; twice for the one due
        }
        String expiring = "select count(*) from alert where organization_id = " + customer.organizationId
                + " and type = 'HOURS_EXPIRING'";
        assertEquals(1L, count(expiring), "announced once, for the package that ends within the warning days");
        assertEquals(1L, count(expiring + " and payload like '%\"packageId\":" + soon.getId() + ",%' and payload like '%"
                + today.plusDays(5) + "%'"));
        assertFalse(hoursCheck.due().contains(soon.getId()), "not due again");
    }

    @Test
    void b6_a_disputed_entry_is_corrected_by_a_manager_and_the_package_follows_tenants_apart() throws Exception {
        Customer customer = newCustomer();
        Customer other = newCustomer();
        var pack = as("it", subscriptionDesk)
                .sellHours(customer.organizationId, "IT hours", 10, org.deskline.billing.entity.Money.of(
                "60.00", "EUR"), null, false, 1);
        Ticket ticket = tickets.open(customer.apiClient, ticket(customer.projectCode, "Disputed work", false));
        var entry = as("agent", ticketBilling).logTime(ticket.getId(), tehran("09:00"), tehran("10:00"),
                org.deskline.billing.entity.ServiceType.CONFIGURATION, null);
        assertEquals(540L, count("select balance_minutes from hours_package where id = " + pack.getId()));

        DeskException foreign = assertThrows(DeskException.class, () -> customerBilling.dispute(other.apiClient,
                entry.getId(), "not ours"));
        DeskException missing = assertThrows(DeskException.class, () -> customerBilling.dispute(other.apiClient,
                Long.MAX_VALUE, "not ours"));
        assertEquals(ErrorCode.NOT_FOUND, foreign.code());
        assertEquals(missing.getMessage().replace(String.valueOf(Long.MAX_VALUE), "#"),
                foreign.getMessage().replace(String.valueOf(entry.getId()), "#"),
                "a foreign id reads like a missing one");
        assertTrue(customerBilling.timeEntries(other.apiClient, ticket.getId(), null, null).isEmpty());

        var dispute = customerBilling.dispute(customer.apiClient, entry.getId(), "We worked on it for 30 minutes.");
        assertEquals(1L, count("select count(*) from alert where organization_id = " + customer.organizationId
                + " and type = 'TIME_DISPUTED'"));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(DeskException.class, () -> customerBilling.dispute(
                customer.apiClient, entry.getId(), "again")).code());
        assertEquals("correctedMinutes", assertThrows(DeskException.class, () -> as("manager", disputes)
                .settle(dispute.getId(),
                false, 61L, "more than billed")).field());

        as("manager", disputes).settle(dispute.getId(), false, 30L, "Agreed: 30 minutes.");
        assertEquals(570L, count("select balance_minutes from hours_package where id = " + pack.getId()),
                "60 given back, 30 taken");
        assertEquals(1L, count("select count(*) from time_entry where id = " + entry.getId()
                + " and state = 'CORRECTED' and worked_minutes = 30 and amount = 30"));
        assertEquals(1L, count("select count(*) from time_dispute where id = " + dispute.getId()
                + " and state = 'CORRECTED' and resolved_by = 'manager' and minutes_before = 60"
                + " and minutes_after = 30"));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(DeskException.class, () -> as("manager", disputes)
                .settle(
                dispute.getId(), true, null, "again")).code());
    }

    @Test
    void b1_the_expiry_watch_moves_subscriptions_on_their_dates_and_renewal_and_plan_changes_follow_the_rules()
            throws Exception {
        Customer customer = newCustomer();
        String basic = billingPlan(1);
        String premium = billingPlan(2);
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tehran"));
        var expired = as("it", subscriptionDesk).subscribe(customer.organizationId, basic, today.minusMonths(13));
        var ending = as("it", subscriptionDesk).subscribe(customer.organizationId, premium, today.minusMonths(12).plusDays(10));

        awaitCount(1L, "select count(*) from subscription where id = " + expired.getId() + " and status = 'EXPIRED'");
        awaitCount(1L, "select count(*) from alert where organization_id = " + customer.organizationId
                + " and type = 'SUBSCRIPTION_EXPIRED'");
        awaitCount(1L, "select count(*) from alert where organization_id = " + customer.organizationId
                + " and type = 'SUBSCRIPTION_EXPIRING'");
        assertEquals(1L, count("select count(*) from subscription where id = " + ending.getId()
                + " and status = 'ACTIVE' and expiry_warned = true and next_check_at is not null"));

        // renewal of the expired one starts today; the running one continues without a gap
        var renewed = customerBilling.renew(customer.apiClient, expired.getId());
        assertEquals(today, renewed.getStartsOn());
        assertEquals(org.deskline.billing.entity.SubscriptionStatus.ACTIVE, renewed.getStatus());
        var endedOn = ending.getEndsOn();
        var continued = customerBilling.renew(customer.apiClient, ending.getId());
        assertEquals(ending.getStartsOn(), continued.getStartsOn(), "no gap: the subscription runs on");
        assertEquals(endedOn.plusDays(1).plusMonths(12).minusDays(1), continued.getEndsOn());

        // upgrade at once, downgrade waits for the next term; another kind or a foreign id is refused
        var upgraded = customerBilling.changePlan(customer.apiClient, expired.getId(), premium);
        assertEquals(premium, upgraded.getPlan().getCode());
        var downgraded = customerBilling.changePlan(customer.apiClient, expired.getId(), basic);
        assertEquals(premium, downgraded.getPlan().getCode());
        assertEquals(basic, downgraded.getNextPlan().getCode());
        Customer other = newCustomer();
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(DeskException.class, () -> customerBilling.renew(
                other.apiClient, expired.getId())).code());
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(DeskException.class, () -> customerBilling.renew(
                customer.apiClient, ending.getId())).code(), "a year ahead is too early to renew again");
        assertEquals(List.of("CREATED", "EXPIRED", "RENEWED", "UPGRADED", "DOWNGRADE_SCHEDULED"),
                customerBilling.history(customer.apiClient, expired.getId()).stream()
                        .map(org.deskline.billing.entity.SubscriptionEvent::getKind).toList());
    }

    @Test
    void b9_consent_is_recorded_on_the_ticket_before_production_work() throws Exception {
        Customer customer = newCustomer();
        Ticket ticket = tickets.open(customer.apiClient, ticket(customer.projectCode, "Fix data in production", false));
        assertEquals("consentBy", assertThrows(DeskException.class, () -> as("agent", ticketBilling)
                .recordConsent(ticket.getId(), " ",
                "update of 3 invoices")).field());
        as("agent", ticketBilling)
                .recordConsent(ticket.getId(), "Sara Rahimi (CFO)",
                        "May correct the 3 invoices of March in production.");
        assertEquals(1L, count("select count(*) from ticket where id = " + ticket.getId()
                + " and consent_by = 'Sara Rahimi (CFO)' and consent_at is not null"));
    }

    // ---- maintenance (M1) ----

    private static org.deskline.maintenance.boundary.BackupReports.Report backup(String project,
            org.deskline.maintenance.entity.BackupRetention.Tier tier, Instant takenAt, String location, String ref) {
        return new org.deskline.maintenance.boundary.BackupReports.Report(project, tier, takenAt, location, 1_000_000,
                "ab".repeat(32), ref);
    }

    @Test
    void m1_the_retention_check_alerts_each_violation_once_and_its_recovery_with_time_under_control()
            throws Exception {
        Customer customer = newCustomer();
        Customer other = newCustomer();
        String reporter = "it-backup-" + IDS.incrementAndGet();
        update("insert into api_client (id, organization_id, username, password_hash, active, created_at, purpose) "
                + "values (?, ?, ?, ?, ?, ?, ?)", IDS.incrementAndGet(), customer.organizationId, reporter, "unused",
                true, now(), "BACKUP");
        var daily = org.deskline.maintenance.entity.BackupRetention.Tier.DAILY;
        Instant now = Instant.now();
        Instant taken = now.minus(java.time.Duration.ofHours(2));
        var first = backups.report(reporter, backup(customer.projectCode, daily, taken, "eu-central", "r1"));
        assertEquals(first.getId(), backups.report(reporter, backup(customer.projectCode, daily, taken, "eu-central",
                "r1")).getId(), "a retry with the same reference is the first report");
        backups.report(reporter, backup(customer.projectCode, daily, taken, "me-south", "r2"));
        assertEquals("checksum", assertThrows(DeskException.class, () -> backups.report(reporter, new org.deskline
                .maintenance.boundary.BackupReports.Report(customer.projectCode, daily, taken, "us-east", 1, "XYZ",
                "r3"))).field());
        assertEquals("takenAt", assertThrows(DeskException.class, () -> backups.report(reporter, backup(
                customer.projectCode, daily, now.plus(java.time.Duration.ofDays(1)), "us-east", "r4"))).field());
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(DeskException.class, () -> backups.report(reporter, backup(
                other.projectCode, daily, taken, "us-east", "r5"))).code(), "another organization's project");

        backupCheck.check(customer.projectId, now);
        backupCheck.check(customer.projectId, now);
        String alerts = "select count(*) from alert where organization_id = " + customer.organizationId
                + " and type = ";
        assertEquals(1L, count(alerts + "'BACKUP_VIOLATION' and payload like '%MISSING_COPY/DAILY/us-east%'"),
                "once, however often the check runs");
        assertEquals(1L, count(alerts + "'BACKUP_VIOLATION' and payload like '%FEW_LOCATIONS/DAILY%'"));
        assertEquals(1L, count(alerts + "'BACKUP_VIOLATION' and payload like '%MISSING/WEEKLY%'"));
        assertTrue(backups.violations(reporter, customer.projectCode).stream()
                .anyMatch(v -> v.getViolation().equals("MISSING_COPY/DAILY/us-east")));

        backups.report(reporter, backup(customer.projectCode, daily, taken, "us-east", "r6"));
        backupCheck.check(customer.projectId, now);
        assertEquals(1L, count(alerts + "'BACKUP_RECOVERED' and payload like '%MISSING_COPY/DAILY/us-east%'"));
        assertEquals(1L, count(alerts + "'BACKUP_RECOVERED' and payload like '%FEW_LOCATIONS/DAILY%'"));
        assertFalse(backups.violations(reporter, customer.projectCode).stream()
                .anyMatch(v -> v.getViolation().startsWith("MISSING_COPY/DAILY")));

        // a day and more later without a new daily backup: stale
        backupCheck.check(customer.projectId, now.plus(java.time.Duration.ofHours(25)));
        assertEquals(1L, count(alerts + "'BACKUP_VIOLATION' and payload like '%STALE/DAILY%'"));
        // eight daily backups: the oldest is due for pruning and only then may be confirmed as pruned
        for (int i = 1; i <= 7; i++) {
            for (String location : List.of("eu-central", "me-south", "us-east")) {
                backups.report(reporter, backup(customer.projectCode, daily, taken.minus(java.time.Duration.ofDays(i)),
                        location, "old-" + i + "-" + location));
            }
        }
        assertEquals("backupId", assertThrows(DeskException.class, () -> backups.confirmPruned(reporter,
                List.of(first.getId()))).field(), "still within retention");
        backupCheck.check(customer.projectId, now);
        var prune = backups.pruningList(reporter, customer.projectCode);
        assertEquals(3, prune.size());
        assertTrue(prune.stream().allMatch(c -> c.getClientRef().startsWith("old-7-")));
        assertEquals(3, backups.confirmPruned(reporter, prune.stream()
                .map(org.deskline.maintenance.entity.BackupCopy::getId).toList()));
        assertTrue(backups.pruningList(reporter, customer.projectCode).isEmpty());
    }

    @Test
    void m2_m3_a_due_checkup_opens_one_ticket_even_after_missed_runs_and_an_open_one_is_alerted_overdue_once()
            throws Exception {
        Customer customer = newCustomer();
        planner.planAll(); // the watch does this every minute; here at once
        assertEquals(3L, count("select count(*) from maintenance_schedule where project_id = " + customer.projectId));
        long checkup = count("select id from maintenance_schedule where project_id = " + customer.projectId
                + " and kind = 'CHECKUP'");
        assertEquals(1L, count("select count(*) from maintenance_schedule where id = " + checkup
                + " and every_months = 6"), "M2: every six months");
        assertEquals(1L, count("select count(*) from maintenance_schedule where project_id = " + customer.projectId
                + " and kind = 'MAJOR_UPDATE' and every_months = 12"), "M3: a major update every year");
        // the server was down for a year: the runs due 367 and about 184 days ago were missed, one is due now
        Instant now = Instant.now();
        update("update maintenance_schedule set next_due_at = ? where id = ?",
                java.time.OffsetDateTime.ofInstant(now.minus(java.time.Duration.ofDays(367)), java.time.ZoneOffset.UTC),
                checkup);
        Ticket opened = maintenance.run(checkup, now);
        assertNotNull(opened);
        assertEquals(org.deskline.ticket.entity.TicketKind.CHECKUP, opened.getKind());
        assertTrue(opened.getTitle().startsWith("Six-monthly technical checkup"));
        assertNull(maintenance.run(checkup, now), "never twice");
        assertEquals(1L, count("select count(*) from ticket where project_id = " + customer.projectId
                + " and kind = 'CHECKUP'"));
        assertEquals(1L, count("select count(*) from alert where ticket_id = " + opened.getId()
                + " and type = 'MAINTENANCE_DUE'"));
        assertEquals(1L, count("select count(*) from maintenance_schedule where id = " + checkup
                + " and next_due_at > current_timestamp"), "the next run lies ahead");
        // still open two weeks and more after it was due: overdue, alerted once
        assertFalse(maintenance.checkOverdue(checkup, now));
        Instant later = now.plus(java.time.Duration.ofDays(20));
        assertTrue(maintenance.checkOverdue(checkup, later));
        assertFalse(maintenance.checkOverdue(checkup, later));
        assertEquals(1L, count("select count(*) from alert where ticket_id = " + opened.getId()
                + " and type = 'CHECKUP_OVERDUE'"));
    }

    @Test
    void m4_a_site_transfer_reminds_before_its_seven_working_days_end_and_expires_unless_answered()
            throws Exception {
        Customer silent = newCustomer();
        var transfer = as("agent", siteTransfers).start(silent.projectId);
        Ticket ticket = tickets.get(silent.apiClient, transfer.getTicketId());
        assertEquals(org.deskline.ticket.entity.TicketKind.SITE_TRANSFER, ticket.getKind(), "visible to the customer");
        assertTrue(transfer.getDeadlineAt().isAfter(transfer.getRemindAt()));
        assertTrue(java.time.Duration.between(transfer.getOpenedAt(), transfer.getDeadlineAt()).toDays() >= 7,
                "7 working days are at least 7 calendar days");
        assertEquals("projectId", assertThrows(DeskException.class, () -> as("agent", siteTransfers)
                .start(silent.projectId)).field(), "one site transfer per project");
        // seed 000: the form waits for the customer; support owes no answer, so no clock runs and T6 waits for the deadline
        assertEquals(TicketStatus.WAITING_FOR_CUSTOMER, ticket.getStatus());
        assertTrue(ticket.getAutoCloseAt().isAfter(transfer.getDeadlineAt()), "no auto-close before the deadline");
        assertEquals(0L, count("select count(*) from sla_metric where ticket_id = " + transfer.getTicketId()));

        String alertsOf = "select count(*) from alert where ticket_id = " + transfer.getTicketId() + " and type = ";
        siteTransfers.check(transfer.getTicketId(), transfer.getRemindAt().minusSeconds(1));
        assertEquals(0L, count(alertsOf + "'SITE_TRANSFER_REMINDER'"));
        siteTransfers.check(transfer.getTicketId(), transfer.getRemindAt());
        siteTransfers.check(transfer.getTicketId(), transfer.getRemindAt().plusSeconds(60));
        assertEquals(1L, count(alertsOf + "'SITE_TRANSFER_REMINDER'"), "reminded once");
        siteTransfers.check(transfer.getTicketId(), transfer.getDeadlineAt());
        assertEquals(1L, count(alertsOf + "'SITE_TRANSFER_EXPIRED'"));
        assertTrue(tickets.conversation(silent.apiClient, transfer.getTicketId()).stream()
                .anyMatch(m -> m.getBody().contains("no longer keep the copy on our staging space")),
                "the customer reads it on the ticket");

        Customer answering = newCustomer();
        var answered = as("agent", siteTransfers).start(answering.projectId);
        tickets.reply(answering.apiClient, answered.getTicketId(), "Registrar: example; hosting access attached.");
        assertEquals(0L, count("select count(*) from sla_metric where ticket_id = " + answered.getTicketId()),
                "the answer starts no support clock either");
        var after = siteTransfers.check(answered.getTicketId(), answered.getDeadlineAt());
        assertNotNull(after.getAnsweredAt());
        assertEquals(0L, count("select count(*) from alert where ticket_id = " + answered.getTicketId()
                + " and type in ('SITE_TRANSFER_EXPIRED', 'SITE_TRANSFER_REMINDER')"));
    }

    @Test
    void m1_m2_m3_policies_and_schedules_are_configured_per_project() throws Exception {
        Customer customer = newCustomer();
        String reporter = "it-backup-" + IDS.incrementAndGet();
        update("insert into api_client (id, organization_id, username, password_hash, active, created_at, purpose) "
                + "values (?, ?, ?, ?, ?, ?, ?)", IDS.incrementAndGet(), customer.organizationId, reporter, "unused",
                true, now(), "BACKUP");
        Instant now = Instant.now();
        var daily = org.deskline.maintenance.entity.BackupRetention.Tier.DAILY;
        for (String location : List.of("eu-central", "me-south", "ap-east")) {
            backups.report(reporter, backup(customer.projectCode, daily, now.minusSeconds(600), location,
                    "c-" + location));
        }
        assertEquals("minLocations", assertThrows(DeskException.class, () -> backupAdmin.updatePolicy(
                customer.projectId, "eu-central, me-south, ap-east", 4, new int[] {7, 4, 12, 3},
                new int[] {26, 192, 768, 2976})).field());
        // M1, seed 001: three geographic places is the floor: neither fewer required places nor fewer listed ones
        assertEquals("minLocations", assertThrows(DeskException.class, () -> backupAdmin.updatePolicy(
                customer.projectId, "eu-central, me-south, ap-east", 2, new int[] {7, 4, 12, 3},
                new int[] {26, 192, 768, 2976})).field());
        assertEquals("locations", assertThrows(DeskException.class, () -> backupAdmin.updatePolicy(
                customer.projectId, "eu-central, me-south", 2, new int[] {7, 4, 12, 3},
                new int[] {26, 192, 768, 2976})).field());
        assertEquals("locations", assertThrows(DeskException.class, () -> backupAdmin.updatePolicy(
                customer.projectId, "EU Central, b, c", 3, new int[] {7, 4, 12, 3}, new int[] {26, 192, 768, 2976}))
                .field());
        backupAdmin.updatePolicy(customer.projectId, "eu-central, me-south, ap-east", 3, new int[] {7, 4, 12, 3},
                new int[] {26, 192, 768, 2976});
        var verdict = backupCheck.check(customer.projectId, now);
        assertTrue(verdict.violations().stream().noneMatch(v -> v.key().startsWith("MISSING_COPY/DAILY")
                || v.key().equals("FEW_LOCATIONS/DAILY")), "these three locations are the project's policy now");

        planner.planAll();
        long checkup = count("select id from maintenance_schedule where project_id = " + customer.projectId
                + " and kind = 'CHECKUP'");
        assertEquals("everyMonths", assertThrows(DeskException.class, () -> backupAdmin.reschedule(checkup, 0,
                now)).field());
        backupAdmin.reschedule(checkup, 3, now.minusSeconds(3600));
        assertNotNull(maintenance.run(checkup, now), "due by its new schedule");
        assertEquals(1L, count("select count(*) from maintenance_schedule where id = " + checkup
                + " and every_months = 3 and next_due_at > current_timestamp"));
    }

    private record Customer(long organizationId, long projectId, String projectCode, String apiClient) {
    }

    private static NewTicket ticket(String projectCode, String title, boolean emergency) {
        return new NewTicket(projectCode, null, title, Category.TECHNICAL, null, "Steps to reproduce: ...", emergency);
    }

    private Customer newCustomer() throws Exception {
        return newCustomer("BASIC");
    }

    /** A custom 24/7 plan offering NORMAL only, with these targets in seconds (S1). */
    private static List<CalendarOpening> satToWed(int from, int to) {
        return java.util.stream.Stream.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY,
                java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY)
                .map(d -> new CalendarOpening(d, from, to)).toList();
    }

    private static PlanDraft businessHoursPlan(String code, String calendarCode, java.time.Duration response) {
        return new PlanDraft(code, "Business hours " + code, org.deskline.sla.entity.SlaPlan.Coverage.BUSINESS_HOURS,
                org.deskline.sla.entity.SlaPlan.UnofferedPriority.DOWNGRADE, java.time.Duration.ofHours(1),
                calendarCode, List.of(new org.deskline.sla.entity.PlanTarget(Priority.NORMAL, response,
                response.multipliedBy(5))), java.util.Map.of());
    }

    private static String customPlan(String prefix, String unoffered, long responseSeconds, long resolutionSeconds)
            throws Exception {
        String plan = prefix + IDS.incrementAndGet();
        update("insert into sla_plan (code, name, coverage, unoffered, next_response_seconds) values (?, ?, ?, ?, ?)",
                plan, prefix, "ALL_DAY", unoffered, 3600);
        update("insert into sla_plan_target (plan_code, priority, response_seconds, resolution_seconds) "
                + "values (?, ?, ?, ?)", plan, "NORMAL", responseSeconds, resolutionSeconds);
        return plan;
    }

    private Customer newCustomer(String plan) throws Exception {
        long org = IDS.incrementAndGet();
        long project = IDS.incrementAndGet();
        long client = IDS.incrementAndGet();
        String code = "P" + project;
        String apiClient = "it-client-" + client;
        try (var c = dataSource().getConnection()) {
            exec(c, "insert into organization (id, name, created_at, sla_plan_code) values (?, ?, ?, ?)", org,
                    "Org " + org, now(), plan);
            exec(c, "insert into project (id, organization_id, code, name, created_at) values (?, ?, ?, ?, ?)",
                    project, org, code, "Project " + project, now());
            exec(c, "insert into api_client (id, organization_id, username, password_hash, active, created_at) "
                    + "values (?, ?, ?, ?, ?, ?)", client, org, apiClient, "unused-here", true, now());
        }
        return new Customer(org, project, code, apiClient);
    }

    /** A PBKDF2 hash as the platform's default wrote it before issue 16: SHA-256, 2,048 iterations. */
    private static String oldHash(String secret) throws Exception {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(secret.toCharArray(), salt, 2_048, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:2048:" + java.util.Base64.getEncoder().encodeToString(salt) + ":"
                + java.util.Base64.getEncoder().encodeToString(key);
    }

    private static void update(String sql, Object... params) throws Exception {
        try (var c = dataSource().getConnection()) {
            exec(c, sql, params);
        }
    }

    private static java.time.OffsetDateTime now() {
        return java.time.OffsetDateTime.now();
    }

    private static void exec(java.sql.Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("java:app/jdbc/deskline");
    }

    private static long count(String sql) throws Exception {
        try (var c = dataSource().getConnection(); var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private static void awaitCount(long expected, String sql) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        long actual = count(sql);
        while (actual != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            actual = count(sql);
        }
        assertEquals(expected, actual, sql);
    }
}

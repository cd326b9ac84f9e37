package org.deskline.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.deskline.alert.control.BrokerSettings;
import org.deskline.sla.boundary.SlaAdmin;
import org.deskline.sla.control.PlanDraft;
import org.deskline.sla.entity.CalendarOpening;
import org.deskline.testsupport.Deployments;
import org.deskline.testsupport.SignedIn;
import org.deskline.ticket.boundary.AgentDesk;
import org.deskline.ticket.boundary.CustomerTickets;
import org.deskline.ticket.control.NewTicket;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.control.TicketFilter;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the in-server test classes share: one deployment (a real Payara Micro: JPA on the configured database, run
 * once on H2 and once on a real PostgreSQL, Flyway, EJB transactions, the alert outbox, the relay and the broker),
 * the services they call, signing in, and the fixtures. Test data is written through the services, or with plain
 * JDBC under ids far above the sequences' range where no service writes it. Each subclass boots one server (20-35 s),
 * so the tests are grouped by feature into a few classes, not one class each.
 */
@ExtendWith(ArquillianExtension.class)
abstract class InServerTest {

    static final AtomicLong IDS = new AtomicLong(900_000_000L + (System.nanoTime() % 1_000_000) * 100);

    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClasses(InServerTest.class, org.deskline.testsupport.FixedStartClock.class);
    }

    @Inject
    CustomerTickets tickets;

    @Inject
    BrokerSettings broker;

    @Inject
    AgentDesk agents;

    @Inject
    org.deskline.ticket.boundary.BulkDesk bulk;

    @Inject
    org.deskline.ticket.boundary.CannedReplies cannedReplies;

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
    org.deskline.sla.boundary.SlaBoard slaBoard;

    @Inject
    org.deskline.sla.boundary.ShippedHolidays shippedHolidays;

    @Inject
    org.deskline.sla.boundary.DevelopmentClockAdoption adoption;

    @Inject
    org.deskline.knowledge.boundary.KnowledgeDesk knowledgeDesk;

    @Inject
    org.deskline.knowledge.boundary.CustomerKnowledge customerKnowledge;

    @Inject
    org.deskline.knowledge.boundary.SearchTextUpgrade searchTextUpgrade;

    @Inject
    org.deskline.organization.boundary.CustomerProjects customerProjects;

    /** The server's clock, starting at a fixed moment (FixedStartClock): the tests read "now" where the code does. */
    @Inject
    java.time.Clock clock;

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
    org.deskline.sla.control.SupportPlanRefresh supportPlans;

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
    void as(String user) {
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

    static long accounts(String user) {
        try {
            return count("select count(*) from staff_user where username = '" + user + "'");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Signs in as {@code user} ({@link #as(String)}) and hands back the bean to call as them. */
    <T> T as(String user, T bean) {
        as(user);
        return bean;
    }

    /** Signs in as a new staff member of this role and tier (created by the administrator); returns the name. */
    String staff(String prefix, org.deskline.security.entity.StaffRole role,
                         org.deskline.security.entity.Tier tier) {
        String name = prefix + "-" + IDS.incrementAndGet();
        signInAsTheAdministrator();
        staffAdmin.create(name, "Staff " + name, role, tier, null, SignedIn.STAFF_PASSWORD);
        SignedIn.as(request, security, name, SignedIn.STAFF_PASSWORD);
        return name;
    }

    /** Whether the ticket's conversation, as the customer system reads it, has the message (by anyone if null). */
    boolean said(Customer customer, Ticket ticket, String author, String body) {
        return tickets.conversation(customer.apiClient, ticket.getId()).stream()
                .anyMatch(m -> body.equals(m.getBody()) && (author == null || author.equals(m.getAuthor())));
    }

    /** B5: a package's balance, as the customer system reads it. */
    long balance(Customer customer, long packageId) {
        return customerBilling.packages(customer.apiClient).stream().filter(p -> p.getId() == packageId).findFirst()
                .orElseThrow().getBalanceMinutes();
    }

    /** B4: one time entry of a ticket, as the customer system reads it. */
    org.deskline.billing.entity.TimeEntry entryOf(Customer customer, long ticketId, long entryId) {
        return customerBilling.timeEntries(customer.apiClient, ticketId, null, null).stream()
                .filter(e -> e.getId() == entryId).findFirst().orElseThrow();
    }

    /** B1: one subscription, as the customer system reads it. */
    org.deskline.billing.entity.Subscription subscriptionOf(Customer customer, long subscriptionId) {
        return customerBilling.subscriptions(customer.apiClient).stream().filter(s -> s.getId() == subscriptionId)
                .findFirst().orElseThrow();
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(what);
            }
            Thread.sleep(100);
        }
    }

    String envelope(String id) {
        return "{\"schema\":\"deskline.alert/1\",\"alertId\":\"" + id + "\",\"type\":\"TICKET_CREATED\","
                + "\"severity\":\"INFO\",\"occurredAt\":\"" + clock.instant() + "\"}";
    }

    static void insertAlert(String id, Long ticketId, java.time.OffsetDateTime at, String payload)
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

    static TicketFilter filter(java.util.Set<TicketStatus> statuses, Category category, int page, int size) {
        return new TicketFilter(statuses, null, null, category, null, null, page, size);
    }

    /** A Tuesday in the billing calendar's zone (Asia/Tehran, +03:30), far from any holiday a test adds. */
    static Instant tehran(String localTime) {
        return java.time.LocalDateTime.parse("2031-03-11T" + localTime).atZone(java.time.ZoneId.of("Asia/Tehran"))
                .toInstant();
    }

    String billingPlan(int rank) {
        String code = "IT-SUP-" + IDS.incrementAndGet();
        planCatalog.definePlan(code, "IT support " + rank, org.deskline.billing.entity.PlanKind.SUPPORT, 12,
                org.deskline.billing.entity.Money.of("1200.00", "EUR"),
                org.deskline.billing.entity.Money.of("60.00", "EUR"), rank);
        return code;
    }

    static org.deskline.maintenance.boundary.BackupReports.Report backup(String project,
            org.deskline.maintenance.entity.BackupRetention.Tier tier, Instant takenAt, String location, String ref) {
        return new org.deskline.maintenance.boundary.BackupReports.Report(project, tier, takenAt, location, 1_000_000,
                "ab".repeat(32), ref);
    }

    /** A customer organization with one project and its ERP client, made for one test. */
    static final class Customer {

        final long organizationId;
        final long projectId;
        final String projectCode;
        final String apiClient;

        Customer(long organizationId, long projectId, String projectCode, String apiClient) {
            this.organizationId = organizationId;
            this.projectId = projectId;
            this.projectCode = projectCode;
            this.apiClient = apiClient;
        }
    }

    static NewTicket ticket(String projectCode, String title, boolean emergency) {
        return new NewTicket(projectCode, null, title, Category.TECHNICAL, null, "Steps to reproduce: ...", emergency);
    }

    Customer newCustomer() throws Exception {
        return newCustomer("BASIC");
    }

    /** A custom 24/7 plan offering NORMAL only, with these targets in seconds (S1). */
    static List<CalendarOpening> satToWed(int from, int to) {
        return java.util.stream.Stream.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY,
                java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY)
                .map(d -> new CalendarOpening(d, from, to)).toList();
    }

    static PlanDraft businessHoursPlan(String code, String calendarCode, java.time.Duration response) {
        return new PlanDraft(code, "Business hours " + code, org.deskline.sla.entity.SlaPlan.Coverage.BUSINESS_HOURS,
                org.deskline.sla.entity.SlaPlan.UnofferedPriority.DOWNGRADE, java.time.Duration.ofHours(1),
                calendarCode, List.of(new org.deskline.sla.entity.PlanTarget(Priority.NORMAL, response,
                response.multipliedBy(5))), java.util.Map.of());
    }

    static String customPlan(String prefix, String unoffered, long responseSeconds, long resolutionSeconds)
            throws Exception {
        String plan = prefix + IDS.incrementAndGet();
        // one transaction: the servers' plan cache (SupportPlans) reads the plan whole or not at all
        try (var c = dataSource().getConnection()) {
            c.setAutoCommit(false);
            exec(c, "insert into sla_plan (code, name, coverage, unoffered, next_response_seconds) "
                    + "values (?, ?, ?, ?, ?)", plan, prefix, "ALL_DAY", unoffered, 3600);
            exec(c, "insert into sla_plan_target (plan_code, priority, response_seconds, resolution_seconds) "
                    + "values (?, ?, ?, ?)", plan, "NORMAL", responseSeconds, resolutionSeconds);
            c.commit();
        }
        return plan;
    }

    /**
     * What an operator does after changing plans in SQL: counts the plans' cache generation up; then waits until
     * this server has read the plans again (SupportPlans looks once a second).
     */
    void plansChanged() throws Exception {
        update("update cache_generation set generation = generation + 1 where name = 'sla-plans'");
        long wanted = count("select generation from cache_generation where name = 'sla-plans'");
        awaitTrue(() -> supportPlans.loaded() >= wanted, "the support plans read again");
    }

    Customer newCustomer(String plan) throws Exception {
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
    static String oldHash(String secret) throws Exception {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(secret.toCharArray(), salt, 2_048, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:2048:" + java.util.Base64.getEncoder().encodeToString(salt) + ":"
                + java.util.Base64.getEncoder().encodeToString(key);
    }

    static void update(String sql, Object... params) throws Exception {
        try (var c = dataSource().getConnection()) {
            exec(c, sql, params);
        }
    }

    java.time.OffsetDateTime now() {
        return java.time.OffsetDateTime.now(clock);
    }

    static void exec(java.sql.Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("java:app/jdbc/deskline");
    }

    static long count(String sql) throws Exception {
        try (var c = dataSource().getConnection(); var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    /** The same with parameters (a time from the server's clock, never the database's own current_timestamp). */
    static long count(String sql, Object... params) throws Exception {
        try (var c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    /** Today in Tehran, by the server's clock. */
    java.time.LocalDate tehranToday() {
        return java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Tehran")));
    }

    /**
     * How many alerts of a type were recorded about a ticket (with every given text in their document), read as the
     * console's ticket page reads them ({@code AlertLog.ofTicket}).
     */
    long alerts(long ticketId, String type, String... inDocument) {
        return alertLog.ofTicket(ticketId).stream().filter(a -> a.getType().name().equals(type))
                .filter(a -> java.util.Arrays.stream(inDocument).allMatch(a.getPayload()::contains)).count();
    }

    /**
     * How many alerts of a type were recorded about an organization (with every given text in their document), read
     * through the console's alert log ({@code AlertLog.recent}, the newest 500 of the type).
     */
    long organizationAlerts(long organizationId, String type, String... inDocument) {
        return alertLog.recent(500, org.deskline.alert.entity.AlertType.valueOf(type), null, false).stream()
                .filter(a -> a.getOrganizationId() != null && a.getOrganizationId() == organizationId)
                .filter(a -> java.util.Arrays.stream(inDocument).allMatch(a.getPayload()::contains)).count();
    }

    /** Waits (up to 15 s) until {@link #alerts} counts {@code expected}. */
    void awaitAlerts(long expected, long ticketId, String type, String... inDocument) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        long actual = alerts(ticketId, type, inDocument);
        while (actual != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            actual = alerts(ticketId, type, inDocument);
        }
        assertEquals(expected, actual, type + " alerts of ticket " + ticketId);
    }

    static void awaitCount(long expected, String sql) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        long actual = count(sql);
        while (actual != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            actual = count(sql);
        }
        assertEquals(expected, actual, sql);
    }
}

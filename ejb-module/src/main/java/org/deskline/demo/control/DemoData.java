package org.deskline.demo.control;

import org.deskline.security.entity.StaffRole;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.deskline.alert.control.BrokerSecrets;
import org.deskline.alert.entity.Partner;
import org.deskline.billing.entity.Money;
import org.deskline.billing.entity.BillingPlan;
import org.deskline.billing.entity.HoursMovement;
import org.deskline.billing.entity.HoursPackage;
import org.deskline.billing.entity.PlanKind;
import org.deskline.billing.entity.Subscription;
import org.deskline.billing.entity.SubscriptionEvent;
import org.deskline.organization.entity.ApiClient;
import org.deskline.organization.entity.Contact;
import org.deskline.organization.entity.Organization;
import org.deskline.organization.entity.Project;
import org.deskline.security.control.Passwords;
import org.deskline.security.control.StaffAccounts;
import org.deskline.sla.entity.SlaPlan;
import org.deskline.sla.entity.CalendarOpening;
import org.deskline.sla.entity.PlanTarget;
import org.deskline.sla.entity.SlaCalendar;
import org.deskline.sla.entity.SupportPlan;
import org.deskline.sla.entity.TierRouting;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Priority;
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
    static final String DEMO_PLAN = "DEMO_STOPWATCH";
    /** Issue 20: the API clients of the organizations with 90 days of history ({@code demo.boundary.DemoHistory}). */
    public static final String CASPIAN_CLIENT = "erp-caspian";
    public static final String VOLGA_CLIENT = "erp-volga";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    StaffAccounts accounts;

    @Inject
    Clock clock;

    @Inject
    DemoArticles articles;

    @Inject
    @ConfigProperty(name = "desk.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "desk.demo.history", defaultValue = "true")
    boolean history;

    /** The demo's secrets, hashed before the seeding asks for them; each hash is handed out once. */
    private final Map<String, String> hashes = new HashMap<>();

    @PostConstruct
    void seed() {
        if (!demo) {
            return;
        }
        if (accounts.find("admin").isEmpty()) {
            // a first start: the 13-17 PBKDF2 hashes below (about 150 ms each) side by side on every core (issue 21)
            hashes.putAll(passwords.hashAll(demoSecrets()));
        }
        // one customer on Enterprise (24/7, every priority), one on Basic (business hours, low and normal only)
        seedCustomer("Demo Trading Co", "ENTERPRISE", "DEMO-SHOP", "Demo online shop", "Sara Rahimi",
                "sara@demo-trading.example", "erp-demo", "erp-demo-secret");
        seedCustomer("Northwind Logistics", "BASIC", "NW-PORTAL", "Northwind customer portal", "Ivan Petrov",
                "ivan@northwind.example", "erp-northwind", "erp-northwind-secret");
        if (history) {
            // issue 20: two more customers, whose last 90 days DemoHistory writes once the server has started
            seedCustomer("Caspian Retail", "ENTERPRISE", "CR-SHOP", "Caspian online shop", "Parisa Moradi",
                    "parisa@caspian-retail.example", CASPIAN_CLIENT, CASPIAN_CLIENT + "-secret",
                    "CR-POS", "Caspian point of sale", "CR-ERP", "Caspian back office");
            seedCustomer("Volga Freight", "BASIC", "VF-TMS", "Volga transport management", "Dmitry Orlov",
                    "dmitry@volga-freight.example", VOLGA_CLIENT, VOLGA_CLIENT + "-secret",
                    "VF-WMS", "Volga warehouse");
        }
        // a custom plan with targets of seconds, so SLA warnings and breaches can be watched live (S6)
        seedDemoPlan();
        seedBerlinCalendar();
        seedCustomer("Quickstep Labs", DEMO_PLAN, "QS-LAB", "Quickstep SLA lab", "Lea Wagner",
                "lea@quickstep.example", "erp-quickstep", "erp-quickstep-secret");
        // partners on the broker, each with the alerts of one organization on its own queue
        seedPartner("Demo Trading's monitoring", "partner-demo", "partner-demo-secret", "Demo Trading Co");
        seedPartner("Northwind's integrator", "partner-northwind", "partner-northwind-secret", "Northwind Logistics");
        seedBilling();
        articles.seed();
        seedCannedReplies();
        // issue 8: one console user per role; agents in tiers L1 and L2, with the console in Persian and Russian
        // the README's demo administrator, admin / admin: demo mode only (AdminBootstrap refuses such a password)
        seedStaff("admin", "Demo Administrator", StaffRole.ADMIN, null, null, "admin");
        seedStaff("manager", "Mina Ahmadi", StaffRole.MANAGER, null, null);
        seedStaff("agent1", "Reza Karimi", StaffRole.AGENT, Tier.L1, "fa");
        seedStaff("agent2", "Olga Smirnova", StaffRole.AGENT, Tier.L2, "ru");
        seedStaff("quality", "Quinn Baker", StaffRole.QUALITY_CONTROL, null, null);
        hashes.clear();
    }

    /** Every secret the seeding below hashes; one it misses is only hashed later, on its own. */
    private List<String> demoSecrets() {
        List<String> users = new ArrayList<>(List.of("erp-demo", "backup-demo", "erp-northwind", "backup-northwind",
                "erp-quickstep", "backup-quickstep", "partner-demo", "partner-northwind", "manager", "agent1",
                "agent2", "quality"));
        if (history) {
            users.addAll(List.of(CASPIAN_CLIENT, "backup-caspian", VOLGA_CLIENT, "backup-volga"));
        }
        List<String> secrets = new ArrayList<>(users.stream().map(u -> u + "-secret").toList());
        secrets.add("admin");
        return secrets;
    }

    private String hashOf(String secret) {
        String hash = hashes.remove(secret);
        return hash != null ? hash : passwords.hash(secret);
    }

    /** Whether the demo's history organizations are seeded, and their 90 days to be written (issue 20). */
    public boolean writesHistory() {
        return demo && history;
    }

    /** A demo console user with password {@code <username>-secret}. */
    private void seedStaff(String username, String name, StaffRole role, Tier tier, String locale) {
        seedStaff(username, name, role, tier, locale, username + "-secret");
    }

    private void seedStaff(String username, String name, StaffRole role, Tier tier, String locale, String password) {
        if (accounts.find(username).isPresent()) {
            return;
        }
        accounts.createHashed(username, hashOf(password), role).describe(role, tier, name, locale);
    }

    /**
     * B1/B5: support plans and a hosting plan; Demo Trading on Enterprise support for the year with 40 prepaid hours,
     * Northwind's Basic support ending in 20 days (the expiry warning fires), Quickstep's support expired, with a
     * 10-hour package (its paid work comes out of it; free support is not free any more).
     */
    private void seedBilling() {
        if (em.find(BillingPlan.class, "SUPPORT-BASIC") != null) {
            return;
        }
        var support = PlanKind.SUPPORT;
        var basic = new BillingPlan("SUPPORT-BASIC", "Basic support", support, 12,
                Money.of("1200.00", "EUR"),
                Money.of("60.00", "EUR"), 1);
        var enterprise = new BillingPlan("SUPPORT-ENTERPRISE", "Enterprise support",
                support, 12, Money.of("9600.00", "EUR"),
                Money.of("90.00", "EUR"), 2);
        var hosting = new BillingPlan("HOSTING-STANDARD", "Standard hosting",
                PlanKind.HOSTING, 12, Money.of("2400.00", "EUR"),
                Money.of("60.00", "EUR"), 1);
        em.persist(basic);
        em.persist(enterprise);
        em.persist(hosting);
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        subscribe("Demo Trading Co", enterprise, today.minusMonths(2));
        subscribe("Demo Trading Co", hosting, today.minusMonths(2));
        subscribe("Northwind Logistics", basic, today.plusDays(20).minusMonths(12).plusDays(1));
        subscribe("Quickstep Labs", basic, today.minusMonths(14));
        if (history) {
            // issue 20: the history's customers are under support all along, so their logged time is free or
            // invoiced (B1, B4)
            subscribe("Caspian Retail", enterprise, today.minusMonths(5));
            subscribe("Volga Freight", basic, today.minusMonths(7));
        }
        hours("Demo Trading Co", "40 hours 2026", 40, 5);
        hours("Quickstep Labs", "10 hours", 10, 2);
        LOG.info("Demo data: billing plans, subscriptions and hours packages");
    }

    private long organization(String name) {
        return em.createQuery("select o.id from Organization o where o.name = :n", Long.class)
                .setParameter("n", name).getResultStream().findFirst().orElseThrow();
    }

    private void subscribe(String organization, BillingPlan plan,
                           LocalDate startsOn) {
        var s = new Subscription(organization(organization), plan, startsOn,
                startsOn.plusMonths(plan.getTermMonths()).minusDays(1), 14);
        s.checkAt(clock.instant()); // the expiry watch sets status and next check at its first sweep
        em.persist(s);
        em.flush();
        em.persist(new SubscriptionEvent(s.getId(), clock.instant(), "CREATED", null, plan.getCode(), startsOn, "demo",
                null));
    }

    private void hours(String organization, String name, long hours, long low) {
        var p = new HoursPackage(organization(organization), name, hours * 60,
                Money.of("75.00", "EUR"), null, false, low * 60, clock.instant());
        em.persist(p);
        em.flush();
        em.persist(new HoursMovement(p.getId(), clock.instant(), hours * 60, hours * 60,
                null, "purchase of " + hours + " h", "demo"));
    }

    private void seedPartner(String name, String username, String secret, String organizationName) {
        if (!em.createQuery("select p.id from Partner p where p.username = :u", Long.class)
                .setParameter("u", username).getResultList().isEmpty()) {
            return;
        }
        Long organization = em.createQuery("select o.id from Organization o where o.name = :n", Long.class)
                .setParameter("n", organizationName).getResultStream().findFirst().orElseThrow();
        Partner partner = new Partner(name, username, hashOf(secret),
                BrokerSecrets.hash(secret), clock.instant());
        partner.grant(name, true, java.util.Set.of(organization), java.util.Set.of());
        em.persist(partner);
        LOG.info(() -> "Demo data: partner " + username + " receives the alerts of " + organizationName);
    }

    private void seedDemoPlan() {
        if (em.find(SupportPlan.class, DEMO_PLAN) != null) {
            return;
        }
        SupportPlan stopwatch = new SupportPlan(DEMO_PLAN, "Demo stopwatch", SlaPlan.Coverage.ALL_DAY,
                SlaPlan.UnofferedPriority.DOWNGRADE, Duration.ofSeconds(12), List.of(
                new PlanTarget(Priority.URGENT, Duration.ofSeconds(8), Duration.ofSeconds(40)),
                new PlanTarget(Priority.NORMAL, Duration.ofSeconds(12), Duration.ofSeconds(60)),
                new PlanTarget(Priority.LOW, Duration.ofSeconds(30), Duration.ofSeconds(120))))
                .withTierReaction(Tier.L1, Duration.ofSeconds(30))
                .withTierReaction(Tier.L2, Duration.ofSeconds(60))
                .withTierReaction(Tier.L3, Duration.ofSeconds(90));
        // S5: the stopwatch shows automatic escalation (off on every other plan) and a routed category
        stopwatch.setRouting(new TierRouting(true, java.util.Map.of(Category.SALES, Tier.L2), Tier.L2));
        em.persist(stopwatch);
        em.flush();
    }

    /** S2: a second business calendar, with a lunch break and holidays, to show in the console. */
    private void seedBerlinCalendar() {
        if (em.find(SlaCalendar.class, "BERLIN") != null) {
            return;
        }
        List<CalendarOpening> week = new java.util.ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.add(new CalendarOpening(day, 9 * 60, 12 * 60 + 30));
            week.add(new CalendarOpening(day, 13 * 60 + 30, 17 * 60));
        }
        SlaCalendar berlin = new SlaCalendar("BERLIN", "Berlin office (Mon-Fri, lunch 12:30-13:30)",
                ZoneId.of("Europe/Berlin"), week);
        berlin.putHoliday(LocalDate.of(2026, 12, 24), "Heiligabend");
        berlin.putHoliday(LocalDate.of(2026, 12, 25), "1. Weihnachtstag");
        berlin.putHoliday(LocalDate.of(2026, 12, 26), "2. Weihnachtstag");
        em.persist(berlin);
    }

    /** An organization with its first project, contact and API clients, and more projects (code, name, ...). */
    private void seedCustomer(String organizationName, String planCode, String projectCode, String projectName,
                              String contactName, String contactEmail, String apiUser, String apiSecret,
                              String... moreProjects) {
        boolean exists = !em.createNamedQuery(ApiClient.BY_USERNAME, ApiClient.class)
                .setParameter("username", apiUser).getResultList().isEmpty();
        if (exists) {
            return;
        }
        Instant now = clock.instant();
        Organization organization = new Organization(organizationName, now);
        organization.subscribeTo(planCode);
        em.persist(organization);
        Project project = new Project(organization, projectCode, projectName, now);
        em.persist(project);
        em.persist(new Contact(project, contactName, contactEmail));
        for (int i = 0; i + 1 < moreProjects.length; i += 2) {
            em.persist(new Project(organization, moreProjects[i], moreProjects[i + 1], now));
        }
        em.flush();
        em.persist(new ApiClient(organization, apiUser, hashOf(apiSecret), now));
        // M1: the organization's backup system reports its backups with an API client of its own
        String backupUser = "backup-" + apiUser.substring(apiUser.indexOf('-') + 1);
        em.persist(new ApiClient(organization, backupUser, hashOf(backupUser + "-secret"), now).forBackups());
        LOG.info(() -> "Demo data: organization '" + organizationName + "' (plan " + planCode + "), project "
                + projectCode + ", API client " + apiUser);
    }

    /** Issue 20: canned replies in the three languages, one for the L2 team only. */
    private void seedCannedReplies() {
        if (!em.createQuery("select c.id from CannedReply c", Long.class).setMaxResults(1).getResultList()
                .isEmpty()) {
            return;
        }
        java.time.Instant now = clock.instant();
        cannedReply("Need more details", "en", null, "Hello,\n\nthank you for ticket {ticket}. To look into it we "
                + "need the address of the page, what you did and what you saw. A screenshot helps.\n\n{agent}", now);
        cannedReply("درخواست جزئیات بیشتر", "fa", null, "سلام،\n\nاز تیکت {ticket} سپاسگزاریم. برای بررسی، نشانی "
                + "صفحه، کاری که انجام دادید و آنچه دیدید را بفرستید. تصویر صفحه کمک می‌کند.\n\n{agent}", now);
        cannedReply("Нужны подробности", "ru", null, "Здравствуйте!\n\nСпасибо за заявку {ticket}. Чтобы "
                + "разобраться, пришлите адрес страницы, что вы делали и что увидели. Снимок экрана поможет.\n\n"
                + "{agent}", now);
        cannedReply("Fix deployed to the project", "en", org.deskline.security.entity.Tier.L2, "Hello,\n\nthe fix "
                + "for ticket {ticket} is deployed to {project}. Please check and tell us if anything is still "
                + "wrong.\n\n{agent}", now);
    }

    private void cannedReply(String title, String language, org.deskline.security.entity.Tier tier, String body,
                             java.time.Instant at) {
        org.deskline.ticket.entity.CannedReply reply = new org.deskline.ticket.entity.CannedReply("demo", at);
        reply.write(title, body, language, tier, "demo", at);
        em.persist(reply);
    }
}

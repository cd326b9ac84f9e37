package org.deskline.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.control.NewTicket;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * Billing (B1-B9) and maintenance (M1-M4) in the server: time priced and paid, packages, invoices, disputes,
 * subscriptions; backups, checkups, updates and site transfers.
 */
class BillingMaintenanceInServerIT extends InServerTest {

    @Test
    void b4_b5_time_is_priced_by_shift_taken_from_the_package_weighted_and_the_low_balance_alert_fires_once()
            throws Exception {
        Customer customer = newCustomer();
        as("it", subscriptionDesk).subscribe(customer.organizationId, billingPlan(1), java.time.LocalDate.now(clock).minusDays(1));
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
        assertEquals(60L, balance(customer, pack.getId()));
        assertEquals(1L, customerBilling.movements(customer.apiClient, pack.getId()).stream().filter(m ->
                m.getMinutes() == -60 && m.getBalanceAfter() == 60 && day.getId().equals(m.getTimeEntryId())).count());
        assertEquals(1L, organizationAlerts(customer.organizationId, "HOURS_LOW"), "B5: the balance reached the 1 h threshold");

        // 70 night minutes charge 140 package minutes: more than the 60 left, no overage: invoiced instead
        var night = as("agent", ticketBilling).logTime(ticket.getId(), tehran("22:00"), tehran("23:10"),
                org.deskline.billing.entity.ServiceType.TRAINING, null);
        assertEquals(org.deskline.billing.entity.Coverage.INVOICE, night.getCoverage());
        assertEquals(new java.math.BigDecimal("140.00"), night.getAmount().amount(), "70 min x 2 at 60 EUR/h");
        assertEquals(60L, balance(customer, pack.getId()));
        assertEquals(1L, entryOf(customer, ticket.getId(), night.getId()).getParts().stream()
                .filter(part -> part.getRate().equals("NIGHT") && part.getBilledMinutes() == 70).count());

        // a 5-minute backup under the active subscription: free support, 10 minutes recorded
        var backup = as("agent", ticketBilling).logTime(ticket.getId(), tehran("12:00"), tehran("12:05"),
                org.deskline.billing.entity.ServiceType.BACKUP, null);
        assertEquals(org.deskline.billing.entity.Coverage.FREE, backup.getCoverage());
        assertEquals(10, backup.getBilledMinutes());
        assertEquals(0, backup.getAmount().amount().signum());
        assertEquals(1L, organizationAlerts(customer.organizationId, "HOURS_LOW"), "alerted once");

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
        java.time.Instant validUntil = clock.instant().plus(java.time.Duration.ofDays(7));
        DeskException noDate = assertThrows(DeskException.class, () -> as("agent", agents).propose(id, "Dark mode",
                new java.math.BigDecimal("20"), new java.math.BigDecimal("1500.00"), "EUR", validUntil));
        assertEquals("B8", noDate.rule());
        assertEquals(org.deskline.billing.entity.FeatureRoute.RND, customerBilling.ticketTerms(customer.apiClient,
                List.of(id)).get(id).getFeatureRoute());
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
        java.time.LocalDate today = tehranToday();
        var soon = as("it", subscriptionDesk)
                .sellHours(customer.organizationId, "Ends soon", 5, rate, today.plusDays(5), false, 1);
        var later = as("it", subscriptionDesk)
                .sellHours(customer.organizationId, "Ends later", 5, rate, today.plusDays(60), false, 1);
        var open = as("it", subscriptionDesk).sellHours(customer.organizationId, "No end", 5, rate, null, false, 1);
        assertFalse(hoursCheck.due().contains(later.getId()) || hoursCheck.due().contains(open.getId()));
        // the server's sweep (every 2 s here) may have announced the package already: checking again changes nothing
        for (var p : List.of(soon, later, open, soon)) {
            hoursCheck.check(p.getId());
        }
        assertEquals(1L, organizationAlerts(customer.organizationId, "HOURS_EXPIRING"),
                "announced once, for the package that ends within the warning days");
        assertEquals(1L, organizationAlerts(customer.organizationId, "HOURS_EXPIRING",
                "\"packageId\":" + soon.getId() + ",", today.plusDays(5).toString()));
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
        assertEquals(540L, balance(customer, pack.getId()));

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
        assertEquals(1L, organizationAlerts(customer.organizationId, "TIME_DISPUTED"));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(DeskException.class, () -> customerBilling.dispute(
                customer.apiClient, entry.getId(), "again")).code());
        assertEquals("correctedMinutes", assertThrows(DeskException.class, () -> as("manager", disputes)
                .settle(dispute.getId(),
                false, 61L, "more than billed")).field());

        as("manager", disputes).settle(dispute.getId(), false, 30L, "Agreed: 30 minutes.");
        assertEquals(570L, balance(customer, pack.getId()),
                "60 given back, 30 taken");
        var corrected = entryOf(customer, ticket.getId(), entry.getId());
        assertEquals(org.deskline.billing.entity.EntryState.CORRECTED, corrected.getState());
        assertEquals(30L, corrected.getWorkedMinutes());
        assertEquals(0, new java.math.BigDecimal("30").compareTo(corrected.getAmount().amount()));
        var settled = customerBilling.disputes(customer.apiClient).stream()
                .filter(d -> d.getId().equals(dispute.getId())).findFirst().orElseThrow();
        assertEquals(org.deskline.billing.entity.TimeDispute.State.CORRECTED, settled.getState());
        assertEquals("manager", settled.getResolvedBy());
        assertEquals(60L, settled.getMinutesBefore());
        assertEquals(30L, settled.getMinutesAfter());
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(DeskException.class, () -> as("manager", disputes)
                .settle(
                dispute.getId(), true, null, "again")).code());
    }

    @Test
    void b1_seed_003_past_its_grace_a_lapsed_organization_opens_no_support_ticket_but_an_emergency_still()
            throws Exception {
        Customer customer = newCustomer();
        var today = tehranToday();
        var lapsed = as("it", subscriptionDesk).subscribe(customer.organizationId, billingPlan(1),
                today.minusMonths(14));
        DeskException refused = assertThrows(DeskException.class, () -> tickets.open(customer.apiClient,
                ticket(customer.projectCode, "After the lapse", false)));
        assertEquals(ErrorCode.NOT_COVERED, refused.code());
        assertEquals("B1", refused.rule());
        assertTrue(refused.getMessage().contains("renewSubscription"), "the refusal says how to go on");
        assertEquals(0L, count("select count(*) from ticket where organization_id = " + customer.organizationId),
                "nothing written");
        Ticket emergency = tickets.open(customer.apiClient, ticket(customer.projectCode, "Site down after the lapse",
                true));
        assertNotNull(emergency, "an emergency is accepted whatever the subscription (seed 003: 24/7/365)");
        var served = as("agent", ticketBilling).logTime(emergency.getId(), tehran("10:00"), tehran("11:00"),
                org.deskline.billing.entity.ServiceType.BACKUP, "restored the site from its backup");
        assertEquals(org.deskline.billing.entity.Coverage.INVOICE, served.getCoverage(),
                "the emergency's work is billed, at the lapsed plan's rate");
        assertEquals(0, new java.math.BigDecimal("60").compareTo(served.getHourlyRate().amount()));
        assertTrue(served.getAmount().amount().signum() > 0, "an amount to invoice");
        assertNotNull(tickets.open(customer.apiClient, new NewTicket(customer.projectCode,
                org.deskline.ticket.entity.TicketKind.DEVELOPMENT_REQUEST, "A new landing page", Category.SALES, null,
                "Quoted and paid on its own.", false)), "a development request is quoted and paid on its own");

        customerBilling.renew(customer.apiClient, lapsed.getId());
        assertNotNull(tickets.open(customer.apiClient, ticket(customer.projectCode, "After the renewal", false)));

        Customer withHours = newCustomer();
        as("it", subscriptionDesk).subscribe(withHours.organizationId, billingPlan(1), today.minusMonths(14));
        as("it", subscriptionDesk).sellHours(withHours.organizationId, "Five hours", 5,
                org.deskline.billing.entity.Money.of("60.00", "EUR"), today.plusMonths(6), false, 1);
        assertNotNull(tickets.open(withHours.apiClient, ticket(withHours.projectCode, "Paid from hours", false)),
                "an hours package covers support after the subscription lapsed");
        Customer never = newCustomer();
        assertNotNull(tickets.open(never.apiClient, ticket(never.projectCode, "On the plan alone", false)),
                "an organization that never subscribed runs on its SLA plan");
    }

    @Test
    void b1_seed_003_a_support_subscription_puts_its_project_or_organization_on_the_sla_plan_it_sells()
            throws Exception {
        String orgPlan = customPlan("IT_ORG_", "DOWNGRADE", 3600, 7200);
        String sold = customPlan("IT_SOLD_", "DOWNGRADE", 600, 1200);
        Customer customer = newCustomer(orgPlan);
        String second = "Q" + IDS.incrementAndGet();
        customerAdmin.createProject(customer.organizationId, second, "Second site");
        Ticket before = tickets.open(customer.apiClient, ticket(second, "Opened before the subscription", false));
        Ticket other = tickets.open(customer.apiClient, ticket(customer.projectCode, "The other project", false));
        assertEquals(java.time.Duration.ofHours(1), firstResponseTarget(customer, before));

        var today = tehranToday();
        String code = "IT-SOLD-" + IDS.incrementAndGet();
        planCatalog.definePlan(code, "Sold with " + sold, org.deskline.billing.entity.PlanKind.SUPPORT, 12,
                org.deskline.billing.entity.Money.of("1200.00", "EUR"),
                org.deskline.billing.entity.Money.of("60.00", "EUR"), 3, sold);
        var subscription = as("it", subscriptionDesk).subscribe(customer.organizationId, second, code, today);
        assertEquals(second, subscription.getProject().getCode());
        assertEquals(java.time.Duration.ofMinutes(10), firstResponseTarget(customer, before),
                "the running clock took the sold plan's target");
        Ticket after = tickets.open(customer.apiClient, ticket(second, "Opened under the subscription", false));
        assertEquals(java.time.Duration.ofMinutes(10), firstResponseTarget(customer, after));
        assertEquals(java.time.Duration.ofHours(1), firstResponseTarget(customer, other),
                "the organization's other project keeps the organization's plan");
        assertEquals(orgPlan, customerSla.plan(customer.apiClient).getCode());

        // re-linking the billing plan moves every subscription in force on it
        planCatalog.revisePlan(code, "Sold with " + orgPlan, org.deskline.billing.entity.Money.of("1200.00", "EUR"),
                org.deskline.billing.entity.Money.of("60.00", "EUR"), 3, true, orgPlan);
        assertEquals(java.time.Duration.ofHours(1), firstResponseTarget(customer, after));

        // bad input: a foreign or missing project, an SLA plan that does not exist, a hosting plan selling one
        Customer stranger = newCustomer();
        DeskException foreign = assertThrows(DeskException.class, () -> as("it", subscriptionDesk).subscribe(
                customer.organizationId, stranger.projectCode, code, today));
        assertEquals(ErrorCode.NOT_FOUND, foreign.code());
        assertEquals("projectCode", foreign.field());
        DeskException missing = assertThrows(DeskException.class, () -> planCatalog.definePlan("IT-X-"
                + IDS.incrementAndGet(), "x", org.deskline.billing.entity.PlanKind.SUPPORT, 12,
                org.deskline.billing.entity.Money.of("1.00", "EUR"), org.deskline.billing.entity.Money.of("1.00",
                        "EUR"), 1, "NO_SUCH_SLA_PLAN"));
        assertEquals(ErrorCode.NOT_FOUND, missing.code());
        assertEquals("slaPlan", missing.field());
        DeskException hosting = assertThrows(DeskException.class, () -> planCatalog.definePlan("IT-H-"
                + IDS.incrementAndGet(), "x", org.deskline.billing.entity.PlanKind.HOSTING, 12,
                org.deskline.billing.entity.Money.of("1.00", "EUR"), org.deskline.billing.entity.Money.of("1.00",
                        "EUR"), 1, sold));
        assertEquals(ErrorCode.VALIDATION, hosting.code());
        assertEquals("slaPlan", hosting.field());
        DeskException twice = assertThrows(DeskException.class, () -> as("it", subscriptionDesk).subscribe(
                customer.organizationId, second, code, today));
        assertEquals(ErrorCode.VALIDATION, twice.code(), "one running subscription of a kind per project");
    }

    @Test
    void b1_seed_003_a_project_whose_own_subscription_lapsed_opens_no_support_ticket_its_sibling_still_does()
            throws Exception {
        Customer customer = newCustomer();
        String second = "Q" + IDS.incrementAndGet();
        customerAdmin.createProject(customer.organizationId, second, "Second site");
        var today = tehranToday();
        as("it", subscriptionDesk).subscribe(customer.organizationId, second, billingPlan(1), today.minusMonths(14));
        DeskException refused = assertThrows(DeskException.class, () -> tickets.open(customer.apiClient,
                ticket(second, "After the project's lapse", false)));
        assertEquals(ErrorCode.NOT_COVERED, refused.code());
        assertNotNull(tickets.open(customer.apiClient, ticket(customer.projectCode, "The sibling project", false)),
                "a project the lapsed subscription never covered is not refused for it");
        assertNotNull(tickets.open(customer.apiClient, ticket(second, "Site down", true)),
                "an emergency is accepted whatever the subscription (seed 003: 24/7/365)");
    }

    @Test
    void b1_m1_seed_003_backups_are_kept_only_while_support_is_active_a_lapsed_project_raises_no_violation()
            throws Exception {
        Customer customer = newCustomer();
        String reporter = "it-backup-" + IDS.incrementAndGet();
        update("insert into api_client (id, organization_id, username, password_hash, active, created_at, purpose) "
                + "values (?, ?, ?, ?, ?, ?, ?)", IDS.incrementAndGet(), customer.organizationId, reporter, "unused",
                true, now(), "BACKUP");
        var today = tehranToday();
        var lapsed = as("it", subscriptionDesk).subscribe(customer.organizationId, billingPlan(1),
                today.minusMonths(14));
        Instant now = clock.instant();
        backups.report(reporter, backup(customer.projectCode,
                org.deskline.maintenance.entity.BackupRetention.Tier.DAILY, now.minusSeconds(7200), "eu-central",
                "lapsed-1"));
        assertEquals(List.of(), backupCheck.check(customer.projectId, now).violations(),
                "support lapsed: the vendor keeps no obligation to alert");
        assertEquals(List.of(), backups.violations(reporter, customer.projectCode));
        DeskException transfer = assertThrows(DeskException.class, () -> siteTransfers.start(customer.projectId));
        assertEquals(ErrorCode.NOT_COVERED, transfer.code(), "the staging copy and its transfer need active support");
        assertEquals("B1", transfer.rule());

        customerBilling.renew(customer.apiClient, lapsed.getId());
        assertNotNull(siteTransfers.start(customer.projectId), "renewed: the site transfer starts");
        assertFalse(backupCheck.check(customer.projectId, now).violations().isEmpty(),
                "renewed: the copies missing in the other locations are violations again");
        assertFalse(backups.violations(reporter, customer.projectCode).isEmpty());
    }

    /** S1: the first-response target of a ticket's running clock, as the customer system reads it. */
    private java.time.Duration firstResponseTarget(Customer customer, Ticket ticket) {
        return customerSla.slaStatus(customer.apiClient, ticket.getId()).stream()
                .filter(s -> s.metric() == org.deskline.sla.entity.SlaMetricKind.FIRST_RESPONSE).findFirst()
                .orElseThrow().target();
    }

    @Test
    void b1_the_expiry_watch_moves_subscriptions_on_their_dates_and_renewal_and_plan_changes_follow_the_rules()
            throws Exception {
        Customer customer = newCustomer();
        String basic = billingPlan(1);
        String premium = billingPlan(2);
        var today = tehranToday();
        var expired = as("it", subscriptionDesk).subscribe(customer.organizationId, basic, today.minusMonths(13));
        var ending = as("it", subscriptionDesk).subscribe(customer.organizationId, premium, today.minusMonths(12).plusDays(10));

        awaitTrue(() -> subscriptionOf(customer, expired.getId()).getStatus()
                == org.deskline.billing.entity.SubscriptionStatus.EXPIRED, "the watch expires it");
        awaitTrue(() -> organizationAlerts(customer.organizationId, "SUBSCRIPTION_EXPIRED") == 1,
                "SUBSCRIPTION_EXPIRED alerted");
        awaitTrue(() -> organizationAlerts(customer.organizationId, "SUBSCRIPTION_EXPIRING") == 1,
                "SUBSCRIPTION_EXPIRING alerted");
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
        assertNull(ticketBilling.terms(ticket.getId()).getConsentBy(), "a refused consent records nothing");
        as("agent", ticketBilling)
                .recordConsent(ticket.getId(), "Sara Rahimi (CFO)",
                        "May correct the 3 invoices of March in production.");
        var terms = customerBilling.ticketTerms(customer.apiClient, List.of(ticket.getId())).get(ticket.getId());
        assertEquals("Sara Rahimi (CFO)", terms.getConsentBy());
        assertNotNull(terms.getConsentAt());
        assertEquals(Map.of(), customerBilling.ticketTerms(newCustomer().apiClient, List.of(ticket.getId())),
                "another organization's ticket shows no terms");
    }

    @Test
    void b9_the_customer_gives_or_refuses_consent_and_production_work_waits_for_it() throws Exception {
        Customer customer = newCustomer();
        Customer other = newCustomer();
        as("it", subscriptionDesk).subscribe(customer.organizationId, billingPlan(1),
                java.time.LocalDate.now(clock).minusDays(1));
        Ticket ticket = tickets.open(customer.apiClient, ticket(customer.projectCode, "Correct production data", false));
        as("agent", ticketBilling).classify(ticket.getId(), org.deskline.billing.entity.WorkClass.BUG);
        DeskException noConsent = assertThrows(DeskException.class, () -> as("agent", ticketBilling).logTime(
                ticket.getId(), tehran("10:00"), tehran("10:30"), org.deskline.billing.entity.ServiceType.BUG_FIX,
                "fixed the rows", true));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, noConsent.code());
        assertEquals("B9", noConsent.rule());
        assertTrue(customerBilling.timeEntries(customer.apiClient, ticket.getId(), null, null).isEmpty(),
                "the refused entry left nothing");

        // another organization's ticket answers like a missing one, and the name of who decided is required
        DeskException foreign = assertThrows(DeskException.class, () -> customerBilling.respondToConsent(
                other.apiClient, ticket.getId(), true, "Mallory", "everything"));
        DeskException missing = assertThrows(DeskException.class, () -> customerBilling.respondToConsent(
                other.apiClient, Long.MAX_VALUE, true, "Mallory", "everything"));
        assertEquals(ErrorCode.NOT_FOUND, foreign.code());
        assertEquals(missing.getMessage().replace(String.valueOf(Long.MAX_VALUE), "#"),
                foreign.getMessage().replace(String.valueOf(ticket.getId()), "#"));
        assertEquals("consentBy", assertThrows(DeskException.class, () -> customerBilling.respondToConsent(
                customer.apiClient, ticket.getId(), false, " ", null)).field());
        assertEquals("consentNote", assertThrows(DeskException.class, () -> customerBilling.respondToConsent(
                customer.apiClient, ticket.getId(), true, "Sara Rahimi", " ")).field());
        assertNull(ticketBilling.terms(ticket.getId()).getConsentAt(), "refused answers record nothing");

        var given = customerBilling.respondToConsent(customer.apiClient, ticket.getId(), true, "Sara Rahimi (CFO)",
                "May correct the March invoices in production.");
        assertTrue(given.hasConsent());
        assertTrue(given.getConsentNote().contains(customer.apiClient), "says it came from the customer system");
        var entry = as("agent", ticketBilling).logTime(ticket.getId(), tehran("10:00"), tehran("10:30"),
                org.deskline.billing.entity.ServiceType.BUG_FIX, "fixed the rows", true);
        assertTrue(entryOf(customer, ticket.getId(), entry.getId()).isOnProduction());

        var refused = customerBilling.respondToConsent(customer.apiClient, ticket.getId(), false, "Sara Rahimi (CFO)",
                null);
        assertFalse(refused.hasConsent(), "a refusal withdraws the consent");
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(DeskException.class, () -> as("agent", ticketBilling)
                .logTime(ticket.getId(), tehran("11:00"), tehran("11:30"),
                        org.deskline.billing.entity.ServiceType.BUG_FIX, "more rows", true)).code());
        assertNotNull(as("agent", ticketBilling).logTime(ticket.getId(), tehran("11:00"), tehran("11:30"),
                org.deskline.billing.entity.ServiceType.BUG_FIX, "read-only analysis", false),
                "work that does not touch production needs no consent");
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
        Instant now = clock.instant();
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
        assertEquals(1L, organizationAlerts(customer.organizationId, "BACKUP_VIOLATION", "MISSING_COPY/DAILY/us-east"),
                "once, however often the check runs");
        assertEquals(1L, organizationAlerts(customer.organizationId, "BACKUP_VIOLATION", "FEW_LOCATIONS/DAILY"));
        assertEquals(1L, organizationAlerts(customer.organizationId, "BACKUP_VIOLATION", "MISSING/WEEKLY"));
        assertTrue(backups.violations(reporter, customer.projectCode).stream()
                .anyMatch(v -> v.getViolation().equals("MISSING_COPY/DAILY/us-east")));

        backups.report(reporter, backup(customer.projectCode, daily, taken, "us-east", "r6"));
        backupCheck.check(customer.projectId, now);
        assertEquals(1L, organizationAlerts(customer.organizationId, "BACKUP_RECOVERED", "MISSING_COPY/DAILY/us-east"));
        assertEquals(1L, organizationAlerts(customer.organizationId, "BACKUP_RECOVERED", "FEW_LOCATIONS/DAILY"));
        assertFalse(backups.violations(reporter, customer.projectCode).stream()
                .anyMatch(v -> v.getViolation().startsWith("MISSING_COPY/DAILY")));

        // a day and more later without a new daily backup: stale
        backupCheck.check(customer.projectId, now.plus(java.time.Duration.ofHours(25)));
        assertEquals(1L, organizationAlerts(customer.organizationId, "BACKUP_VIOLATION", "STALE/DAILY"));
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
        Instant now = clock.instant();
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
        assertEquals(1L, alerts(opened.getId(), "MAINTENANCE_DUE"));
        assertEquals(1L, count("select count(*) from maintenance_schedule where id = " + checkup
                + " and next_due_at > ?", now()), "the next run lies ahead");
        // still open two weeks and more after it was due: overdue, alerted once
        assertFalse(maintenance.checkOverdue(checkup, now));
        Instant later = now.plus(java.time.Duration.ofDays(20));
        assertTrue(maintenance.checkOverdue(checkup, later));
        assertFalse(maintenance.checkOverdue(checkup, later));
        assertEquals(1L, alerts(opened.getId(), "CHECKUP_OVERDUE"));
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

        siteTransfers.check(transfer.getTicketId(), transfer.getRemindAt().minusSeconds(1));
        assertEquals(0L, alerts(transfer.getTicketId(), "SITE_TRANSFER_REMINDER"));
        siteTransfers.check(transfer.getTicketId(), transfer.getRemindAt());
        siteTransfers.check(transfer.getTicketId(), transfer.getRemindAt().plusSeconds(60));
        assertEquals(1L, alerts(transfer.getTicketId(), "SITE_TRANSFER_REMINDER"), "reminded once");
        siteTransfers.check(transfer.getTicketId(), transfer.getDeadlineAt());
        assertEquals(1L, alerts(transfer.getTicketId(), "SITE_TRANSFER_EXPIRED"));
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
        assertEquals(List.of(), alertLog.ofTicket(answered.getTicketId()).stream().map(a -> a.getType().name())
                .filter(type -> type.startsWith("SITE_TRANSFER_")).toList());
    }

    @Test
    void m1_m2_m3_policies_and_schedules_are_configured_per_project() throws Exception {
        Customer customer = newCustomer();
        String reporter = "it-backup-" + IDS.incrementAndGet();
        update("insert into api_client (id, organization_id, username, password_hash, active, created_at, purpose) "
                + "values (?, ?, ?, ?, ?, ?, ?)", IDS.incrementAndGet(), customer.organizationId, reporter, "unused",
                true, now(), "BACKUP");
        Instant now = clock.instant();
        var daily = org.deskline.maintenance.entity.BackupRetention.Tier.DAILY;
        // M1: locations are a managed list: a report to a place nobody manages is refused, naming the field
        String nowhere = "nowhere-" + IDS.incrementAndGet();
        DeskException unknown = assertThrows(DeskException.class, () -> backups.report(reporter,
                backup(customer.projectCode, daily, now.minusSeconds(600), nowhere, "c-early-" + nowhere)));
        assertEquals("location", unknown.field());
        assertEquals("M1", unknown.rule());
        assertTrue(unknown.getMessage().contains("eu-central"), "the refusal names the managed locations");
        assertEquals(0L, count("select count(*) from backup_copy where client_ref = 'c-early-" + nowhere + "'"),
                "nothing written");
        if (count("select count(*) from backup_location where code = 'ap-east'") == 0) {
            backupAdmin.saveLocation("ap-east", "Asia Pacific East", "Hong Kong", true, false, null);
        }
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
        assertEquals("locations", assertThrows(DeskException.class, () -> backupAdmin.updatePolicy(
                customer.projectId, "eu-central, me-south, mars-north", 3, new int[] {7, 4, 12, 3},
                new int[] {26, 192, 768, 2976})).field(), "a policy requires managed locations only");
        backupAdmin.updatePolicy(customer.projectId, "eu-central, me-south, ap-east", 3, new int[] {7, 4, 12, 3},
                new int[] {26, 192, 768, 2976});
        var apEast = backupAdmin.locations().stream().filter(l -> l.getCode().equals("ap-east")).findFirst()
                .orElseThrow();
        DeskException stillRequired = assertThrows(DeskException.class, () -> backupAdmin.saveLocation("ap-east",
                "Asia Pacific East", "Hong Kong", false, false, apEast.getVersion()));
        assertEquals("active", stillRequired.field());
        assertTrue(stillRequired.getMessage().contains(customer.projectCode), stillRequired.getMessage());
        var euCentral = backupAdmin.locations().stream().filter(l -> l.getCode().equals("eu-central")).findFirst()
                .orElseThrow();
        assertEquals("requiredByDefault", assertThrows(DeskException.class, () -> backupAdmin.saveLocation(
                "eu-central", euCentral.getName(), euCentral.getPlace(), true, false, euCentral.getVersion()))
                .field(), "3 places stay required for new projects");
        assertTrue(backupAdmin.locations().stream().anyMatch(l -> l.getCode().equals("eu-central")
                && l.isRequiredByDefault()), "the refused change rolled back");
        assertEquals("code", assertThrows(DeskException.class, () -> backupAdmin.saveLocation("EU Central", "x",
                "", true, false, null)).field());
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
                + " and every_months = 3 and next_due_at > ?", now()));
    }
}

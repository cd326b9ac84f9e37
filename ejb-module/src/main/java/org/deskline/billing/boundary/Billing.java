package org.deskline.billing.boundary;

import org.deskline.security.control.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deskline.billing.control.BillingRules;
import org.deskline.billing.control.BillingSettings;
import org.deskline.billing.entity.Money;
import org.deskline.billing.control.TimeEntries;
import org.deskline.billing.entity.BillingPlan;
import org.deskline.billing.entity.EntryState;
import org.deskline.billing.entity.HoursMovement;
import org.deskline.billing.entity.HoursPackage;
import org.deskline.billing.entity.Invoice;
import org.deskline.billing.entity.InvoiceLine;
import org.deskline.billing.entity.Payment;
import org.deskline.billing.entity.PlanKind;
import org.deskline.billing.entity.ServiceType;
import org.deskline.billing.entity.Subscription;
import org.deskline.billing.entity.SubscriptionEvent;
import org.deskline.billing.entity.TimeDispute;
import org.deskline.billing.entity.TimeEntry;
import org.deskline.billing.entity.WorkClass;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.DeskException;
import org.deskline.security.boundary.StaffAccess;
import org.deskline.security.entity.Groups;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.entity.Ticket;

/**
 * Billing for staff (the console): classify tickets (B2), log time on them with the billed figure shown first (B4),
 * record the customer's consent before production work (B9), sell subscriptions and hours packages (B1, B5), and
 * settle disputes (B6). Every refusal is a DeskException naming field and rule; nothing is half-written. Selling,
 * invoicing and disputes are for managers and administrators; work on a ticket is for whoever may change that
 * ticket (S5), checked here in the same transaction. The actor recorded is always the caller principal.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER})
public class Billing {

    /** Longer entries are almost always a forgotten stop; split real ones. */
    static final Duration LONGEST_ENTRY = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    TimeEntries entries;

    @Inject
    BillingSettings settings;

    @Inject
    org.deskline.billing.control.SubscriptionChanges changes;

    @Inject
    Clock clock;

    @Inject
    StaffAccess access;

    @Inject
    Principal caller;

    /** B2: the ticket is a bug in the product, or not. */
    @Audited
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public Ticket classify(long ticketId, WorkClass workClass) {
        if (workClass == null) {
            throw DeskException.invalid("workClass", "B2", "Choose BUG or NOT_A_BUG.");
        }
        Ticket ticket = ticket(ticketId, LockModeType.PESSIMISTIC_WRITE);
        access.requireWork(ticketId);
        ticket.classify(workClass, clock.instant());
        return ticket;
    }

    /** B8: sends a development request to R&D (no date promised) or to paid custom development. */
    @Audited
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public Ticket routeFeatureRequest(long ticketId, org.deskline.billing.entity.FeatureRoute route) {
        Ticket ticket = ticket(ticketId, LockModeType.PESSIMISTIC_WRITE);
        access.requireWork(ticketId);
        BillingRules.checkRoute(ticket.getKind(), route, ticketId);
        ticket.route(route, clock.instant());
        return ticket;
    }

    /** B9: the customer's consent to work on its production database, recorded on the ticket. */
    @Audited
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public Ticket recordConsent(long ticketId, String givenBy, String note) {
        BillingRules.checkConsent(givenBy, note);
        Ticket ticket = ticket(ticketId, LockModeType.PESSIMISTIC_WRITE);
        String agent = access.requireWork(ticketId);
        ticket.recordConsent(givenBy.strip(), clock.instant(), note.strip() + " (recorded by " + agent + ")");
        return ticket;
    }

    /** B4: what the entry would cost and who would pay, before saving. */
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public TimeEntries.Quote preview(long ticketId, Instant start, Instant end, ServiceType service) {
        checkEntry(start, end, service);
        return entries.quote(ticket(ticketId, LockModeType.NONE), service, start, end);
    }

    /** B4/B5: logs time on a ticket, priced and paid as previewed (the package is debited in this transaction). */
    @Audited
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public TimeEntry logTime(long ticketId, Instant start, Instant end, ServiceType service, String note) {
        checkEntry(start, end, service);
        if (note != null && note.length() > 1000) {
            throw DeskException.invalid("note", null, "A note has at most 1000 characters.");
        }
        Ticket ticket = ticket(ticketId, LockModeType.NONE);
        String agent = access.requireWork(ticketId);
        TimeEntries.Quote quote = entries.quote(ticket, service, start, end);
        TimeEntry entry = new TimeEntry(ticket.getOrganizationId(), ticket.getId(), agent, start, end, service, note,
                clock.instant());
        entries.price(entry, quote);
        em.persist(entry);
        em.flush(); // the id, for the package movement
        entries.charge(entry, quote, agent);
        return entry;
    }

    /** The ticket as billing sees it (classification, consent). */
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public Ticket ticket(long ticketId) {
        return ticket(ticketId, LockModeType.NONE);
    }

    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public List<TimeEntry> entriesOf(long ticketId) {
        return em.createQuery("select e from TimeEntry e where e.ticketId = :t order by e.startedAt, e.id",
                TimeEntry.class).setParameter("t", ticketId).getResultList();
    }

    /** B1: a new plan on offer. */
    @Audited
    public BillingPlan definePlan(String code, String name, PlanKind kind, int termMonths,
                                  Money price, Money hourlyRate, int rank) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_-]{1,39}")) {
            throw DeskException.invalid("code", "B1", "A plan code is 2-40 capital letters, digits, _ or -.");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw DeskException.invalid("name", "B1", "A plan needs a name of at most 100 characters.");
        }
        if (kind == null) {
            throw DeskException.invalid("kind", "B1", "A plan is SUPPORT or HOSTING.");
        }
        if (termMonths < 1 || termMonths > 60) {
            throw DeskException.invalid("termMonths", "B1", "A term is 1 to 60 months.");
        }
        if (price.isNegative() || hourlyRate.isNegative() || !price.currency().equals(hourlyRate.currency())) {
            throw DeskException.invalid("price", "B1", "Price and hourly rate are not negative and in one currency.");
        }
        if (em.find(BillingPlan.class, code) != null) {
            throw DeskException.invalid("code", "B1", "A plan " + code + " exists already.");
        }
        BillingPlan plan = new BillingPlan(code, name.strip(), kind, termMonths, price, hourlyRate, rank);
        em.persist(plan);
        return plan;
    }

    /** B1: changes a plan from now on: time logged and invoices issued before keep the figures they were priced at. */
    @Audited
    public BillingPlan revisePlan(String code, String name, Money price, Money hourlyRate, int rank,
                                  boolean offered) {
        BillingPlan plan = em.find(BillingPlan.class, code);
        if (plan == null) {
            throw DeskException.notFound("code", "billing plan", code);
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw DeskException.invalid("name", "B1", "A plan needs a name of at most 100 characters.");
        }
        if (price.isNegative() || hourlyRate.isNegative() || !price.currency().equals(hourlyRate.currency())) {
            throw DeskException.invalid("price", "B1", "Price and hourly rate are not negative and in one currency.");
        }
        plan.revise(name.strip(), price, hourlyRate, rank, offered);
        return plan;
    }

    /** B1: a new subscription for an organization, from a day, for one term of the plan. */
    @Audited
    public Subscription subscribe(long organizationId, String planCode, LocalDate startsOn) {
        String actor = caller.getName();
        if (em.find(Organization.class, organizationId) == null) {
            throw DeskException.notFound("organizationId", "organization", organizationId);
        }
        BillingPlan plan = plan(planCode);
        if (startsOn == null) {
            throw DeskException.invalid("startsOn", "B1", "A subscription needs its first day.");
        }
        var terms = settings.terms();
        var today = terms.today(clock.instant());
        boolean running = em.createNamedQuery(Subscription.OF_ORGANIZATION, Subscription.class)
                .setParameter("org", organizationId).getResultStream()
                .anyMatch(other -> other.getKind() == plan.getKind() && terms.statusOn(today, other.getEndsOn(),
                        other.getGraceDays()) != org.deskline.billing.entity.SubscriptionStatus.EXPIRED);
        if (running) {
            throw DeskException.invalid("planCode", "B1", "The organization has a " + plan.getKind() + " subscription "
                    + "that has not expired: renew it or change its plan instead.");
        }
        Subscription s = new Subscription(organizationId, plan, startsOn,
                startsOn.plusMonths(plan.getTermMonths()).minusDays(1), settings.graceDays());
        s.checkAt(clock.instant());
        em.persist(s);
        em.flush();
        em.persist(new SubscriptionEvent(s.getId(), clock.instant(), "CREATED", null, plan.getCode(), startsOn, actor,
                null));
        return s;
    }

    /** B1: every subscription, by organization (the console's overview). */
    public List<Subscription> subscriptions() {
        return em.createQuery("select s from Subscription s join fetch s.plan order by s.organizationId, s.kind, "
                + "s.endsOn desc, s.id", Subscription.class).getResultList();
    }

    public List<BillingPlan> plans() {
        return em.createQuery("select p from BillingPlan p order by p.kind, p.rank, p.code", BillingPlan.class)
                .getResultList();
    }

    /** B1: staff renew a subscription for the customer (same rules as the customer's own renewal). */
    @Audited
    public Subscription renew(long subscriptionId) {
        return changes.renew(subscription(subscriptionId), caller.getName());
    }

    /** B1: staff move a subscription to another plan for the customer. */
    @Audited
    public Subscription changePlan(long subscriptionId, String planCode) {
        return changes.changePlan(subscription(subscriptionId), planCode, caller.getName());
    }

    /** B5: every hours package, by organization. */
    public List<HoursPackage> hoursPackages() {
        return em.createQuery("select p from HoursPackage p order by p.organizationId, p.createdAt, p.id",
                HoursPackage.class).getResultList();
    }

    private Subscription subscription(long id) {
        Subscription s = em.find(Subscription.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw DeskException.notFound("subscriptionId", "subscription", id);
        }
        return s;
    }

    /** B5: a prepaid package of person-hours for an organization. */
    @Audited
    public HoursPackage sellHours(long organizationId, String name, long hours, Money hourlyRate, LocalDate expiresOn,
                                  boolean overageAllowed, long lowBalanceHours) {
        String actor = caller.getName();
        if (em.find(Organization.class, organizationId) == null) {
            throw DeskException.notFound("organizationId", "organization", organizationId);
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw DeskException.invalid("name", "B5", "A package needs a name of at most 100 characters.");
        }
        if (hours <= 0 || hours > 10_000) {
            throw DeskException.invalid("hours", "B5", "A package holds 1 to 10000 hours.");
        }
        if (lowBalanceHours < 0 || lowBalanceHours >= hours) {
            throw DeskException.invalid("lowBalanceHours", "B5", "The low-balance threshold is below the hours sold.");
        }
        HoursPackage p = new HoursPackage(organizationId, name.strip(), hours * 60, hourlyRate, expiresOn,
                overageAllowed, lowBalanceHours * 60, clock.instant());
        em.persist(p);
        em.flush();
        em.persist(new HoursMovement(p.getId(), clock.instant(), hours * 60, hours * 60,
                null, "purchase of " + hours + " h", actor));
        return p;
    }

    public TimeEntry entry(long id) {
        TimeEntry entry = em.find(TimeEntry.class, id);
        if (entry == null) {
            throw DeskException.notFound("timeEntryId", "time entry", id);
        }
        return entry;
    }

    /**
     * B7: invoices an organization's invoiced-coverage time entries started in [from, to) that are not on an invoice
     * yet and not under dispute (those wait for the manager), one line each; the total is the sum of the lines.
     */
    @Audited
    public Invoice issueInvoice(long organizationId, Instant from, Instant to) {
        String actor = caller.getName();
        if (from == null || to == null || !to.isAfter(from)) {
            throw DeskException.invalid("to", "B7", "An invoice covers a period that ends after it starts.");
        }
        List<Long> ids = em.createQuery("select e.id from TimeEntry e where e.organizationId = :org "
                        + "and e.coverage = org.deskline.billing.entity.Coverage.INVOICE and e.invoiceId is null "
                        + "and e.state <> org.deskline.billing.entity.EntryState.DISPUTED "
                        + "and e.startedAt >= :from and e.startedAt < :to order by e.startedAt, e.id", Long.class)
                .setParameter("org", organizationId).setParameter("from", from).setParameter("to", to)
                .getResultList();
        List<TimeEntry> billed = ids.stream().map(id -> em.find(TimeEntry.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(e -> e.getInvoiceId() == null).toList();
        // B6: entries corrected after they were invoiced: the difference goes on this invoice
        List<TimeEntry> corrected = em.createQuery("select e.id from TimeEntry e where e.organizationId = :org "
                        + "and e.invoiceId is not null and e.state <> org.deskline.billing.entity.EntryState.DISPUTED "
                        + "and e.invoicedAmount is not null and e.invoicedAmount <> e.amount order by e.startedAt, e.id",
                        Long.class).setParameter("org", organizationId).getResultList().stream()
                .map(id -> em.find(TimeEntry.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(e -> e.uninvoicedDifference().signum() != 0).toList();
        if (billed.isEmpty() && corrected.isEmpty()) {
            throw DeskException.invalid("to", "B7", "Nothing to invoice in that period: no invoiced time that is not "
                    + "on an invoice or under dispute, and no correction to settle.");
        }
        var currency = (billed.isEmpty() ? corrected : billed).get(0).getAmount().currency();
        if (java.util.stream.Stream.concat(billed.stream(), corrected.stream())
                .anyMatch(e -> !e.getAmount().currency().equals(currency))) {
            throw DeskException.invalid("to", "B7", "The period mixes currencies; invoice shorter periods.");
        }
        var zone = settings.zone();
        List<InvoiceLine> lines = new java.util.ArrayList<>(billed.stream().map(e -> new InvoiceLine(e.getId(),
                "ticket " + e.getTicketId() + ", " + e.getServiceType() + ", "
                        + e.getStartedAt().atZone(zone).toLocalDateTime() + ", " + e.getBilledMinutes()
                        + " min billed", e.getAmount().amount())).toList());
        corrected.forEach(e -> lines.add(new InvoiceLine(e.getId(), "correction of time entry " + e.getId()
                + " (INV-" + e.getInvoiceId() + ") after a dispute", e.uninvoicedDifference())));
        var invoice = new Invoice(organizationId, from, to, clock.instant(), actor, currency, lines);
        em.persist(invoice);
        em.flush();
        billed.forEach(e -> e.invoicedOn(invoice.getId()));
        corrected.forEach(TimeEntry::differenceInvoiced);
        return invoice;
    }

    /** B7: money received against an invoice; never more than is outstanding. */
    @Audited
    public Invoice recordPayment(long invoiceId, Money amount, String reference) {
        String actor = caller.getName();
        var invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw DeskException.notFound("invoiceId", "invoice", invoiceId);
        }
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw DeskException.invalid("reference", "B7", "A payment needs its bank or receipt reference.");
        }
        if (!amount.currency().equals(invoice.getTotal().currency()) || amount.amount().signum() <= 0
                || amount.amount().compareTo(invoice.outstanding().amount()) > 0) {
            throw DeskException.invalid("amount", "B7", "A payment is more than zero and at most the "
                    + invoice.outstanding() + " outstanding on " + invoice.getNumber() + ".");
        }
        invoice.pay(amount);
        em.persist(new Payment(invoiceId, clock.instant(), amount.amount(),
                reference.strip(), actor));
        return invoice;
    }

    /** B7: every invoice, newest first (accounts). */
    public List<Invoice> invoices() {
        return em.createQuery("select i from Invoice i order by i.issuedAt desc, i.id desc", Invoice.class)
                .setMaxResults(500).getResultList();
    }

    /** Every organization by name (the ticket list's filter offers them to all staff). */
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public List<Organization> organizations() {
        return em.createQuery("select o from Organization o order by o.name", Organization.class).getResultList();
    }

    /** B6: the open disputes, oldest first (the managers' queue). */
    public List<TimeDispute> openDisputes() {
        return em.createQuery("select d from TimeDispute d where d.state = :s order by d.openedAt, d.id",
                TimeDispute.class).setParameter("s", TimeDispute.State.OPEN).getResultList();
    }

    /**
     * B6: a manager settles a dispute: confirms the entry as billed, or corrects the minutes worked; the entry is
     * priced again and the package balance follows (minutes given back, the corrected charge taken). Audited on the
     * dispute (who, when, why, minutes before and after).
     */
    @Audited
    public TimeDispute settle(long disputeId, boolean confirm, Long correctedMinutes, String resolution) {
        String manager = caller.getName();
        TimeDispute dispute = em.find(TimeDispute.class, disputeId, LockModeType.PESSIMISTIC_WRITE);
        if (dispute == null) {
            throw DeskException.notFound("disputeId", "dispute", disputeId);
        }
        if (dispute.getState() != TimeDispute.State.OPEN) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "disputeId", "B6", "Dispute " + disputeId
                    + " was settled already (" + dispute.getState() + ").");
        }
        if (resolution == null || resolution.isBlank() || resolution.length() > 2000) {
            throw DeskException.invalid("resolution", "B6", "Explain the decision to the customer (at most 2000 "
                    + "characters).");
        }
        TimeEntry entry = em.find(TimeEntry.class, dispute.getTimeEntryId(), LockModeType.PESSIMISTIC_WRITE);
        long before = entry.getWorkedMinutes();
        if (confirm) {
            entry.moveTo(EntryState.CONFIRMED);
            dispute.settle(TimeDispute.State.CONFIRMED, manager, clock.instant(), resolution.strip(), before, before);
            return dispute;
        }
        BillingRules.checkCorrection(before, correctedMinutes);
        entries.refund(entry, "dispute " + disputeId + ": correction of time entry " + entry.getId(), manager);
        entry.correctEnd(entry.getStartedAt().plus(Duration.ofMinutes(correctedMinutes)));
        Ticket ticket = ticket(entry.getTicketId(), LockModeType.NONE);
        TimeEntries.Quote again = entries.quote(ticket, entry.getServiceType(), entry.getStartedAt(),
                entry.getEndedAt());
        entries.price(entry, again);
        entries.charge(entry, again, manager);
        entry.moveTo(EntryState.CORRECTED);
        dispute.settle(TimeDispute.State.CORRECTED, manager, clock.instant(), resolution.strip(), before,
                correctedMinutes);
        return dispute;
    }

    private static void checkEntry(Instant start, Instant end, ServiceType service) {
        if (start == null) {
            throw DeskException.invalid("start", "B4", "A time entry needs its start.");
        }
        if (end == null || !end.isAfter(start.plusSeconds(59))) {
            throw DeskException.invalid("end", "B4", "A time entry ends at least a minute after it starts.");
        }
        if (Duration.between(start, end).compareTo(LONGEST_ENTRY) > 0) {
            throw DeskException.invalid("end", "B4", "A time entry is at most 24 hours; split longer work.");
        }
        if (service == null) {
            throw DeskException.invalid("serviceType", "B3", "Say what the time was spent on.");
        }
    }

    private BillingPlan plan(String code) {
        BillingPlan plan = code == null ? null : em.find(BillingPlan.class, code);
        if (plan == null) {
            throw DeskException.notFound("planCode", "plan", code);
        }
        return plan;
    }

    private Ticket ticket(long id, LockModeType lock) {
        Ticket ticket = em.find(Ticket.class, id, lock);
        if (ticket == null) {
            throw DeskException.notFound("ticketId", "ticket", id);
        }
        return ticket;
    }
}

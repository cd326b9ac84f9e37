package org.deskline.billing.control;

import org.deskline.billing.entity.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.deskline.alert.control.AlertOutbox;
import org.deskline.alert.entity.AlertType;
import org.deskline.billing.entity.Coverage;
import org.deskline.billing.entity.HoursMovement;
import org.deskline.billing.entity.HoursPackage;
import org.deskline.billing.entity.ServiceType;
import org.deskline.billing.entity.Subscription;
import org.deskline.billing.entity.SubscriptionStatus;
import org.deskline.billing.entity.PlanKind;
import org.deskline.billing.entity.TimeEntry;
import org.deskline.billing.entity.TimeEntryPart;
import org.deskline.billing.entity.TicketTerms;
import org.deskline.billing.entity.WorkClass;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.control.JsonDocs;
import org.deskline.ticket.entity.Ticket;

/**
 * B1-B5 applied: prices a time entry (B4), decides who pays (BillingRules), debits or credits the hours package with
 * a movement row and raises the low-balance alert in the same transaction (B5). Used by logging, previewing and
 * dispute corrections alike, so a figure is always computed one way.
 */
@ApplicationScoped
public class TimeEntries {

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketTermsBook book;

    @Inject
    BillingSettings settings;

    @Inject
    AlertOutbox alerts;

    @Inject
    Clock clock;

    /** What an entry would cost and who would pay, without saving anything. */
    public record Quote(TimeBilling.Bill bill, BillingRules.Payer payer, Money rate, long chargedMinutes,
                        HoursPackage hoursPackage) {
        public String explain() {
            return payer.reason() + " " + bill.explain(rate) + (payer.coverage() == Coverage.PACKAGE
                    ? "; " + chargedMinutes + " min taken from package " + hoursPackage.getName() : "");
        }
    }

    public Quote quote(Ticket ticket, ServiceType service, Instant start, Instant end) {
        TimeBilling.Bill probe = settings.timeBilling().bill(start, end, Money.of("0", "EUR"));
        long charged = BillingRules.chargedMinutes(probe);
        Optional<Subscription> support = activeSupport(ticket.getOrganizationId(), clock.instant());
        Optional<HoursPackage> pack = usablePackage(ticket.getOrganizationId(), charged);
        WorkClass workClass = book.of(ticket.getId()).map(TicketTerms::getWorkClass).orElse(null);
        BillingRules.Payer payer = BillingRules.payer(service, workClass, support.isPresent(), pack.isPresent(),
                ticket.isEmergency());
        Money rate = switch (payer.coverage()) {
            case PACKAGE -> pack.get().getHourlyRate();
            case INVOICE, FREE -> support.map(s -> s.getPlan().getHourlyRate()).orElseGet(() ->
                    pack.map(HoursPackage::getHourlyRate).orElseGet(() -> lastSupportRate(ticket.getOrganizationId())));
        };
        TimeBilling.Bill bill = settings.timeBilling().bill(start, end, rate);
        return new Quote(bill, payer, rate, payer.coverage() == Coverage.PACKAGE ? charged : 0,
                payer.coverage() == Coverage.PACKAGE ? pack.get() : null);
    }

    /**
     * B4/B5: logs time on a ticket for {@code agent}, priced and paid as quoted (the package is debited in this
     * transaction). The boundary checks the entry and who may log it first: the console's {@code TicketBilling} for
     * the caller principal; the demo's history for its agents.
     */
    public TimeEntry log(Ticket ticket, String agent, Instant start, Instant end, ServiceType service, String note,
                         boolean onProduction) {
        Quote quote = quote(ticket, service, start, end);
        TimeEntry entry = new TimeEntry(ticket.getOrganizationId(), ticket.getId(), agent, start, end, service, note,
                clock.instant());
        if (onProduction) {
            entry.onProduction();
        }
        price(entry, quote);
        em.persist(entry);
        em.flush(); // the id, for the package movement
        charge(entry, quote, agent);
        return entry;
    }

    /** Puts the quote's figures on the entry (before it is first written: its columns are required). */
    public void price(TimeEntry entry, Quote quote) {
        boolean free = quote.payer().coverage() == Coverage.FREE;
        List<TimeEntryPart> parts = quote.bill().parts().stream().map(p -> new TimeEntryPart(p.rate().name(),
                p.from(), p.to(), p.workedMinutes(), p.billedMinutes(),
                free ? java.math.BigDecimal.ZERO : p.amount().amount())).toList();
        entry.billed(quote.payer().coverage(), quote.hoursPackage() == null ? null : quote.hoursPackage().getId(),
                quote.bill().workedMinutes(), quote.bill().billedMinutes(), quote.chargedMinutes(), quote.rate(),
                free ? Money.zero(quote.rate().currency()) : quote.bill().total(), parts);
    }

    /** Takes a priced and stored entry's minutes from its package (B5), with the movement row. */
    public void charge(TimeEntry entry, Quote quote, String actor) {
        if (quote.hoursPackage() != null) {
            move(quote.hoursPackage(), -quote.chargedMinutes(), entry.getId(), "time entry " + entry.getId() + " ("
                    + entry.getServiceType() + ", " + quote.bill().billedMinutes() + " min billed)", actor);
        }
    }

    /** Gives an entry's package minutes back (a correction re-prices it afterwards). */
    public void refund(TimeEntry entry, String reason, String actor) {
        if (entry.getPackageId() != null && entry.getChargedMinutes() > 0) {
            HoursPackage pack = em.find(HoursPackage.class, entry.getPackageId(), LockModeType.PESSIMISTIC_WRITE);
            move(pack, entry.getChargedMinutes(), entry.getId(), reason, actor);
        }
    }

    public void move(HoursPackage pack, long minutes, Long entryId, String reason, String actor) {
        boolean low = pack.move(minutes);
        em.persist(new HoursMovement(pack.getId(), clock.instant(), minutes, pack.getBalanceMinutes(), entryId, reason,
                actor));
        if (low) {
            alerts.record(AlertType.HOURS_LOW, em.find(Organization.class, pack.getOrganizationId()), "billing",
                    JsonDocs.object().add("subject", "HOURS_PACKAGE").add("packageId", pack.getId())
                            .add("packageName", pack.getName()).add("balanceMinutes", pack.getBalanceMinutes())
                            .add("lowBalanceMinutes", pack.getLowBalanceMinutes()).build());
        }
    }

    /** B1: the organization's support subscription that is active now, if any. */
    public Optional<Subscription> activeSupport(long organizationId, Instant now) {
        SubscriptionTerms terms = settings.terms();
        var today = terms.today(now);
        // from the dates, not the stored status: right even before the expiry timer has caught up
        return em.createNamedQuery(Subscription.OF_ORGANIZATION, Subscription.class)
                .setParameter("org", organizationId).getResultStream()
                .filter(s -> s.getKind() == PlanKind.SUPPORT && !s.getStartsOn().isAfter(today)
                        && terms.statusOn(today, s.getEndsOn(), s.getGraceDays()) == SubscriptionStatus.ACTIVE)
                .findFirst();
    }

    /**
     * B1: the rate an emergency is invoiced at when nothing covers it: the plan of the organization's latest support
     * subscription, else (it never subscribed) the highest-ranked support plan on offer.
     */
    private Money lastSupportRate(long organizationId) {
        return em.createNamedQuery(Subscription.OF_ORGANIZATION, Subscription.class)
                .setParameter("org", organizationId).getResultStream()
                .filter(s -> s.getKind() == PlanKind.SUPPORT)
                .max(java.util.Comparator.comparing(Subscription::getEndsOn)).map(s -> s.getPlan().getHourlyRate())
                .or(() -> em.createQuery("select p from BillingPlan p where p.kind = "
                                + "org.deskline.billing.entity.PlanKind.SUPPORT and p.offered = true "
                                + "order by p.rank desc, p.code", org.deskline.billing.entity.BillingPlan.class)
                        .setMaxResults(1).getResultStream().findFirst()
                        .map(org.deskline.billing.entity.BillingPlan::getHourlyRate))
                .orElse(Money.of("0", "EUR"));
    }

    /** B5: the package to take {@code minutes} from: usable today, covering it; the one expiring first. Locked. */
    private Optional<HoursPackage> usablePackage(long organizationId, long minutes) {
        var today = settings.terms().today(clock.instant());
        List<Long> ids = em.createQuery("select p.id from HoursPackage p where p.organizationId = :org "
                        + "order by p.expiresOn, p.id", Long.class)
                .setParameter("org", organizationId).getResultList();
        for (Long id : ids) {
            HoursPackage p = em.find(HoursPackage.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (p.usableOn(today) && p.covers(minutes)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

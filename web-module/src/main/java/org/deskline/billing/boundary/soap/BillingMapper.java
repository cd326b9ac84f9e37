package org.deskline.billing.boundary.soap;

import org.deskline.platform.soap.WireEnums;
import org.deskline.platform.soap.XmlTimes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.deskline.billing.boundary.soap.BillingRecords.DisputeRecord;
import org.deskline.billing.boundary.soap.BillingRecords.HoursMovementRecord;
import org.deskline.billing.boundary.soap.BillingRecords.HoursPackageRecord;
import org.deskline.billing.boundary.soap.BillingRecords.MoneyRecord;
import org.deskline.billing.boundary.soap.BillingRecords.PartRecord;
import org.deskline.billing.boundary.soap.BillingRecords.PlanRecord;
import org.deskline.billing.boundary.soap.BillingRecords.StatementRecord;
import org.deskline.billing.boundary.soap.BillingRecords.SubscriptionEventRecord;
import org.deskline.billing.boundary.soap.BillingRecords.SubscriptionRecord;
import org.deskline.billing.boundary.soap.BillingRecords.TimeEntryRecord;
import org.deskline.billing.entity.Money;
import org.deskline.billing.control.TimeBilling;
import org.deskline.billing.entity.BillingPlan;
import org.deskline.billing.entity.Coverage;
import org.deskline.billing.entity.HoursMovement;
import org.deskline.billing.entity.HoursPackage;
import org.deskline.billing.entity.Subscription;
import org.deskline.billing.entity.SubscriptionEvent;
import org.deskline.billing.entity.TimeDispute;
import org.deskline.billing.entity.TimeEntry;

/** Entities to transfer types and back; nothing else crosses the wire. */
final class BillingMapper {


    private BillingMapper() {
    }

    static MoneyRecord money(Money m) {
        MoneyRecord r = new MoneyRecord();
        r.amount = m.amount();
        r.currency = m.currency().getCurrencyCode();
        return r;
    }

    static PlanRecord plan(BillingPlan p) {
        PlanRecord r = new PlanRecord();
        r.code = p.getCode();
        r.name = p.getName();
        r.kind = WireEnums.map(p.getKind(), BillingCodes.PlanKindCode.class);
        r.termMonths = p.getTermMonths();
        r.price = money(p.getPrice());
        r.hourlyRate = money(p.getHourlyRate());
        r.rank = p.getRank();
        r.slaPlan = p.getSlaPlanCode();
        return r;
    }

    static SubscriptionRecord subscription(Subscription s) {
        SubscriptionRecord r = new SubscriptionRecord();
        r.id = s.getId();
        r.kind = WireEnums.map(s.getKind(), BillingCodes.PlanKindCode.class);
        r.plan = plan(s.getPlan());
        r.status = WireEnums.map(s.getStatus(), BillingCodes.SubscriptionStatusCode.class);
        r.startsOn = XmlTimes.of(s.getStartsOn());
        r.endsOn = XmlTimes.of(s.getEndsOn());
        r.graceEndsOn = XmlTimes.of(s.getEndsOn().plusDays(s.getGraceDays()));
        r.nextPlan = s.getNextPlan() == null ? null : s.getNextPlan().getCode();
        r.projectCode = s.getProject() == null ? null : s.getProject().getCode();
        return r;
    }

    static SubscriptionEventRecord event(SubscriptionEvent e) {
        SubscriptionEventRecord r = new SubscriptionEventRecord();
        r.at = XmlTimes.of(e.getOccurredAt());
        r.kind = e.getKind();
        r.fromPlan = e.getFromPlan();
        r.toPlan = e.getToPlan();
        r.effectiveOn = e.getEffectiveOn() == null ? null : XmlTimes.of(e.getEffectiveOn());
        r.actor = e.getActor();
        r.note = e.getNote();
        return r;
    }

    static HoursPackageRecord hoursPackage(HoursPackage p) {
        HoursPackageRecord r = new HoursPackageRecord();
        r.id = p.getId();
        r.name = p.getName();
        r.purchasedMinutes = p.getPurchasedMinutes();
        r.balanceMinutes = p.getBalanceMinutes();
        r.hourlyRate = money(p.getHourlyRate());
        r.expiresOn = p.getExpiresOn() == null ? null : XmlTimes.of(p.getExpiresOn());
        r.overageAllowed = p.isOverageAllowed();
        r.lowBalanceMinutes = p.getLowBalanceMinutes();
        return r;
    }

    static HoursMovementRecord movement(HoursMovement m) {
        HoursMovementRecord r = new HoursMovementRecord();
        r.at = XmlTimes.of(m.getOccurredAt());
        r.minutes = m.getMinutes();
        r.balanceAfter = m.getBalanceAfter();
        r.timeEntryId = m.getTimeEntryId();
        r.reason = m.getReason();
        return r;
    }

    static TimeEntryRecord entry(TimeEntry e) {
        TimeEntryRecord r = new TimeEntryRecord();
        r.id = e.getId();
        r.ticketId = e.getTicketId();
        r.agent = e.getAgent();
        r.startedAt = XmlTimes.of(e.getStartedAt());
        r.endedAt = XmlTimes.of(e.getEndedAt());
        r.serviceType = WireEnums.map(e.getServiceType(), BillingCodes.ServiceTypeCode.class);
        r.coverage = WireEnums.map(e.getCoverage(), BillingCodes.CoverageCode.class);
        r.workedMinutes = e.getWorkedMinutes();
        r.billedMinutes = e.getBilledMinutes();
        r.chargedMinutes = e.getChargedMinutes();
        r.hourlyRate = money(e.getHourlyRate());
        r.amount = money(e.getAmount());
        r.state = WireEnums.map(e.getState(), BillingCodes.TimeEntryStateCode.class);
        r.onProduction = e.isOnProduction();
        e.getParts().forEach(p -> {
            PartRecord part = new PartRecord();
            part.rate = p.getRate();
            part.factor = TimeBilling.Rate.valueOf(p.getRate()).factor();
            part.from = XmlTimes.of(p.getStartsAt());
            part.to = XmlTimes.of(p.getEndsAt());
            part.workedMinutes = p.getWorkedMinutes();
            part.billedMinutes = p.getBilledMinutes();
            part.amount = new Money(p.getAmount(), e.getAmount().currency()).amount();
            r.part.add(part);
        });
        return r;
    }

    static DisputeRecord dispute(TimeDispute d) {
        DisputeRecord r = new DisputeRecord();
        r.id = d.getId();
        r.timeEntryId = d.getTimeEntryId();
        r.openedAt = XmlTimes.of(d.getOpenedAt());
        r.reason = d.getReason();
        r.state = WireEnums.map(d.getState(), BillingCodes.DisputeStateCode.class);
        r.resolvedAt = XmlTimes.of(d.getResolvedAt());
        r.resolution = d.getResolution();
        r.minutesBefore = d.getMinutesBefore();
        r.minutesAfter = d.getMinutesAfter();
        return r;
    }

    /** B7: lines and totals; every total is the sum of lines, which are each the sum of their parts. */
    static StatementRecord statement(Instant from, Instant to, List<TimeEntry> entries) {
        StatementRecord r = new StatementRecord();
        r.from = XmlTimes.of(from);
        r.to = XmlTimes.of(to);
        Map<String, Money> invoiced = new TreeMap<>();
        for (TimeEntry e : entries) {
            r.line.add(entry(e));
            if (e.getCoverage() == Coverage.INVOICE) {
                invoiced.merge(e.getAmount().currency().getCurrencyCode(), e.getAmount(), Money::plus);
            } else if (e.getCoverage() == Coverage.PACKAGE) {
                r.packageMinutes += e.getChargedMinutes();
            } else {
                r.freeMinutes += e.getBilledMinutes();
            }
        }
        invoiced.values().forEach(m -> r.invoiced.add(money(m)));
        return r;
    }

    static BillingRecords.InvoiceRecord invoice(org.deskline.billing.entity.Invoice i,
                                                List<org.deskline.billing.entity.Payment> payments) {
        BillingRecords.InvoiceRecord r = new BillingRecords.InvoiceRecord();
        r.id = i.getId();
        r.number = i.getNumber();
        r.from = XmlTimes.of(i.getPeriodFrom());
        r.to = XmlTimes.of(i.getPeriodTo());
        r.issuedAt = XmlTimes.of(i.getIssuedAt());
        r.status = WireEnums.map(i.getStatus(), BillingCodes.InvoiceStatusCode.class);
        r.total = money(i.getTotal());
        r.paid = money(i.getPaid());
        r.outstanding = money(i.outstanding());
        i.getLines().forEach(l -> {
            BillingRecords.InvoiceLineRecord line = new BillingRecords.InvoiceLineRecord();
            line.timeEntryId = l.getTimeEntryId();
            line.description = l.getDescription();
            line.amount = new Money(l.getAmount(), i.getTotal().currency()).amount();
            r.line.add(line);
        });
        payments.forEach(p -> {
            BillingRecords.PaymentRecord payment = new BillingRecords.PaymentRecord();
            payment.receivedAt = XmlTimes.of(p.getReceivedAt());
            payment.amount = new Money(p.getAmount(), i.getTotal().currency()).amount();
            payment.reference = p.getReference();
            r.payment.add(payment);
        });
        return r;
    }
}

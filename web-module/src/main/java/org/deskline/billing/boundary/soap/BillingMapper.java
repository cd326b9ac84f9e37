package org.deskline.billing.boundary.soap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
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
import org.deskline.billing.control.Money;
import org.deskline.billing.control.TimeBilling;
import org.deskline.billing.entity.BillingPlan;
import org.deskline.billing.entity.Coverage;
import org.deskline.billing.entity.HoursMovement;
import org.deskline.billing.entity.HoursPackage;
import org.deskline.billing.entity.Subscription;
import org.deskline.billing.entity.SubscriptionEvent;
import org.deskline.billing.entity.TimeDispute;
import org.deskline.billing.entity.TimeEntry;
import org.deskline.platform.DeskException;

/** Entities to transfer types and back; nothing else crosses the wire. */
final class BillingMapper {

    private static final DatatypeFactory XML = DatatypeFactory.newDefaultInstance();

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
        r.kind = p.getKind().name();
        r.termMonths = p.getTermMonths();
        r.price = money(p.getPrice());
        r.hourlyRate = money(p.getHourlyRate());
        r.rank = p.getRank();
        return r;
    }

    static SubscriptionRecord subscription(Subscription s) {
        SubscriptionRecord r = new SubscriptionRecord();
        r.id = s.getId();
        r.kind = s.getKind().name();
        r.plan = plan(s.getPlan());
        r.status = s.getStatus().name();
        r.startsOn = date(s.getStartsOn());
        r.endsOn = date(s.getEndsOn());
        r.graceEndsOn = date(s.getEndsOn().plusDays(s.getGraceDays()));
        r.nextPlan = s.getNextPlan() == null ? null : s.getNextPlan().getCode();
        return r;
    }

    static SubscriptionEventRecord event(SubscriptionEvent e) {
        SubscriptionEventRecord r = new SubscriptionEventRecord();
        r.at = xml(e.getOccurredAt());
        r.kind = e.getKind();
        r.fromPlan = e.getFromPlan();
        r.toPlan = e.getToPlan();
        r.effectiveOn = e.getEffectiveOn() == null ? null : date(e.getEffectiveOn());
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
        r.expiresOn = p.getExpiresOn() == null ? null : date(p.getExpiresOn());
        r.overageAllowed = p.isOverageAllowed();
        r.lowBalanceMinutes = p.getLowBalanceMinutes();
        return r;
    }

    static HoursMovementRecord movement(HoursMovement m) {
        HoursMovementRecord r = new HoursMovementRecord();
        r.at = xml(m.getOccurredAt());
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
        r.startedAt = xml(e.getStartedAt());
        r.endedAt = xml(e.getEndedAt());
        r.serviceType = e.getServiceType().name();
        r.coverage = e.getCoverage().name();
        r.workedMinutes = e.getWorkedMinutes();
        r.billedMinutes = e.getBilledMinutes();
        r.chargedMinutes = e.getChargedMinutes();
        r.hourlyRate = money(e.getHourlyRate());
        r.amount = money(e.getAmount());
        r.state = e.getState().name();
        e.getParts().forEach(p -> {
            PartRecord part = new PartRecord();
            part.rate = p.getRate();
            part.factor = TimeBilling.Rate.valueOf(p.getRate()).factor();
            part.from = xml(p.getStartsAt());
            part.to = xml(p.getEndsAt());
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
        r.openedAt = xml(d.getOpenedAt());
        r.reason = d.getReason();
        r.state = d.getState().name();
        r.resolvedAt = xml(d.getResolvedAt());
        r.resolution = d.getResolution();
        r.minutesBefore = d.getMinutesBefore();
        r.minutesAfter = d.getMinutesAfter();
        return r;
    }

    /** B7: lines and totals; every total is the sum of lines, which are each the sum of their parts. */
    static StatementRecord statement(Instant from, Instant to, List<TimeEntry> entries) {
        StatementRecord r = new StatementRecord();
        r.from = xml(from);
        r.to = xml(to);
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
        r.from = xml(i.getPeriodFrom());
        r.to = xml(i.getPeriodTo());
        r.issuedAt = xml(i.getIssuedAt());
        r.status = i.getStatus().name();
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
            payment.receivedAt = xml(p.getReceivedAt());
            payment.amount = new Money(p.getAmount(), i.getTotal().currency()).amount();
            payment.reference = p.getReference();
            r.payment.add(payment);
        });
        return r;
    }

    static XMLGregorianCalendar xml(Instant instant) {
        return instant == null ? null
                : XML.newXMLGregorianCalendar(GregorianCalendar.from(instant.atZone(ZoneOffset.UTC)));
    }

    static XMLGregorianCalendar date(LocalDate day) {
        return XML.newXMLGregorianCalendarDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    static Instant instant(XMLGregorianCalendar value, String field) {
        if (value == null) {
            return null;
        }
        if (value.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
            throw DeskException.invalid(field, null, field + " needs a time zone (e.g. 2026-12-01T09:00:00Z).");
        }
        return value.toGregorianCalendar().toInstant();
    }
}

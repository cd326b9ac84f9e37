package org.deskline.billing.boundary.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;

/** The transfer types of SubscriptionService. */
public final class BillingRecords {

    private BillingRecords() {
    }

    /** An amount: a decimal at the currency's minor unit, and the ISO 4217 code. */
    @XmlType(name = "Money", propOrder = {"amount", "currency"})
    public static class MoneyRecord {
        @XmlElement(required = true)
        public BigDecimal amount;
        @XmlElement(required = true)
        public String currency;
    }

    /** B1: a plan on offer. */
    @XmlType(name = "BillingPlan", propOrder = {"code", "name", "kind", "termMonths", "price", "hourlyRate", "rank",
        "slaPlan"})
    public static class PlanRecord {
        @XmlElement(required = true)
        public String code;
        @XmlElement(required = true)
        public String name;
        /** SUPPORT or HOSTING. */
        @XmlElement(required = true)
        public BillingCodes.PlanKindCode kind;
        public int termMonths;
        @XmlElement(required = true)
        public MoneyRecord price;
        /** B4: the base rate of paid work, per hour. */
        @XmlElement(required = true)
        public MoneyRecord hourlyRate;
        /** Higher ranks are upgrades. */
        public int rank;
        /** B1: the SLA plan a support subscription to this plan puts the organization (or project) on; absent: none. */
        public String slaPlan;
    }

    /** B1: a subscription. */
    @XmlType(name = "Subscription", propOrder = {"id", "kind", "plan", "status", "startsOn", "endsOn", "graceEndsOn",
        "nextPlan", "projectCode"})
    public static class SubscriptionRecord {
        public long id;
        @XmlElement(required = true)
        public BillingCodes.PlanKindCode kind;
        @XmlElement(required = true)
        public PlanRecord plan;
        /** ACTIVE, GRACE or EXPIRED. */
        @XmlElement(required = true)
        public BillingCodes.SubscriptionStatusCode status;
        @XmlElement(required = true)
        @XmlSchemaType(name = "date")
        public XMLGregorianCalendar startsOn;
        @XmlElement(required = true)
        @XmlSchemaType(name = "date")
        public XMLGregorianCalendar endsOn;
        @XmlElement(required = true)
        @XmlSchemaType(name = "date")
        public XMLGregorianCalendar graceEndsOn;
        /** A downgrade waiting for the next term. */
        public String nextPlan;
        /** B1: the one project the subscription covers; absent: the whole organization. */
        public String projectCode;
    }

    /** B1: one step of a subscription's history. */
    @XmlType(name = "SubscriptionEvent", propOrder = {"at", "kind", "fromPlan", "toPlan", "effectiveOn", "actor",
        "note"})
    public static class SubscriptionEventRecord {
        @XmlElement(required = true)
        public XMLGregorianCalendar at;
        /** CREATED, RENEWED, UPGRADED, DOWNGRADE_SCHEDULED, GRACE, EXPIRED, ACTIVE. */
        @XmlElement(required = true)
        public String kind;
        public String fromPlan;
        public String toPlan;
        @XmlSchemaType(name = "date")
        public XMLGregorianCalendar effectiveOn;
        @XmlElement(required = true)
        public String actor;
        public String note;
    }

    /** B5: an hours package. */
    @XmlType(name = "HoursPackage", propOrder = {"id", "name", "purchasedMinutes", "balanceMinutes", "hourlyRate",
        "expiresOn", "overageAllowed", "lowBalanceMinutes"})
    public static class HoursPackageRecord {
        public long id;
        @XmlElement(required = true)
        public String name;
        public long purchasedMinutes;
        public long balanceMinutes;
        @XmlElement(required = true)
        public MoneyRecord hourlyRate;
        @XmlSchemaType(name = "date")
        public XMLGregorianCalendar expiresOn;
        public boolean overageAllowed;
        public long lowBalanceMinutes;
    }

    /** B5: one change of a package's balance. */
    @XmlType(name = "HoursMovement", propOrder = {"at", "minutes", "balanceAfter", "timeEntryId", "reason"})
    public static class HoursMovementRecord {
        @XmlElement(required = true)
        public XMLGregorianCalendar at;
        public long minutes;
        public long balanceAfter;
        public Long timeEntryId;
        @XmlElement(required = true)
        public String reason;
    }

    /** B4: one stretch of a time entry at one rate. */
    @XmlType(name = "TimeEntryPart", propOrder = {"rate", "factor", "from", "to", "workedMinutes", "billedMinutes",
        "amount"})
    public static class PartRecord {
        /** DAY, AFTERNOON, NIGHT or DAY_OFF. */
        @XmlElement(required = true)
        public String rate;
        @XmlElement(required = true)
        public BigDecimal factor;
        @XmlElement(required = true)
        public XMLGregorianCalendar from;
        @XmlElement(required = true)
        public XMLGregorianCalendar to;
        public long workedMinutes;
        public long billedMinutes;
        @XmlElement(required = true)
        public BigDecimal amount;
    }

    /** B4: time spent on one of the caller's tickets, as billed. */
    @XmlType(name = "TimeEntry", propOrder = {"id", "ticketId", "agent", "startedAt", "endedAt", "serviceType",
        "coverage", "workedMinutes", "billedMinutes", "chargedMinutes", "hourlyRate", "amount", "state", "part",
        "onProduction"})
    public static class TimeEntryRecord {
        public long id;
        public long ticketId;
        @XmlElement(required = true)
        public String agent;
        @XmlElement(required = true)
        public XMLGregorianCalendar startedAt;
        @XmlElement(required = true)
        public XMLGregorianCalendar endedAt;
        @XmlElement(required = true)
        public BillingCodes.ServiceTypeCode serviceType;
        /** FREE, PACKAGE or INVOICE. */
        @XmlElement(required = true)
        public BillingCodes.CoverageCode coverage;
        public long workedMinutes;
        public long billedMinutes;
        /** Minutes taken from the hours package (billed minutes times the shift factors). */
        public long chargedMinutes;
        @XmlElement(required = true)
        public MoneyRecord hourlyRate;
        /** The sum of the parts' amounts; zero when free. */
        @XmlElement(required = true)
        public MoneyRecord amount;
        /** BILLED, DISPUTED, CONFIRMED or CORRECTED. */
        @XmlElement(required = true)
        public BillingCodes.TimeEntryStateCode state;
        public List<PartRecord> part = new ArrayList<>();
        /** B9: the work changed your production database (logged only with your consent). */
        public boolean onProduction;
    }

    /** B6: a dispute and how it was settled. */
    @XmlType(name = "Dispute", propOrder = {"id", "timeEntryId", "openedAt", "reason", "state", "resolvedAt",
        "resolution", "minutesBefore", "minutesAfter"})
    public static class DisputeRecord {
        public long id;
        public long timeEntryId;
        @XmlElement(required = true)
        public XMLGregorianCalendar openedAt;
        @XmlElement(required = true)
        public String reason;
        /** OPEN, CONFIRMED or CORRECTED. */
        @XmlElement(required = true)
        public BillingCodes.DisputeStateCode state;
        public XMLGregorianCalendar resolvedAt;
        public String resolution;
        public Long minutesBefore;
        public Long minutesAfter;
    }

    /** B7: the time entries of a period with their totals, reproducible from the lines. */
    @XmlType(name = "Statement", propOrder = {"from", "to", "line", "invoiced", "packageMinutes", "freeMinutes"})
    public static class StatementRecord {
        @XmlElement(required = true)
        public XMLGregorianCalendar from;
        @XmlElement(required = true)
        public XMLGregorianCalendar to;
        public List<TimeEntryRecord> line = new ArrayList<>();
        /** The sum of the INVOICE lines' amounts, per currency. */
        public List<MoneyRecord> invoiced = new ArrayList<>();
        /** The minutes the PACKAGE lines took from hours packages. */
        public long packageMinutes;
        /** The billed minutes of FREE lines. */
        public long freeMinutes;
    }

    /** B7: one invoiced time entry, as it stood when the invoice was issued. */
    @XmlType(name = "InvoiceLine", propOrder = {"timeEntryId", "description", "amount"})
    public static class InvoiceLineRecord {
        public long timeEntryId;
        @XmlElement(required = true)
        public String description;
        @XmlElement(required = true)
        public BigDecimal amount;
    }

    /** B7: a payment received. */
    @XmlType(name = "Payment", propOrder = {"receivedAt", "amount", "reference"})
    public static class PaymentRecord {
        @XmlElement(required = true)
        public XMLGregorianCalendar receivedAt;
        @XmlElement(required = true)
        public BigDecimal amount;
        @XmlElement(required = true)
        public String reference;
    }

    /** B7: an invoice: its lines (the total is their sum), payments, what is outstanding. */
    @XmlType(name = "Invoice", propOrder = {"id", "number", "from", "to", "issuedAt", "status", "total", "paid",
        "outstanding", "line", "payment"})
    public static class InvoiceRecord {
        public long id;
        @XmlElement(required = true)
        public String number;
        @XmlElement(required = true)
        public XMLGregorianCalendar from;
        @XmlElement(required = true)
        public XMLGregorianCalendar to;
        @XmlElement(required = true)
        public XMLGregorianCalendar issuedAt;
        /** OPEN or PAID. */
        @XmlElement(required = true)
        public BillingCodes.InvoiceStatusCode status;
        @XmlElement(required = true)
        public MoneyRecord total;
        @XmlElement(required = true)
        public MoneyRecord paid;
        @XmlElement(required = true)
        public MoneyRecord outstanding;
        public List<InvoiceLineRecord> line = new ArrayList<>();
        public List<PaymentRecord> payment = new ArrayList<>();
    }
}

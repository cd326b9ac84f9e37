package org.deskline.billing.boundary.soap;

import org.deskline.platform.soap.XmlTimes;
import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.bind.annotation.XmlElement;
import java.time.Instant;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;
import org.deskline.billing.boundary.CustomerBilling;
import org.deskline.billing.boundary.soap.BillingRecords.DisputeRecord;
import org.deskline.billing.boundary.soap.BillingRecords.HoursMovementRecord;
import org.deskline.billing.boundary.soap.BillingRecords.HoursPackageRecord;
import org.deskline.billing.boundary.soap.BillingRecords.PlanRecord;
import org.deskline.billing.boundary.soap.BillingRecords.StatementRecord;
import org.deskline.billing.boundary.soap.BillingRecords.SubscriptionEventRecord;
import org.deskline.billing.boundary.soap.BillingRecords.SubscriptionRecord;
import org.deskline.billing.boundary.soap.BillingRecords.TimeEntryRecord;
import org.deskline.platform.DeskException;
import org.deskline.platform.soap.CdiEndpoint;
import org.deskline.platform.soap.DeskFault;
import org.deskline.platform.soap.Namespaces;
import org.deskline.platform.soap.SchemaErrorRecorder;
import org.deskline.platform.soap.SoapBoundary;
import org.deskline.platform.soap.WsdlDoc;

/**
 * Subscriptions, hours packages, time entries, disputes and statements for customer systems (B1-B7). HTTP Basic as
 * an API client, like TicketService; every operation sees only the client's organization.
 */
@WebService(serviceName = "SubscriptionService", portName = "SubscriptionPort", name = "SubscriptionPortType",
        targetNamespace = Namespaces.BILLING)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL,
        parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
@SchemaValidation(handler = SchemaErrorRecorder.class, outbound = false)
@CdiEndpoint
@ApplicationScoped
@WsdlDoc("Subscriptions, plans, prepaid hours, time entries, disputes and statements for customer systems (rules "
        + "B1-B7). HTTP Basic as an API client; every operation sees only the client's organization: another "
        + "organization's ids answer NOT_FOUND exactly like missing ones. Faults: deskFault with code VALIDATION "
        + "(field and rule named), NOT_FOUND, ILLEGAL_TRANSITION, CONCURRENT_MODIFICATION, FORBIDDEN or INTERNAL. "
        + "See docs/soap.md.")
public class SubscriptionService {

    @Inject
    SoapBoundary boundary;

    @Inject
    CustomerBilling billing;

    @WsdlDoc("B1: the caller's subscriptions (support and hosting), with status, term and a waiting downgrade.")
    @WebMethod
    @WebResult(name = "subscription", targetNamespace = Namespaces.BILLING)
    public List<SubscriptionRecord> getSubscriptions() throws DeskFault {
        return boundary.call(caller -> billing.subscriptions(caller).stream().map(BillingMapper::subscription)
                .toList());
    }

    @WsdlDoc("B1: the history of one of the caller's subscriptions, oldest first.")
    @WebMethod
    @WebResult(name = "event", targetNamespace = Namespaces.BILLING)
    public List<SubscriptionEventRecord> getSubscriptionHistory(
            @WebParam(name = "subscriptionId", targetNamespace = Namespaces.BILLING) @XmlElement(required = true)
            long subscriptionId) throws DeskFault {
        return boundary.call(caller -> billing.history(caller, subscriptionId).stream().map(BillingMapper::event)
                .toList());
    }

    @WsdlDoc("B1: the plans on offer, support and hosting, with price, term and the hourly base rate of paid work.")
    @WebMethod
    @WebResult(name = "plan", targetNamespace = Namespaces.BILLING)
    public List<PlanRecord> getPlans() throws DeskFault {
        return boundary.call(caller -> billing.plans(caller).stream().map(BillingMapper::plan).toList());
    }

    @WsdlDoc("B1: renews for one more term: without a gap while active (from 60 days before the last day) or in "
            + "grace; from today once expired. A waiting downgrade takes effect. ILLEGAL_TRANSITION too early.")
    @WebMethod
    @WebResult(name = "subscription", targetNamespace = Namespaces.BILLING)
    public SubscriptionRecord renewSubscription(
            @WebParam(name = "subscriptionId", targetNamespace = Namespaces.BILLING) @XmlElement(required = true)
            long subscriptionId) throws DeskFault {
        return boundary.call(caller -> BillingMapper.subscription(billing.renew(caller, subscriptionId)));
    }

    @WsdlDoc("B1: moves to another plan of the same kind: an upgrade (higher rank) at once, a downgrade from the "
            + "next term (nextPlan). VALIDATION for another kind or the same plan; ILLEGAL_TRANSITION once expired.")
    @WebMethod
    @WebResult(name = "subscription", targetNamespace = Namespaces.BILLING)
    public SubscriptionRecord changePlan(
            @WebParam(name = "subscriptionId", targetNamespace = Namespaces.BILLING) @XmlElement(required = true)
            long subscriptionId,
            @WebParam(name = "planCode", targetNamespace = Namespaces.BILLING) @XmlElement(required = true)
            String planCode) throws DeskFault {
        return boundary.call(caller -> BillingMapper.subscription(billing.changePlan(caller, subscriptionId,
                planCode)));
    }

    @WsdlDoc("B5: the caller's prepaid hours packages with their balances in minutes.")
    @WebMethod
    @WebResult(name = "hoursPackage", targetNamespace = Namespaces.BILLING)
    public List<HoursPackageRecord> getHoursBalance() throws DeskFault {
        return boundary.call(caller -> billing.packages(caller).stream().map(BillingMapper::hoursPackage).toList());
    }

    @WsdlDoc("B5: the movements of one of the caller's packages (purchase, debits per time entry, corrections).")
    @WebMethod
    @WebResult(name = "movement", targetNamespace = Namespaces.BILLING)
    public List<HoursMovementRecord> getHoursMovements(
            @WebParam(name = "packageId", targetNamespace = Namespaces.BILLING) @XmlElement(required = true)
            long packageId) throws DeskFault {
        return boundary.call(caller -> billing.movements(caller, packageId).stream().map(BillingMapper::movement)
                .toList());
    }

    @WsdlDoc("B4: the caller's time entries of one ticket, or started in a period [from, to), each with the parts it "
            + "was billed in (rate, factor, minutes, amount) and who pays (FREE, PACKAGE, INVOICE).")
    @WebMethod
    @WebResult(name = "timeEntry", targetNamespace = Namespaces.BILLING)
    public List<TimeEntryRecord> listTimeEntries(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.BILLING) Long ticketId,
            @WebParam(name = "from", targetNamespace = Namespaces.BILLING) XMLGregorianCalendar from,
            @WebParam(name = "to", targetNamespace = Namespaces.BILLING) XMLGregorianCalendar to) throws DeskFault {
        return boundary.call(caller -> billing.timeEntries(caller, ticketId, XmlTimes.instant(from, "from", null),
                XmlTimes.instant(to, "to", null)).stream().map(BillingMapper::entry).toList());
    }

    @WsdlDoc("B6: disputes a billed (not free) time entry with a reason; a manager confirms or corrects it and the "
            + "balance follows. ILLEGAL_TRANSITION for an entry disputed before or free.")
    @WebMethod
    @WebResult(name = "dispute", targetNamespace = Namespaces.BILLING)
    public DisputeRecord disputeTimeEntry(
            @WebParam(name = "timeEntryId", targetNamespace = Namespaces.BILLING) @XmlElement(required = true)
            long timeEntryId,
            @WebParam(name = "reason", targetNamespace = Namespaces.BILLING) @XmlElement(required = true)
            String reason) throws DeskFault {
        return boundary.call(caller -> BillingMapper.dispute(billing.dispute(caller, timeEntryId, reason)));
    }

    @WsdlDoc("B6: the caller's disputes and how they were settled.")
    @WebMethod
    @WebResult(name = "dispute", targetNamespace = Namespaces.BILLING)
    public List<DisputeRecord> listDisputes() throws DeskFault {
        return boundary.call(caller -> billing.disputes(caller).stream().map(BillingMapper::dispute).toList());
    }

    @WsdlDoc("B7: the statement of a period [from, to): every time entry started in it as a line with its parts, the "
            + "invoiced total per currency (the sum of the INVOICE lines), package minutes and free minutes.")
    @WebMethod
    @WebResult(name = "statement", targetNamespace = Namespaces.BILLING)
    public StatementRecord getStatement(
            @WebParam(name = "from", targetNamespace = Namespaces.BILLING) @XmlElement(required = true)
            XMLGregorianCalendar from,
            @WebParam(name = "to", targetNamespace = Namespaces.BILLING) @XmlElement(required = true)
            XMLGregorianCalendar to) throws DeskFault {
        return boundary.call(caller -> {
            Instant f = XmlTimes.instant(from, "from", null);
            Instant t = XmlTimes.instant(to, "to", null);
            if (f == null || t == null) {
                throw DeskException.invalid(f == null ? "from" : "to", "B7", "A statement covers a period: give from "
                        + "and to.");
            }
            return BillingMapper.statement(f, t, billing.timeEntries(caller, null, f, t));
        });
    }

    @WsdlDoc("B7: the caller's invoices, newest first, with lines, payments and what is outstanding.")
    @WebMethod
    @WebResult(name = "invoice", targetNamespace = Namespaces.BILLING)
    public List<BillingRecords.InvoiceRecord> listInvoices() throws DeskFault {
        return boundary.call(caller -> billing.invoices(caller).stream()
                .map(i -> BillingMapper.invoice(i, billing.payments(caller, i.getId()))).toList());
    }

    @WsdlDoc("B7: one of the caller's invoices; another organization's answers NOT_FOUND like a missing one.")
    @WebMethod
    @WebResult(name = "invoice", targetNamespace = Namespaces.BILLING)
    public BillingRecords.InvoiceRecord getInvoice(
            @WebParam(name = "invoiceId", targetNamespace = Namespaces.BILLING) @XmlElement(required = true)
            long invoiceId) throws DeskFault {
        return boundary.call(caller -> BillingMapper.invoice(billing.invoice(caller, invoiceId),
                billing.payments(caller, invoiceId)));
    }
}

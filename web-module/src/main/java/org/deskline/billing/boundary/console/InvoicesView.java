package org.deskline.billing.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deskline.billing.boundary.Invoicing;
import org.deskline.organization.boundary.Organizations;
import org.deskline.billing.control.BillingSettings;
import org.deskline.billing.entity.Money;
import org.deskline.billing.entity.Invoice;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.DisplayFormats;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;

/**
 * B7 for accounts: issue an organization's invoice for a period (days in the billing zone, both inclusive) and record
 * payments against open invoices.
 */
@Named
@ViewScoped
public class InvoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Invoicing invoicing;

    @Inject
    transient Organizations organizationList;

    @Inject
    transient BillingSettings settings;

    private Long organizationId;
    private String fromDay;
    private String toDay;
    private List<Invoice> invoices = List.of();
    private List<Organization> organizations = List.of();
    private final Map<Long, BigDecimal> amounts = new HashMap<>();
    private final Map<Long, String> references = new HashMap<>();

    @PostConstruct
    void load() {
        invoices = invoicing.invoices();
        organizations = organizationList.all();
    }

    public String issue() {
        if (organizationId == null) {
            throw DeskException.invalid("organizationId", "B7", "Choose the organization to invoice.");
        }
        LocalDate from = day("from", fromDay);
        LocalDate to = day("to", toDay);
        Invoice invoice = invoicing.issueInvoice(organizationId, from.atStartOfDay(settings.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(settings.zone()).toInstant());
        FacesErrors.infoAfterRedirect(Messages.text("done.invoiceIssued", invoice.getNumber(),
                DisplayFormats.digits(invoice.getLines().size()), DisplayFormats.digits(invoice.getTotal())));
        return "/console/invoices?faces-redirect=true";
    }

    public String pay(long invoiceId) {
        Invoice invoice = invoices.stream().filter(i -> i.getId() == invoiceId).findFirst().orElseThrow(() ->
                DeskException.notFound("invoiceId", "invoice", invoiceId));
        BigDecimal amount = amounts.get(invoiceId);
        if (amount == null) {
            throw DeskException.invalid("amount", "B7", "Type the amount received.");
        }
        Invoice paid = invoicing.recordPayment(invoiceId, new Money(amount, invoice.getTotal().currency()),
                references.get(invoiceId));
        FacesErrors.infoAfterRedirect(Messages.text("done.payment", paid.getNumber(),
                DisplayFormats.digits(paid.outstanding())));
        return "/console/invoices?faces-redirect=true";
    }

    private static LocalDate day(String field, String value) {
        try {
            return DisplayFormats.typedDay(value);
        } catch (DateTimeParseException e) {
            throw DeskException.invalid(field, "B7", "Type the day as 2026-12-01.");
        }
    }


    public String organizationName(long id) {
        return organizations.stream().filter(o -> o.getId() == id).map(Organization::getName).findFirst()
                .orElse(String.valueOf(id));
    }

    public String getZone() {
        return settings.zone().getId();
    }

    public List<Invoice> getInvoices() {
        return invoices;
    }

    public List<Organization> getOrganizations() {
        return organizations;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getFromDay() {
        return fromDay;
    }

    public void setFromDay(String fromDay) {
        this.fromDay = fromDay;
    }

    public String getToDay() {
        return toDay;
    }

    public void setToDay(String toDay) {
        this.toDay = toDay;
    }

    public Map<Long, BigDecimal> getAmounts() {
        return amounts;
    }

    public Map<Long, String> getReferences() {
        return references;
    }
}

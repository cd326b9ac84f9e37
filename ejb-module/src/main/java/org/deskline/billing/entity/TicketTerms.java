package org.deskline.billing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Support's billing decisions on one ticket: whether it is a bug in the product (B2), where a development request
 * goes (B8) and the customer's consent to work on its production database (B9). Kept by the billing feature beside
 * the ticket (same id), so the ticket knows nothing of billing (issue 17); a ticket without any decision has no row.
 */
@Entity
@Table(name = "ticket_billing_terms")
public class TicketTerms {

    @Id
    private long ticketId;

    private long organizationId;

    /** B2: bug or not, decided by support; null until then. */
    @Enumerated(EnumType.STRING)
    private WorkClass workClass;

    /** B8: R&D or paid custom development, for a development request; null until support decides. */
    @Enumerated(EnumType.STRING)
    private FeatureRoute featureRoute;

    /** B9: who at the customer agreed to work on its production database, when, and what they agreed to. */
    private String consentBy;

    private Instant consentAt;

    /** What the consent covers (at most 900 characters) and who recorded it: a staff member or a customer system. */
    private String consentNote;

    /** B9: who at the customer refused (or withdrew) consent, and when; a later consent stands again. */
    private String consentRefusedBy;

    private Instant consentRefusedAt;

    protected TicketTerms() {
    }

    public TicketTerms(long ticketId, long organizationId) {
        this.ticketId = ticketId;
        this.organizationId = organizationId;
    }

    /** B2: support's decision whether this is a bug in the product. */
    public void classify(WorkClass decided) {
        this.workClass = decided;
    }

    /** B8: routes a development request. */
    public void route(FeatureRoute route) {
        this.featureRoute = route;
    }

    /** B9: the customer's consent to changes on its production database, recorded before such work. */
    public void recordConsent(String by, Instant at, String note) {
        this.consentBy = by;
        this.consentAt = at;
        this.consentNote = note;
    }

    /** B9: the customer refuses consent, or withdraws one it gave. */
    public void refuseConsent(String by, Instant at) {
        this.consentRefusedBy = by;
        this.consentRefusedAt = at;
    }

    /** B9: whether a consent stands: given, and not refused since. */
    public boolean hasConsent() {
        return consentAt != null && (consentRefusedAt == null || consentAt.isAfter(consentRefusedAt));
    }

    public long getTicketId() {
        return ticketId;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public WorkClass getWorkClass() {
        return workClass;
    }

    public FeatureRoute getFeatureRoute() {
        return featureRoute;
    }

    public String getConsentBy() {
        return consentBy;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentNote() {
        return consentNote;
    }

    public String getConsentRefusedBy() {
        return consentRefusedBy;
    }

    public Instant getConsentRefusedAt() {
        return consentRefusedAt;
    }
}

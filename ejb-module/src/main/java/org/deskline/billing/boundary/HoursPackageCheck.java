package org.deskline.billing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.deskline.alert.control.AlertOutbox;
import org.deskline.alert.entity.AlertType;
import org.deskline.billing.control.BillingSettings;
import org.deskline.billing.entity.HoursPackage;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.control.JsonDocs;

/**
 * B5: announces an hours package's expiry while it still holds time, once, DESK_HOURS_EXPIRY_WARN_DAYS before its
 * last usable day, so the customer can use or extend it. Each package in its own transaction, locked, so two servers
 * never raise it twice.
 */
@Stateless
public class HoursPackageCheck {

    @PersistenceContext
    EntityManager em;

    @Inject
    BillingSettings settings;

    @Inject
    AlertOutbox alerts;

    @Inject
    Clock clock;

    /** The packages due for the announcement today (in the billing zone). */
    public List<Long> due() {
        LocalDate today = settings.terms().today(clock.instant());
        return em.createNamedQuery(HoursPackage.EXPIRY_DUE, Long.class).setParameter("today", today)
                .setParameter("until", today.plusDays(settings.hoursExpiryWarnDays())).setMaxResults(500)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void check(long packageId) {
        HoursPackage p = em.find(HoursPackage.class, packageId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || !p.warnOfExpiry(settings.terms().today(clock.instant()), settings.hoursExpiryWarnDays())) {
            return; // another server did it meanwhile, or it no longer applies
        }
        alerts.record(AlertType.HOURS_EXPIRING, em.find(Organization.class, p.getOrganizationId()), "billing",
                JsonDocs.object().add("subject", "HOURS_PACKAGE").add("packageId", p.getId())
                        .add("packageName", p.getName()).add("balanceMinutes", p.getBalanceMinutes())
                        .add("endsOn", p.getExpiresOn().toString()).build());
    }
}

package org.deskline.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.deskline.billing.entity.HoursPackage;
import org.deskline.billing.entity.PlanKind;
import org.deskline.billing.entity.Subscription;
import org.deskline.billing.entity.SubscriptionStatus;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.organization.entity.Project;
import org.deskline.ticket.control.CoverageGate;
import org.deskline.ticket.entity.TicketKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * B1 (seed 003: support services are given only while support is active; emergencies 24/7/365): a project whose
 * support subscriptions (its organization's and its own) all ended past their grace days, and whose organization has
 * no hours package to draw on, opens no support ticket until it renews; the refusal says so and how. Emergencies and
 * development requests (quoted and paid on their own) are accepted; an organization that never subscribed is run on
 * its SLA plan alone. The same answer tells maintenance whether a project's support lapsed (backups, site transfer).
 * DESK_BILLING_LAPSE_REFUSES=false turns the refusal off.
 */
@ApplicationScoped
public class SubscriptionCoverage implements CoverageGate {

    @PersistenceContext
    EntityManager em;

    @Inject
    BillingSettings settings;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "desk.billing.lapse.refuses", defaultValue = "true")
    boolean refuses;

    @Override
    public void checkMayOpen(Project project, TicketKind kind, boolean emergency) {
        if (!refuses || emergency || kind != TicketKind.SUPPORT) {
            return;
        }
        lapsedSupport(project).ifPresent(last -> {
            throw new DeskException(ErrorCode.NOT_COVERED, "kind", "B1", "Your support subscription ("
                    + last.getPlan().getName() + ") ended on " + last.getEndsOn() + " and its " + last.getGraceDays()
                    + " days of grace are over: support tickets need an active subscription or an hours package. "
                    + "Renew it (SubscriptionService.renewSubscription) or ask for hours; an emergency is still "
                    + "accepted.");
        });
    }

    @Override
    public boolean supportLapsed(Project project) {
        return lapsedSupport(project).isPresent();
    }

    /**
     * The project's last support subscription (its organization's or its own) when all of them ended past their
     * grace and no hours package of the organization has time left; empty when support covers the project or it
     * never subscribed.
     */
    private java.util.Optional<Subscription> lapsedSupport(Project project) {
        SubscriptionTerms terms = settings.terms();
        LocalDate today = terms.today(clock.instant());
        long organizationId = project.getOrganization().getId();
        List<Subscription> support = em.createNamedQuery(Subscription.OF_ORGANIZATION, Subscription.class)
                .setParameter("org", organizationId).getResultStream()
                .filter(s -> s.getKind() == PlanKind.SUPPORT && !s.getStartsOn().isAfter(today)
                        && (s.getProjectId() == null || s.getProjectId().equals(project.getId()))).toList();
        if (support.isEmpty() || support.stream().anyMatch(s -> terms.statusOn(today, s.getEndsOn(),
                s.getGraceDays()) != SubscriptionStatus.EXPIRED)) {
            return java.util.Optional.empty();
        }
        boolean hours = em.createQuery("select p from HoursPackage p where p.organizationId = :org",
                        HoursPackage.class).setParameter("org", organizationId).getResultStream()
                .anyMatch(p -> p.usableOn(today) && p.getBalanceMinutes() > 0);
        return hours ? java.util.Optional.empty()
                : support.stream().max(Comparator.comparing(Subscription::getEndsOn));
    }
}

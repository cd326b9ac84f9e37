package org.deskline.billing.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.deskline.billing.boundary.PlanCatalog;
import org.deskline.billing.boundary.SubscriptionDesk;
import org.deskline.organization.boundary.Organizations;
import org.deskline.billing.entity.Money;
import org.deskline.billing.entity.BillingPlan;
import org.deskline.billing.entity.HoursPackage;
import org.deskline.billing.entity.Subscription;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.DisplayFormats;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;

/**
 * B1/B5 for staff: every organization's subscriptions (status, term, a waiting downgrade) with renewal, new
 * subscriptions, and hours packages with their balances, sold here.
 */
@Named
@ViewScoped
public class SubscriptionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubscriptionDesk desk;

    @Inject
    transient PlanCatalog catalog;

    @Inject
    transient Organizations organizationList;

    private List<Subscription> subscriptions = List.of();
    private List<HoursPackage> packages = List.of();
    private List<Organization> organizations = List.of();
    private List<BillingPlan> plans = List.of();

    private Long organizationId;
    private String planCode;
    private String projectCode;
    private String startsOn;

    private Long packageOrganizationId;
    private String packageName;
    private Long hours;
    private BigDecimal rate;
    private String currency = "EUR";
    private String expiresOn;
    private boolean overage;
    private Long lowHours = 2L;

    @Inject
    transient java.time.Clock clock;

    @PostConstruct
    void load() {
        if (startsOn == null) {
            startsOn = LocalDate.now(clock).toString();
        }
        subscriptions = desk.subscriptions();
        packages = desk.hoursPackages();
        organizations = organizationList.all();
        plans = catalog.plans();
    }

    public String subscribe() {
        return act(() -> {
            if (organizationId == null) {
                throw DeskException.invalid("organizationId", "B1", "Choose the organization.");
            }
            Subscription s = desk.subscribe(organizationId, projectCode, planCode,
                    day("startsOn", startsOn, false));
            return Messages.text("done.subscribed", s.getPlan().getName(), DisplayFormats.dayText(s.getStartsOn()),
                    DisplayFormats.dayText(s.getEndsOn()));
        });
    }

    public String renew(long subscriptionId) {
        return act(() -> {
            Subscription s = desk.renew(subscriptionId);
            return Messages.text("done.renewed", DisplayFormats.digits(subscriptionId),
                    DisplayFormats.dayText(s.getStartsOn()), DisplayFormats.dayText(s.getEndsOn()));
        });
    }

    public String sellHours() {
        return act(() -> {
            if (packageOrganizationId == null) {
                throw DeskException.invalid("organizationId", "B5", "Choose the organization.");
            }
            if (hours == null) {
                throw DeskException.invalid("hours", "B5", "Type the hours sold.");
            }
            if (rate == null || currency == null || currency.isBlank()) {
                throw DeskException.invalid("rate", "B5", "Type the hourly rate and its currency.");
            }
            Money hourly;
            try {
                hourly = Money.of(rate.toPlainString(), currency.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw DeskException.invalid("currency", "B5", "Use an ISO 4217 currency code such as EUR or IRR.");
            }
            HoursPackage p = desk.sellHours(packageOrganizationId, packageName, hours, hourly,
                    day("expiresOn", expiresOn, true), overage, lowHours == null ? 0 : lowHours);
            return Messages.text("done.hoursSold", p.getName(), DisplayFormats.digits(hours));
        });
    }

    private interface Action {
        String run();
    }

    private static String act(Action action) {
        FacesErrors.infoAfterRedirect(action.run());
        return "/console/subscriptions?faces-redirect=true";
    }

    private static LocalDate day(String field, String value, boolean optional) {
        if (optional && (value == null || value.isBlank())) {
            return null;
        }
        try {
            return DisplayFormats.typedDay(value);
        } catch (DateTimeParseException e) {
            throw DeskException.invalid(field, null, "Type the day as 2026-12-01.");
        }
    }

    public String organizationName(long id) {
        return organizations.stream().filter(o -> o.getId() == id).map(Organization::getName).findFirst()
                .orElse(String.valueOf(id));
    }

    public String getProjectCode() {
        return projectCode;
    }

    public void setProjectCode(String projectCode) {
        this.projectCode = projectCode;
    }

    public List<Subscription> getSubscriptions() {
        return subscriptions;
    }

    public List<HoursPackage> getPackages() {
        return packages;
    }

    public List<Organization> getOrganizations() {
        return organizations;
    }

    public List<BillingPlan> getPlans() {
        return plans;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getPlanCode() {
        return planCode;
    }

    public void setPlanCode(String planCode) {
        this.planCode = planCode;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public Long getPackageOrganizationId() {
        return packageOrganizationId;
    }

    public void setPackageOrganizationId(Long packageOrganizationId) {
        this.packageOrganizationId = packageOrganizationId;
    }

    public String getPackageName() {
        return packageName;
    }

    public void setPackageName(String packageName) {
        this.packageName = packageName;
    }

    public Long getHours() {
        return hours;
    }

    public void setHours(Long hours) {
        this.hours = hours;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public boolean isOverage() {
        return overage;
    }

    public void setOverage(boolean overage) {
        this.overage = overage;
    }

    public Long getLowHours() {
        return lowHours;
    }

    public void setLowHours(Long lowHours) {
        this.lowHours = lowHours;
    }
}

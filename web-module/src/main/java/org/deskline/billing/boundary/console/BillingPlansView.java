package org.deskline.billing.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.deskline.billing.boundary.PlanCatalog;
import org.deskline.billing.entity.Money;
import org.deskline.billing.entity.BillingPlan;
import org.deskline.billing.entity.PlanKind;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;

/** B1: the billing plans page (managers, administrators): define a plan, revise its prices, stop offering it. */
@Named
@ViewScoped
public class BillingPlansView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanCatalog catalog;

    private String code;
    private boolean creating = true;
    private String name;
    private String kind = PlanKind.SUPPORT.name();
    private int termMonths = 12;
    private String price;
    private String hourlyRate;
    private String currency = "EUR";
    private int rank = 1;
    private boolean offered = true;
    private String slaPlan;

    private transient List<BillingPlan> plans = List.of();
    private transient List<org.deskline.organization.control.PlanDirectory.PlanChoice> slaPlans = List.of();

    @PostConstruct
    void load() {
        plans = catalog.plans();
        slaPlans = catalog.slaPlans();
    }

    public List<BillingPlan> getPlans() {
        return plans;
    }

    public void edit(String planCode) {
        plans.stream().filter(p -> p.getCode().equals(planCode)).findFirst().ifPresent(p -> {
            code = p.getCode();
            creating = false;
            name = p.getName();
            kind = p.getKind().name();
            termMonths = p.getTermMonths();
            price = p.getPrice().amount().toPlainString();
            hourlyRate = p.getHourlyRate().amount().toPlainString();
            currency = p.getPrice().currency().getCurrencyCode();
            rank = p.getRank();
            offered = p.isOffered();
            slaPlan = p.getSlaPlanCode();
        });
    }

    public void startNew() {
        code = null;
        creating = true;
        name = null;
        price = null;
        hourlyRate = null;
        offered = true;
        slaPlan = null;
    }

    public void save() {
        Money p = money(price, "price");
        Money rate = money(hourlyRate, "hourlyRate");
        BillingPlan plan = creating
                ? catalog.definePlan(code, name, PlanKind.valueOf(kind), termMonths, p, rate, rank, slaPlan)
                : catalog.revisePlan(code, name, p, rate, rank, offered, slaPlan);
        FacesErrors.info(Messages.text("billingPlans.saved", plan.getCode()));
        load();
        edit(plan.getCode());
    }

    private Money money(String amount, String field) {
        try {
            return Money.of(amount == null ? "" : amount.strip(), currency == null ? "" : currency.strip());
        } catch (RuntimeException e) {
            throw DeskException.invalid(field, "B1", "An amount such as 60 or 12.50 in a currency such as EUR or IRR.");
        }
    }

    /** The plan kinds (chosen by name, shown by label). */
    public List<PlanKind> getKinds() {
        return List.of(PlanKind.values());
    }

    /** B1: the SLA plans a support plan can sell (code and name). */
    public List<org.deskline.organization.control.PlanDirectory.PlanChoice> getSlaPlans() {
        return slaPlans;
    }

    public String getSlaPlan() {
        return slaPlan;
    }

    public void setSlaPlan(String slaPlan) {
        this.slaPlan = slaPlan == null || slaPlan.isBlank() ? null : slaPlan;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(int termMonths) {
        this.termMonths = termMonths;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public String getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(String hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public int getRank() {
        return rank;
    }

    public void setRank(int rank) {
        this.rank = rank;
    }

    public boolean isOffered() {
        return offered;
    }

    public void setOffered(boolean offered) {
        this.offered = offered;
    }
}

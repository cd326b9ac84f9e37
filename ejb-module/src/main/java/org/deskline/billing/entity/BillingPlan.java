package org.deskline.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** B1: a package customers can subscribe to: term, price, the hourly base rate of its paid work (B4), rank. */
@Entity
@Table(name = "billing_plan")
public class BillingPlan {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private PlanKind kind;

    private int termMonths;

    private BigDecimal price;

    private BigDecimal hourlyRate;

    private String currency;

    /** Higher is more: moving to a higher rank is an upgrade (at once), to a lower one a downgrade (at term end). */
    @Column(name = "plan_rank")
    private int rank;

    private boolean offered;

    /** B1 (seed 003): the SLA plan a support subscription to this plan gives its organization or project. */
    private String slaPlanCode;

    protected BillingPlan() {
    }

    public BillingPlan(String code, String name, PlanKind kind, int termMonths, Money price, Money hourlyRate,
                       int rank) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.termMonths = termMonths;
        this.price = price.amount();
        this.hourlyRate = hourlyRate.amount();
        this.currency = price.currency().getCurrencyCode();
        this.rank = rank;
        this.offered = true;
    }

    /** B1: new name, prices and rank from now on; a plan no longer offered stays valid for the subscriptions that
     *  have it, it is only not sold any more. */
    public void revise(String name, org.deskline.billing.entity.Money price,
                       org.deskline.billing.entity.Money hourlyRate, int rank, boolean offered) {
        this.name = name;
        this.price = price.amount();
        this.hourlyRate = hourlyRate.amount();
        this.currency = price.currency().getCurrencyCode();
        this.rank = rank;
        this.offered = offered;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public PlanKind getKind() {
        return kind;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public Money getPrice() {
        return Money.of(price, currency);
    }

    public Money getHourlyRate() {
        return Money.of(hourlyRate, currency);
    }

    public int getRank() {
        return rank;
    }

    public boolean isOffered() {
        return offered;
    }

    /** The SLA plan this (support) plan sells, or null when subscribing leaves the SLA plan as it is. */
    public String getSlaPlanCode() {
        return slaPlanCode;
    }

    /** B1: subscribing to this plan puts the organization (or project) on that SLA plan (null: on none). */
    public void sells(String slaPlanCode) {
        this.slaPlanCode = slaPlanCode;
    }
}

package org.deskline.billing.entity;

/**
 * What a time entry was spent on. B1: bug fixing (of a ticket classified as a bug), backups, upgrades and account
 * questions are free support while a subscription is active; B3: training, business-process analysis,
 * configuration, feasibility studies, custom configuration (studio) and custom development are always billable;
 * general support follows the ticket's B2 classification (a bug: free, not a bug: billable).
 */
public enum ServiceType {
    SUPPORT(Cost.BY_CLASSIFICATION),
    BUG_FIX(Cost.BY_CLASSIFICATION),
    BACKUP(Cost.FREE_SUPPORT),
    UPGRADE(Cost.FREE_SUPPORT),
    ACCOUNT_QUESTION(Cost.FREE_SUPPORT),
    TRAINING(Cost.BILLABLE),
    PROCESS_ANALYSIS(Cost.BILLABLE),
    CONFIGURATION(Cost.BILLABLE),
    FEASIBILITY_STUDY(Cost.BILLABLE),
    CUSTOM_CONFIGURATION(Cost.BILLABLE),
    CUSTOM_DEVELOPMENT(Cost.BILLABLE),
    /** K1, seed 001: pointing a customer to free training material (an article, a video) is never billed. */
    TRAINING_MATERIAL(Cost.NEVER_BILLED);

    /** How the price of a service is decided. */
    public enum Cost {
        FREE_SUPPORT, BILLABLE, BY_CLASSIFICATION, NEVER_BILLED
    }

    private final Cost cost;

    ServiceType(Cost cost) {
        this.cost = cost;
    }

    public Cost cost() {
        return cost;
    }
}

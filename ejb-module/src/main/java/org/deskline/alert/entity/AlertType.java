package org.deskline.alert.entity;

/** S6: the kinds of alert the server emits. The name is the {@code type} field of the message. */
public enum AlertType {
    TICKET_CREATED(Severity.INFO),
    EMERGENCY_OPENED(Severity.CRITICAL),
    /**
     * A customer system was refused an emergency: its project flagged the most allowed in 24 hours (issue 16);
     * carries "emergency", once per project and day. Call the customer: either a real crisis or a misuse.
     */
    EMERGENCY_REFUSED(Severity.WARNING),
    /** T6: a ticket waiting for the customer closed itself after the auto-close period. */
    AUTO_CLOSED(Severity.INFO),
    /** T11: a customer rated a ticket low; it went to quality control. */
    LOW_RATING(Severity.WARNING),
    /** T11: a customer asked for a quality review. */
    QUALITY_REVIEW_REQUESTED(Severity.WARNING),
    /** S6: a clock has used its warning share of the target (75 % by default); the message carries "sla". */
    SLA_WARNING(Severity.WARNING),
    /** S6: a clock reached its deadline unanswered / unresolved; the message carries "sla". */
    SLA_BREACHED(Severity.CRITICAL),
    /** S5: the ticket moved up a tier, by hand or because a tier's reaction target passed; carries "sla". */
    ESCALATED(Severity.WARNING),
    /** B1: a subscription ends in the warning period (30 days by default); carries "billing". */
    SUBSCRIPTION_EXPIRING(Severity.WARNING),
    /** B1: a subscription's term ended; it is in grace (renew now); carries "billing". */
    SUBSCRIPTION_GRACE(Severity.WARNING),
    /** B1: grace ended without renewal: free support stops; carries "billing". */
    SUBSCRIPTION_EXPIRED(Severity.CRITICAL),
    /** B5: an hours package's balance fell to its low-balance threshold; carries "billing". */
    HOURS_LOW(Severity.WARNING),
    /** B5: an hours package with time left expires within DESK_HOURS_EXPIRY_WARN_DAYS (14); carries "billing". */
    HOURS_EXPIRING(Severity.WARNING),
    /** B6: a customer disputed a billed time entry; carries "billing". */
    TIME_DISPUTED(Severity.INFO),
    /** M1: the backup-retention check found a violation for a project; carries "maintenance". */
    BACKUP_VIOLATION(Severity.WARNING),
    /** M1: a violation found before is fixed; carries "maintenance". */
    BACKUP_RECOVERED(Severity.INFO),
    /** M2/M3: a checkup or update was due: its ticket was opened; carries "maintenance". */
    MAINTENANCE_DUE(Severity.INFO),
    /** M2: a checkup's ticket is still open after its grace; carries "maintenance". */
    CHECKUP_OVERDUE(Severity.WARNING),
    /** M4: two working days before the site-transfer form's deadline, unanswered; carries "maintenance". */
    SITE_TRANSFER_REMINDER(Severity.WARNING),
    /** M4: the deadline passed unanswered: the staging copy need no longer be kept; carries "maintenance". */
    SITE_TRANSFER_EXPIRED(Severity.CRITICAL);

    private final Severity severity;

    AlertType(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}

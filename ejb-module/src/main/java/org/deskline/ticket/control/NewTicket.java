package org.deskline.ticket.control;

import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.EmergencyReason;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketKind;

/**
 * What a customer system asks for when it opens a ticket; null priority and kind take their defaults. The
 * optional requestId (T13) makes a retried creation return the first ticket; the optional report (T2) carries what
 * the seeds ask of a good report beside the description; the optional emergency reason (S3) says why it is one.
 */
public record NewTicket(String projectCode, TicketKind kind, String title, Category category, Priority priority,
                        String description, boolean emergency, String requestId, Report report,
                        EmergencyReason emergencyReason) {

    /**
     * T2, seeds 000 and 004: steps to reproduce, the page where it happens, and the product version / edition; each
     * optional.
     */
    public record Report(String stepsToReproduce, String pageUrl, String productVersion) {

        public static final Report NONE = new Report(null, null, null);
    }

    /** Without the customer's reason for an emergency (S3). */
    public NewTicket(String projectCode, TicketKind kind, String title, Category category, Priority priority,
                     String description, boolean emergency, String requestId, Report report) {
        this(projectCode, kind, title, category, priority, description, emergency, requestId, report, null);
    }

    public NewTicket(String projectCode, TicketKind kind, String title, Category category, Priority priority,
                     String description, boolean emergency, String requestId) {
        this(projectCode, kind, title, category, priority, description, emergency, requestId, Report.NONE);
    }

    public NewTicket(String projectCode, TicketKind kind, String title, Category category, Priority priority,
                     String description, boolean emergency) {
        this(projectCode, kind, title, category, priority, description, emergency, null);
    }
}

package org.deskline.ticket.control;

import org.deskline.platform.DeskException;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketKind;

/**
 * T1, T2, T4: what a new ticket must carry. Plain Java, so every rule is unit-tested without a container.
 * Returns the request with defaults applied, or throws a validation error naming the field and the rule.
 */
public final class TicketRules {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int PROJECT_CODE_MAX = 60;

    private TicketRules() {
    }

    public static NewTicket checkNew(NewTicket t) {
        String projectCode = required("projectCode", t.projectCode(), PROJECT_CODE_MAX, "T2");
        String title = required("title", t.title(), TITLE_MAX, "T2");
        String description = required("description", t.description(), DESCRIPTION_MAX, "T2");
        if (t.category() == null) {
            throw DeskException.invalid("category", "T2", "category is required (one of ACTIVATION, TECHNICAL, FINANCIAL, SALES).");
        }
        TicketKind kind = t.kind() == null ? TicketKind.SUPPORT : t.kind();
        if (!kind.customerMayOpen()) {
            throw DeskException.invalid("kind", "T1",
                    "kind " + kind + " is created by the system; customers open SUPPORT or DEVELOPMENT_REQUEST.");
        }
        Priority priority = t.priority() == null ? Priority.DEFAULT : t.priority();
        return new NewTicket(projectCode, kind, title, t.category(), priority, description, t.emergency());
    }

    private static String required(String field, String value, int max, String rule) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw DeskException.invalid(field, rule, field + " is required.");
        }
        if (trimmed.length() > max) {
            throw DeskException.invalid(field, rule,
                    field + " is " + trimmed.length() + " characters long; at most " + max + " are allowed.");
        }
        return trimmed;
    }
}
